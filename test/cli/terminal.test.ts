/**
 * The terminal as a newcomer sees it: log lines a person can read (JSON only when stderr is not a terminal),
 * skipped files summarised once, the chat's banner agreeing with /list, /passage and /sources, labelled
 * sources and "1 passage" (not "1 passages").
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { humanLine, SKIPPED_FILE_MESSAGE, TerminalLog } from '../../src/logger.js';
import { copySeeds, SEED_A, useTempDirs } from '../engine/fixtures.js';
import { cliEnv, launched, run } from './run.js';

function sink() {
  const lines: string[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, out };
}

const json = (record: Record<string, unknown>) =>
  `${JSON.stringify({ time: 1, app: 'citebot', ...record })}\n`;

describe('log lines on a terminal', () => {
  it('are short human lines: level, message, fields; errors by their message only', () => {
    expect(humanLine(json({ level: 30, msg: 'corpus file added', file: 'a.md', passages: 3 }))).toBe(
      'corpus file added (file: a.md, passages: 3)',
    );
    expect(
      humanLine(json({ level: 40, msg: 'gateway connection closed', component: 'discord', code: 4000 })),
    ).toBe('warning: gateway connection closed (code: 4000)');
    expect(
      humanLine(
        json({
          level: 50,
          msg: 'failed',
          err: { type: 'Error', message: 'boom', stack: 'Error: boom\n at x' },
        }),
      ),
    ).toBe('error: failed (error: boom)');
  });

  it('hold skipped files back until start-up is summarised, then show a new one once; the chat redraws around them', () => {
    const { lines, out } = sink();
    const log = new TerminalLog(out);
    log.write(json({ level: 40, msg: SKIPPED_FILE_MESSAGE, file: 'a.bin', reason: 'binary' }));
    log.write(json({ level: 40, msg: SKIPPED_FILE_MESSAGE, file: 'b.txt', reason: 'empty' }));
    expect(lines).toEqual([]);
    log.settle();
    const around: string[] = [];
    log.around = (write) => {
      around.push('clear');
      write();
      around.push('redraw');
    };
    log.write(json({ level: 40, msg: SKIPPED_FILE_MESSAGE, file: 'a.bin', reason: 'binary' })); // a reload
    log.write(json({ level: 40, msg: SKIPPED_FILE_MESSAGE, file: 'c.md', reason: 'empty' }));
    log.write(json({ level: 40, msg: SKIPPED_FILE_MESSAGE, file: 'c.md', reason: 'empty' }));
    expect(lines).toEqual(['warning: corpus file skipped (file: c.md, reason: empty)\n']);
    expect(around).toEqual(['clear', 'redraw']);
  });
});

describe('the terminal chat', () => {
  const tempDir = useTempDirs('citebot-cli-terminal-');

  async function corpus() {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    await copySeeds(corpusDir);
    await writeFile(
      path.join(corpusDir, 'short.txt'),
      'Tea notes\n\nGreen tea is steamed before it is dried.\n',
    );
    // A server's own article: not part of the chat's corpus, so neither the banner nor /list counts it.
    const guildDir = path.join(corpusDir, 'guilds', '123456789012345678');
    await mkdir(guildDir, { recursive: true });
    await writeFile(path.join(guildDir, 'server.txt'), 'Server rules\n\nBe kind to one another here.\n');
    await writeFile(path.join(corpusDir, 'binary.txt'), Buffer.from([0, 1, 2, 3]));
    await writeFile(path.join(corpusDir, 'blank.md'), '\n\n');
    return { dir, corpusDir };
  }

  it('banner and /list agree; /passage and /sources read the last answer; sources are labelled; 1 passage', async () => {
    const { dir, corpusDir } = await corpus();
    const result = await run(...launched('src/main.ts'), {
      env: cliEnv(corpusDir, path.join(dir, 'index.bin'), { LOG_LEVEL: 'silent', WATCH_CORPUS: 'false' }),
      input: [
        'How many attacks did ISKP claim?',
        '/passage 1',
        '/sources',
        '/passage 9',
        '/list',
        '/quit',
        '',
      ].join('\n'),
    });
    expect(result.code, result.stderr).toBe(0);
    const out = result.stdout;
    const counts = '3 articles, 15 passages; 2 files skipped: `npm run corpus -- check` says why';
    expect(out).toContain(`Citebot (terminal chat, no DISCORD_TOKEN set) — ${counts}.`);
    // /list: the articles, then the skipped files' count.
    expect(out).toContain('3 articles, 15 passages:\n- ');
    expect(out).toMatch(
      /\(short\.txt, 1 passage\)\n\(2 files skipped: `npm run corpus -- check` says why\.\)/,
    );
    expect(out).toContain('- Tea notes (short.txt, 1 passage)');
    expect(out).not.toMatch(/\b1 passages\b/);
    expect(out).not.toContain('Server rules');
    expect(out).toMatch(/\nSources:\n\[1\] .* — passage 2 of 6 \(/);
    // /passage 1: the whole of source [1], with where it comes from.
    expect(out).toContain(
      `passage 2 of 6 (${SEED_A}#2)\n\nWhile ISKP has conducted attacks in Pakistan since 2015`,
    );
    expect(out).toContain('Closest passages for "How many attacks did ISKP claim?":\n[1] ');
    expect(out).toMatch(/The last answer has no source \[9\] \(it has \d+ sources?\)\./);
  });

  it.skipIf(!existsSync('/usr/bin/script'))(
    'on a terminal: no JSON log lines, and skipped files are one summary line',
    async () => {
      const { dir, corpusDir } = await corpus();
      const result = await run(
        'script',
        ['-qec', `${launched('src/cli/ask.ts').flat().join(' ')} "who is Sabahat Khan?"`, '/dev/null'],
        { env: cliEnv(corpusDir, path.join(dir, 'index.bin'), { LOG_LEVEL: 'warn' }) },
      );
      expect(result.code, result.stdout).toBe(0);
      expect(result.stdout).not.toContain('{"level"');
      expect(result.stdout.match(/2 files skipped: `npm run corpus -- check` says why/g)).toHaveLength(1);
      expect(result.stdout).toContain('Sabahat');
    },
  );

  it('corpus add: errors name the file and the setting; counts say "1 passage"', async () => {
    const { dir, corpusDir } = await corpus();
    const env = cliEnv(corpusDir, path.join(dir, 'index.bin'), { MAX_FILE_BYTES: '1024' });
    const big = path.join(dir, 'big.txt');
    await writeFile(big, 'word '.repeat(400));
    const tooBig = await run(...launched('src/cli/corpus.ts', 'add', big), { env });
    expect(tooBig.code).toBe(1);
    expect(tooBig.stderr).toMatch(
      /^Cannot add .*big\.txt: the file is too large .*\(MAX_FILE_BYTES=1024\)\.\n$/,
    );
    const one = path.join(dir, 'one.txt');
    await writeFile(one, 'A single short line to cite.\n');
    const added = await run(...launched('src/cli/corpus.ts', 'add', one), { env });
    expect(added.stdout).toMatch(/^Added one\.txt: ".*", 1 passage\.\n$/);
    const list = await run(...launched('src/cli/corpus.ts', 'list'), { env });
    expect(list.stdout).toContain('one.txt\t1 passage\t');
    expect(list.stdout).not.toMatch(/\b1 passages\b/);
  });
});
