import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySeeds, SEED_A, SEED_B, useTempDirs } from '../engine/fixtures.js';
import { cliEnv, launched, run } from './run.js';

describe('terminal chat (npm start without DISCORD_TOKEN)', () => {
  const tempDir = useTempDirs('citebot-cli-chat-');

  it('answers questions typed on stdin, lists articles, and exits 0 on /quit', async () => {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    await copySeeds(corpusDir);
    const result = await run(...launched('src/main.ts'), {
      env: cliEnv(corpusDir, path.join(dir, 'state', 'index.json')),
      input: [
        'How many attacks did ISKP claim?',
        '',
        '@everyone',
        'What is the capital of France?',
        '/list',
        '/quit',
        'Which shrine was attacked?',
        '',
      ].join('\n'),
    });
    expect(result.code, result.stderr).toBe(0);
    const out = result.stdout;
    expect(out).toContain('Citebot (terminal chat, no DISCORD_TOKEN set) — 2 articles, 14 passages.');
    // The answer: the verbatim excerpt in quotes, then its numbered sources.
    expect(out).toContain(
      '> While ISKP has conducted attacks in Pakistan since 2015, their activity sharply intensified after 2022, with a staggering 90 claimed attacks.',
    );
    expect(out).toMatch(new RegExp(`\\[1\\] .* — passage 2 of 6 \\(${SEED_A.replace('.', '\\.')}#2\\)`));
    expect(out).toContain('That only mentions people or channels.');
    expect(out).toContain('The articles I have say nothing about “france”.');
    expect(out).toContain(`- Islamic State Attack in Pakistan Kills More Than 50 (${SEED_B}, 8 passages)`);
    // Nothing after /quit is answered.
    expect(out).not.toContain('Shah Noorani');
  });

  it('reads commands in any letter case, names an unknown one, and ends on a bare "exit"', async () => {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    await copySeeds(corpusDir);
    const result = await run(...launched('src/main.ts'), {
      env: cliEnv(corpusDir, path.join(dir, 'state', 'index.json')),
      input: ['/Help', '/LIST', '/bogus', 'hi', '/passage 1', 'EXIT', 'Which shrine was attacked?', ''].join(
        '\n',
      ),
    });
    expect(result.code, result.stderr).toBe(0);
    const out = result.stdout;
    // The help in the banner, for "/Help" and after the unknown command; "/LIST" lists the articles.
    expect(out.split('/sources (the closest passages').length - 1).toBe(3);
    expect(out).toContain(`(${SEED_B}, 8 passages)`);
    expect(out).toContain('Unknown command /bogus.');
    // After a greeting there is no source to show.
    expect(out).toContain('The last message got no answer and has no sources');
    // Nothing after "EXIT" is answered.
    expect(out).not.toContain('Shah Noorani');
  });
});
