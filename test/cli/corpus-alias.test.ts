import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySeeds, useTempDirs } from '../engine/fixtures.js';
import { cliEnv, launched, run } from './run.js';

const GUILD = '123456789012345678';

describe.concurrent('corpus CLI: alias', () => {
  const tempDir = useTempDirs('citebot-cli-alias-', 'file');

  async function setup() {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    await copySeeds(corpusDir);
    const env = cliEnv(corpusDir, path.join(dir, 'state', 'index.bin'));
    const corpus = (...args: string[]) => run(...launched('src/cli/corpus.ts', ...args), { env });
    return { corpusDir, corpus };
  }

  it('alias add, list, remove: global and per server, in the alias files', async () => {
    const { corpusDir, corpus } = await setup();
    const added = await corpus('alias', 'add', 'ISIS', 'Islamic State');
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout.trim()).toBe('Added the alias ISIS = Islamic State (aliases.txt).');
    const own = await corpus('alias', 'add', 'Daesh', 'Islamic State', '--guild', GUILD, '--json');
    expect(own.code, own.stderr).toBe(0);
    expect(JSON.parse(own.stdout)).toMatchObject({ name: 'Daesh', scope: GUILD });
    expect(await readFile(path.join(corpusDir, 'guilds', GUILD, 'aliases.txt'), 'utf8')).toMatch(
      /^Daesh = Islamic State$/m,
    );

    const all = await corpus('alias', 'list');
    expect(all.stdout.trim().split('\n')).toEqual([
      `Daesh = Islamic State\tguilds/${GUILD}/aliases.txt:3`,
      'ISIS = Islamic State\taliases.txt:3',
    ]);
    const mine = await corpus('alias', 'list', '--guild', GUILD);
    expect(mine.stdout.trim()).toBe(`Daesh = Islamic State\tguilds/${GUILD}/aliases.txt:3`);

    const removed = await corpus('alias', 'remove', 'daesh', '--guild', GUILD);
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout.trim()).toBe(
      `Removed the alias Daesh = Islamic State (guilds/${GUILD}/aliases.txt).`,
    );
    expect((await corpus('alias', 'list', '--guild', GUILD)).stdout.trim()).toBe('No aliases.');
  });

  it('refuses a bad name or an unknown alias: exit 1, the reason on stderr', async () => {
    const { corpus } = await setup();
    const [hyphen, unknown] = await Promise.all([
      corpus('alias', 'add', 'ISIS-K', 'Islamic State Khorasan Province'),
      corpus('alias', 'remove', 'nothing', '--guild', GUILD),
    ]);
    expect(hyphen.code).toBe(1);
    expect(hyphen.stderr).toMatch(/the name “ISIS-K” is hyphenated/);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('there is no alias called “nothing” here');
  });

  it('check reports a bad alias line as file:line and exits 1; the file is not an article', async () => {
    const { corpusDir, corpus } = await setup();
    await writeFile(path.join(corpusDir, 'aliases.txt'), 'ISIS = Islamic State\nThe = Islamic State\n');
    const result = await corpus('check');
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(/^aliases\.txt:2\tSKIPPED: “The” is a word search ignores/),
    );
    expect(lines.some((line) => line.startsWith('aliases.txt\t'))).toBe(false);
  });
});
