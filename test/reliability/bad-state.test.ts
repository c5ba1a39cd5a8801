/**
 * What the disk can hold that it should not: a corrupt, truncated or foreign index snapshot; corpus entries
 * that cannot be read (a folder named like a file, a dangling link, a FIFO, a link to /etc/passwd); and
 * writes that fail (a path component that is a regular file). Each gets a clear log line, and the engine and
 * the bot still start and answer from what is sound.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { FORMAT } from '../../src/search/snapshot/container.js';
import { startWatching } from '../engine/fixtures.js';
import { editSnapshot, swappedStringEnds } from '../support/edit-snapshot.js';
import {
  ANSWER_WORDS,
  bodyOf,
  logsWith,
  QUESTION,
  repliedTo,
  SEED_CORPUS,
  startBotUnderTest,
} from './harness.js';

let work: string;
let n = 0;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'citebot-bad-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

async function seedCopy(): Promise<string> {
  const dir = join(work, `corpus-${n++}`);
  await cp(SEED_CORPUS, dir, { recursive: true });
  return dir;
}

function capture() {
  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  return { logs, logger };
}

function expectAnswers(engine: Engine) {
  const answer = engine.ask(QUESTION);
  expect(answer.status).toBe('answered');
  expect(answer.excerpt).toContain(ANSWER_WORDS);
}

/** Bytes of a valid snapshot of the seed corpus (global articles: the snapshot folder's `global.bin`). */
async function validSnapshot(): Promise<Buffer> {
  const indexPath = join(work, `valid-${n++}`);
  const engine = await Engine.open({ corpusDir: await seedCopy(), indexPath });
  await engine.close();
  return readFile(join(indexPath, 'global.bin'));
}

describe('index snapshot', () => {
  let valid: Buffer;
  beforeAll(async () => {
    valid = await validSnapshot();
  });

  const variants: [string, () => Buffer, RegExp][] = [
    ['random bytes', () => Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x37, 0x7b, 0x22]), /corrupt/],
    ['truncated to half', () => valid.subarray(0, Math.floor(valid.length / 2)), /corrupt/],
    ['truncated by one byte', () => valid.subarray(0, valid.length - 1), /corrupt/],
    ['empty', () => Buffer.alloc(0), /corrupt/],
    ['JSON null', () => Buffer.from('null'), /corrupt/],
    ['a foreign JSON file', () => Buffer.from('{"name":"citebot","version":"0.1.0"}'), /format/],
    [
      'another format version',
      () => editSnapshot(valid, (parts) => (parts.format = FORMAT + 1)),
      new RegExp(`format ${FORMAT + 1}`),
    ],
    [
      'a passage count that disagrees with its index',
      () => editSnapshot(valid, (parts) => (parts.header.articles[0]!.passages -= 1)),
      /passages/,
    ],
    ['an article table of the wrong shape', () => editSnapshot(valid, swappedStringEnds), /malformed/],
    ['one damaged byte', () => Buffer.from(valid.map((byte, i) => (i === 100 ? byte ^ 1 : byte))), /corrupt/],
  ];

  for (const [name, bytes, reason] of variants) {
    it(`${name}: logged with its reason, rebuilt from the files, answers, and a sound snapshot is written`, async () => {
      const corpusDir = await seedCopy();
      const indexPath = join(work, `snap-${n++}`, 'index');
      await mkdir(indexPath, { recursive: true });
      await writeFile(join(indexPath, 'global.bin'), bytes());
      const { logs, logger } = capture();
      const engine = await Engine.open({ corpusDir, indexPath, logger });
      expect(logsWith(logs, 'building the index from the corpus')[0]?.reason).toMatch(reason);
      expect(engine.stats()).toMatchObject({ articles: 2, skipped: [] });
      expectAnswers(engine);
      await engine.close();
      const again = capture();
      const reopened = await Engine.open({ corpusDir, indexPath, logger: again.logger });
      expect(logsWith(again.logs, 'index snapshot loaded')).toHaveLength(1);
      expectAnswers(reopened);
      await reopened.close();
    });
  }

  it('a snapshot of another corpus: its articles are dropped, this folder’s are indexed', async () => {
    const other = join(work, `other-${n++}`);
    await mkdir(other);
    await writeFile(
      join(other, 'zebra.md'),
      '# Zebras\n\nThe zebra herd crossed the quartzite plain at dawn.\n',
    );
    const indexPath = join(work, `foreign-${n++}`);
    await (await Engine.open({ corpusDir: other, indexPath })).close();
    const engine = await Engine.open({ corpusDir: await seedCopy(), indexPath });
    expect(engine.allArticles().map((a) => a.file)).not.toContain('zebra.md');
    expect(engine.search('zebra quartzite')).toEqual([]);
    expectAnswers(engine);
    await engine.close();
  });

  it('a snapshot folder path that is a file of something else: cannot read or save, both logged; the file is kept; the engine still answers', async () => {
    const indexPath = join(work, `file-${n++}.json`);
    await writeFile(indexPath, '{"name":"not a snapshot"}');
    const { logs, logger } = capture();
    const engine = await Engine.open({ corpusDir: await seedCopy(), indexPath, logger });
    expect(logsWith(logs, 'building the index from the corpus')[0]?.reason).toMatch(/not a folder/);
    expect(logsWith(logs, 'could not save the index snapshot')[0]).toMatchObject({ path: indexPath });
    expectAnswers(engine);
    await engine.close();
    expect(await readFile(indexPath, 'utf8')).toBe('{"name":"not a snapshot"}');
  });
});

describe('corpus entries that cannot be read', () => {
  async function plantBadEntries(dir: string) {
    await mkdir(join(dir, 'folder-named.txt')); // a directory named like a file
    await symlink(join(dir, 'nowhere.md'), join(dir, 'dangling.md'));
    await symlink('/etc/passwd', join(dir, 'passwd.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 9]));
    await writeFile(
      join(dir, '.half-written.md.abc123.tmp'),
      '# Torn\n\nA torn temp file must never be an article.',
    );
  }

  it('the engine opens, logs each bad one with its reason, answers from the rest, and reloads', async () => {
    const dir = await seedCopy();
    await plantBadEntries(dir);
    const { logs, logger } = capture();
    const engine = await Engine.open({ corpusDir: dir, indexPath: '', logger });
    expect(engine.allArticles().map((a) => a.file)).toEqual(
      (await readdir(SEED_CORPUS)).filter((name) => name !== 'aliases.txt').sort(),
    );
    const skipped = logsWith(logs, 'corpus file skipped').map((line) => `${line.file}: ${line.reason}`);
    // Every entry passed over is reported with its reason; the temp file and the folder named x.txt are not files.
    expect(skipped.sort()).toEqual([
      expect.stringMatching(/^binary\.txt: .*binary/),
      'dangling.md: the link points to nothing',
      'passwd.txt: the link points outside the corpus folder',
    ]);
    expectAnswers(engine);
    expect(engine.search('root:x:0:0')).toEqual([]);
    const reloaded = await Promise.race([
      engine.reload(),
      new Promise((resolve) => setTimeout(() => resolve('reload hung'), 5_000)),
    ]);
    expect(reloaded).toMatchObject({ articles: 2 });
    await engine.close();
  });

  it('the bot starts over such a folder (and a corrupt snapshot) and answers', async () => {
    const indexPath = join(work, `bot-index-${n++}`);
    await mkdir(indexPath);
    await writeFile(join(indexPath, 'global.bin'), '{"format":1,"settingsKey":');
    const b = await startBotUnderTest({ prepare: plantBadEntries, indexPath });
    try {
      expect(logsWith(b.logs, 'building the index from the corpus')[0]?.reason).toMatch(/corrupt/);
      expect(logsWith(b.logs, 'connected to Discord')[0]).toMatchObject({ articles: 2, skippedFiles: 3 });
      const id = b.discord.sendMessage({
        guildId: b.guilds[0]!.id,
        author: 'alice',
        content: QUESTION,
        mentionBot: true,
      }).id;
      const call = await b.discord.waitForCall((c) => repliedTo(c) === id, 10_000);
      expect(JSON.stringify(bodyOf(call))).toContain(ANSWER_WORDS);
    } finally {
      await b.stop();
    }
  });
});

describe('the folder watcher', () => {
  it('a FIFO dropped into a watched folder does not stall later changes', async () => {
    const dir = await seedCopy();
    const engine = await Engine.open({ corpusDir: dir, indexPath: '' });
    const { events, stop } = await startWatching(engine);
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    await new Promise((resolve) => setTimeout(resolve, 800));
    const added = await Promise.race([
      engine
        .addFile('after.md', Buffer.from('# After\n\nThe quokka colony numbered forty-two.\n'))
        .then(() => 'added'),
      new Promise((resolve) => setTimeout(() => resolve('stalled'), 4_000)),
    ]);
    expect(added).toBe('added');
    expect(events.map((event) => `${event.kind} ${event.file}`)).toContain('skipped pipe.txt');
    expect(engine.stats().skipped).toEqual([
      { file: 'pipe.txt', reason: expect.stringMatching(/not a regular file/) },
    ]);
    await stop();
    await engine.close();
  });
});

describe('writes that fail', () => {
  it('snapshot under a path whose folder is a regular file: a clear warning; adds and answers still work', async () => {
    const blocker = join(work, `blocker-${n++}`);
    await writeFile(blocker, 'not a folder');
    const indexPath = join(blocker, 'index');
    const { logs, logger } = capture();
    const engine = await Engine.open({ corpusDir: await seedCopy(), indexPath, logger });
    const warning = logsWith(logs, 'could not save the index snapshot')[0];
    expect(warning).toMatchObject({ path: indexPath });
    expect(String(warning?.error)).toMatch(/ENOTDIR|EEXIST/);
    await engine.addFile('notes.md', Buffer.from('# Notes\n\nThe quokka colony numbered forty-two.\n'));
    expect(engine.ask('How many quokkas were in the colony?').excerpt).toContain('forty-two');
    expectAnswers(engine);
    await engine.close();
  });

  it('a server folder that cannot be created: the add fails with a reason, nothing half-added, others still work', async () => {
    const dir = await seedCopy();
    await writeFile(join(dir, 'guilds'), 'a regular file where the guilds folder should be');
    const engine = await Engine.open({ corpusDir: dir, indexPath: '' });
    const bytes = Buffer.from('# Notes\n\nThe quokka colony numbered forty-two.\n');
    await expect(engine.addFile('notes.md', bytes, { guildId: '123456789012345678' })).rejects.toThrow(
      /ENOTDIR|EEXIST|not a directory/i,
    );
    expect(engine.listArticles({ guildId: '123456789012345678', ownOnly: true })).toEqual([]);
    expect(engine.ask('How many quokkas?', { guildId: '123456789012345678' }).status).toBe('no_answer');
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    await engine.addFile('global-notes.md', bytes);
    expect(engine.ask('How many quokkas were in the colony?').excerpt).toContain('forty-two');
    await engine.close();
  });
});
