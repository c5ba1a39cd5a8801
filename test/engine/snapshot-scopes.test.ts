/**
 * The snapshot partitioned by scope, on real files: one file per scope in the snapshot folder, a change in one
 * server rewrites only that server's file, a bad file is rebuilt from its own scope's corpus files while the
 * others load from theirs, a restart answers as before, and an older one-file snapshot is removed cleanly.
 */
import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { readSnapshotFolder } from '../../src/search/snapshot/folder.js';
import { SETTINGS_KEY } from '../../src/search/settings.js';
import { editSnapshot } from '../support/edit-snapshot.js';
import { captureLogger, copySeeds, expectWellFormedAnswer, useTempDirs, writeFiles } from './fixtures.js';

const A = '111111111111111111';
const B = '222222222222222222';
const LIGHTHOUSE = 'When was the Pelican Point lighthouse built?';
const ZEBRAS = 'What crossed the quartzite plain at dawn?';
const ISKP = 'How many attacks did ISKP claim?';

describe('snapshot partitioned by scope', () => {
  const tempDir = useTempDirs('citebot-snapshot-scopes-');

  async function setup() {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    const indexPath = path.join(dir, 'state', 'index');
    await copySeeds(corpusDir);
    await writeFiles(corpusDir, {
      [`guilds/${A}/lighthouse.md`]:
        '# Lighthouses\n\nThe Pelican Point lighthouse was built in 1871 and its lamp could be seen 22 nautical miles out.\n',
      [`guilds/${B}/zebras.md`]: '# Zebras\n\nThe zebra herd crossed the quartzite plain at dawn.\n',
    });
    const open = async () => {
      const log = captureLogger();
      return { engine: await Engine.open({ corpusDir, indexPath, logger: log.logger }), log };
    };
    const file = (scope: string) => path.join(indexPath, `${scope}.bin`);
    /** Each scope file's bytes and modification time. */
    const files = async () =>
      Object.fromEntries(
        await Promise.all(
          (await readdir(indexPath)).map(async (name) => {
            const full = path.join(indexPath, name);
            return [
              name,
              { bytes: (await readFile(full)).toString('base64'), mtime: (await stat(full)).mtimeMs },
            ];
          }),
        ),
      );
    return { corpusDir, indexPath, open, file, files };
  }

  it('keeps one file per scope, and an upload in one server rewrites only that server’s file', async () => {
    const { open, files } = await setup();
    await (await open()).engine.close();
    const before = await files();
    expect(Object.keys(before).sort()).toEqual([`${A}.bin`, `${B}.bin`, 'global.bin']);
    await new Promise((resolve) => setTimeout(resolve, 20)); // a later write would show a later mtime

    const { engine, log } = await open();
    expect(log.lines.find((line) => line.msg === 'index snapshot loaded')).toMatchObject({ scopes: 3 });
    await engine.addFile(
      'tides.md',
      Buffer.from('# Tides\n\nThe spring tide at Saltmarsh rose 7 metres.\n'),
      {
        guildId: A,
      },
    );
    await engine.close();
    const after = await files();
    expect(after[`${A}.bin`]!.bytes).not.toBe(before[`${A}.bin`]!.bytes);
    expect(after[`${B}.bin`]).toEqual(before[`${B}.bin`]);
    expect(after['global.bin']).toEqual(before['global.bin']);

    const again = await open();
    expect(again.engine.ask('How high did the spring tide rise?', { guildId: A }).excerpt).toContain(
      '7 metres',
    );
    expect(again.engine.ask('How high did the spring tide rise?', { guildId: B }).status).toBe('no_answer');
    await again.engine.close();
  });

  it('rebuilds a corrupt server file from that server’s folder alone; the others load from their files', async () => {
    const { open, file, files } = await setup();
    await (await open()).engine.close();
    const before = await files();
    const valid = await readFile(file(B));
    await writeFile(file(B), valid.subarray(0, valid.length - 10));
    await new Promise((resolve) => setTimeout(resolve, 20));

    const { engine, log } = await open();
    const rebuilt = log.lines.filter((line) => line.msg === 'building the index from the corpus');
    expect(rebuilt).toHaveLength(1);
    expect(rebuilt[0]).toMatchObject({ scope: B, reason: expect.stringMatching(/corrupt/) });
    // The global articles (2) and A's (1) came from their files.
    expect(log.lines.find((line) => line.msg === 'index snapshot loaded')).toMatchObject({
      scopes: 2,
      articles: 3,
    });
    const zebras = engine.ask(ZEBRAS, { guildId: B });
    expect(zebras.excerpt).toContain('zebra herd crossed');
    expectWellFormedAnswer(engine, zebras, B);
    expect(engine.ask(LIGHTHOUSE, { guildId: A }).excerpt).toContain('built in 1871');
    expect(engine.ask(ISKP, { guildId: B }).status).toBe('answered');
    await engine.close();
    const after = await files();
    expect(after[`${A}.bin`]).toEqual(before[`${A}.bin`]);
    expect(after['global.bin']).toEqual(before['global.bin']);
    expect(after[`${B}.bin`]!.mtime).toBeGreaterThan(before[`${B}.bin`]!.mtime); // written again, whole
    const saved = await readSnapshotFolder(path.dirname(file(B)));
    expect(saved.problems).toEqual([]);
    expect(saved.snapshot?.articles.map((article) => article.file)).toContain(`guilds/${B}/zebras.md`);
  });

  it('rebuilds only the scope whose file was built with other search settings', async () => {
    const { open, file } = await setup();
    await (await open()).engine.close();
    await writeFile(
      file(A),
      editSnapshot(await readFile(file(A)), (parts) => (parts.header.settingsKey = `x${SETTINGS_KEY}`)),
    );
    const { engine, log } = await open();
    expect(log.lines.filter((line) => line.msg === 'building the index from the corpus')).toEqual([
      expect.objectContaining({ scope: A, reason: 'snapshot was built with other search settings' }),
    ]);
    expect(engine.ask(LIGHTHOUSE, { guildId: A }).excerpt).toContain('built in 1871');
    await engine.close();
  });

  it.each([
    [
      'passage numbers past its own passages (into another scope’s)',
      'docs',
      (docs: Buffer) => {
        const numbers = new Uint32Array(docs.buffer.slice(docs.byteOffset, docs.byteOffset + docs.length));
        return Buffer.from(numbers.map((n) => n + 1).buffer);
      },
    ],
    ['a frequency of 0', 'freqs', (freqs: Buffer) => Buffer.alloc(freqs.length)],
  ] as const)(
    'leaves out a server file whose index holds %s, and loads the others (the file in the middle of the join)',
    async (_name, section, corrupt) => {
      const { open, file } = await setup();
      await (await open()).engine.close();
      await writeFile(
        file(A),
        editSnapshot(await readFile(file(A)), (parts) =>
          parts.sections.set(section, corrupt(parts.sections.get(section)!)),
        ),
      );
      const { engine, log } = await open();
      expect(log.lines.filter((line) => line.msg === 'building the index from the corpus')).toEqual([
        expect.objectContaining({ scope: A, reason: expect.stringMatching(/corrupt/) }),
      ]);
      expect(log.lines.find((line) => line.msg === 'index snapshot loaded')).toMatchObject({ scopes: 2 });
      expect(engine.ask(ZEBRAS, { guildId: B }).excerpt).toContain('zebra herd crossed');
      expect(engine.ask(LIGHTHOUSE, { guildId: A }).excerpt).toContain('built in 1871');
      expect(engine.ask(LIGHTHOUSE, { guildId: B }).status).toBe('no_answer');
      await engine.close();
    },
  );

  it('answers the same after a restart from the snapshot as before it', async () => {
    const { open } = await setup();
    const first = (await open()).engine;
    await first.addFile('tides.md', Buffer.from('# Tides\n\nThe spring tide at Saltmarsh rose 7 metres.\n'), {
      guildId: B,
    });
    const questions = [
      ISKP,
      LIGHTHOUSE,
      ZEBRAS,
      'Who is Sabahat Khan?',
      'How high did the spring tide rise?',
    ];
    const replies = (engine: Engine) =>
      [undefined, A, B].map((guildId) => ({
        answers: questions.map((question) => engine.ask(question, { guildId })),
        search: engine.search('tide lighthouse zebra attack', { guildId }),
        suggest: engine.suggest('ligh', { guildId }),
        stats: engine.stats({ guildId }),
      }));
    const before = replies(first);
    await first.close();
    const { engine, log } = await open();
    expect(log.messages()).not.toContain('building the index from the corpus');
    expect(replies(engine)).toEqual(before);
    await engine.close();
  });

  it('removes the file of a server left without articles', async () => {
    const { open, file, files } = await setup();
    const first = (await open()).engine;
    await first.close();
    const before = await files();
    const { engine } = await open();
    await engine.removeFile('zebras.md', { guildId: B });
    await engine.close();
    await expect(stat(file(B))).rejects.toThrow(/ENOENT/);
    const after = await files();
    expect(after[`${A}.bin`]).toEqual(before[`${A}.bin`]);
    expect(after['global.bin']).toEqual(before['global.bin']);
  });

  it('removes temp files a killed write left in the folder once they are 10 minutes old', async () => {
    const { indexPath, open } = await setup();
    await (await open()).engine.close();
    const old = path.join(indexPath, '.global.bin.0123456789ab.tmp');
    const young = path.join(indexPath, `.${A}.bin.ba9876543210.tmp`);
    await writeFile(old, 'half a file');
    await writeFile(young, 'a write under way');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(old, hourAgo, hourAgo);
    const { engine, log } = await open();
    expect(log.messages()).not.toContain('building the index from the corpus');
    await engine.close();
    await expect(stat(old)).rejects.toThrow(/ENOENT/);
    expect(await readFile(young, 'utf8')).toBe('a write under way');
  });

  it('removes an older one-file snapshot, where the folder goes or beside it, and writes the folder', async () => {
    const { indexPath, open } = await setup();
    // The start of a format 4 file (one file of every scope), and a file of someone else's named index.bin.
    const old = Buffer.concat([
      Buffer.from('citebot-snapshot', 'latin1'),
      Buffer.from([4, 0, 0, 0]),
      Buffer.alloc(64),
    ]);
    await mkdir(path.dirname(indexPath), { recursive: true });
    await writeFile(indexPath, old);
    const { engine, log } = await open();
    expect(log.lines.find((line) => line.msg === 'building the index from the corpus')).toMatchObject({
      reason: 'an older one-file snapshot was removed',
    });
    expect(engine.ask(ISKP).status).toBe('answered');
    await engine.close();
    expect((await readdir(indexPath)).sort()).toEqual([`${A}.bin`, `${B}.bin`, 'global.bin']);

    const beside = path.join(path.dirname(indexPath), 'index.bin');
    await writeFile(beside, old);
    await (await open()).engine.close();
    await expect(stat(beside)).rejects.toThrow(/ENOENT/);
    await writeFile(beside, 'not a snapshot');
    await (await open()).engine.close();
    expect(await readFile(beside, 'utf8')).toBe('not a snapshot');
  });
});
