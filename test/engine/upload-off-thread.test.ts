/**
 * A large upload does not hold up questions: parsing runs on a worker thread (engine/parse-pool.ts) and the
 * passages go into the index a slice at a time. Measured as the longest the event loop was blocked while a
 * 2 MiB article was added (before: one block of parse + aliases + indexing, 0.3-0.5 s on 2 vCPU).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { CorpusError } from '../../src/engine-api.js';
import { copySeeds, useTempDirs } from './fixtures.js';

const GUILD = '111111111111111111';

/** About 2 MiB of short paragraphs: some 9,500 passages, the most indexing work a file of that size makes. */
export function bigArticle(seed = 0, bytes = 2 * 1024 * 1024 - 1024): Buffer {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes - 300; i++) {
    const part = `Report ${seed}-${i}: the harbour master logged ${i % 97} grain ships at the Saltmarsh quay, and the Islamic State Khorasan Province (ISKP) claimed nothing. Rangers counted quokka number ${i} near the ridge on a cold morning.\n\n`;
    parts.push(part);
    length += part.length;
  }
  return Buffer.from(parts.join(''));
}

/** Runs `work` while a 1 ms timer chain measures the longest gap between its turns (the event loop blocked). */
async function longestBlock<T>(work: () => Promise<T>): Promise<{ result: T; blockedMs: number }> {
  let longest = 0;
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(tick, 1);
  };
  setTimeout(tick, 1);
  try {
    return { result: await work(), blockedMs: longest };
  } finally {
    running = false;
  }
}

/** Room for one garbage collection or slice of indexing on top of a block (a loaded machine stretches them). */
const SHORT_BLOCK_MS = 120;

describe('a large upload and the event loop', () => {
  const tempDir = useTempDirs('citebot-offthread-');

  it('a 2 MiB upload never blocks the event loop for long; questions are answered meanwhile and after', async () => {
    const dir = path.join(await tempDir(), 'corpus');
    await copySeeds(dir);
    const engine = await Engine.open({ corpusDir: dir, vectorsPath: '', parseInWorker: true });
    // The worker's first start (and, from source, its TypeScript loader) is not what is measured.
    await expect(engine.addFile('warm.txt', Buffer.alloc(0))).rejects.toBeInstanceOf(CorpusError);

    let answered = 0;
    const { result: article, blockedMs } = await longestBlock(async () => {
      const adding = engine.addFile('big.txt', bigArticle(), { guildId: GUILD });
      let done = false;
      void adding.finally(() => (done = true));
      while (!done) {
        if (engine.ask('How many attacks did ISKP claim?').status === 'answered') answered++;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return adding;
    });
    expect(article.passages.length).toBeGreaterThan(8000);
    expect(answered).toBeGreaterThanOrEqual(10); // inline: 3
    // Inline parsing of the same upload, in the same run: the event loop is held for one long block, so
    // fewer questions get through. Compared as a ratio of the same measure, not against a time in ms (how long
    // a block takes is the benchmark's to say: `npm run bench:uploads`); the worker's longest block is also
    // the shorter of the two, with room for one garbage collection (a machine under load stretches both).
    const inline = await Engine.open({
      corpusDir: dir,
      indexPath: '',
      vectorsPath: '',
      parseInWorker: false,
    });
    const { blockedMs: inlineBlockedMs } = await longestBlock(() =>
      inline.addFile('big-inline.txt', bigArticle(), { guildId: GUILD }),
    );
    await inline.close();
    expect(blockedMs).toBeLessThan(inlineBlockedMs + SHORT_BLOCK_MS);
    // All of it was indexed, in this server's scope only.
    expect(engine.search('quokka number 9000', { guildId: GUILD })[0]?.file).toBe(`guilds/${GUILD}/big.txt`);
    expect(engine.search('quokka number 9000').some((hit) => hit.file.includes('big.txt'))).toBe(false);
    await engine.close();
  });

  it('the worker refuses a bad upload with the same reason as inline parsing, and can be closed and reused', async () => {
    const dir = path.join(await tempDir(), 'corpus');
    await copySeeds(dir);
    const engine = await Engine.open({ corpusDir: dir, vectorsPath: '', parseInWorker: true });
    await expect(
      engine.addFile('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
    ).rejects.toThrow(/PNG image/);
    const article = await engine.addFile(
      'notes.md',
      Buffer.from(
        '---\ntitle: Notes\n---\n\nThe Islamic State Khorasan Province (ISKP) was named in 2015.\n',
      ),
    );
    expect(article.title).toBe('Notes');
    // The aliases its text teaches were learned on the worker and applied here.
    expect(engine.ask('When was ISKP named?').excerpt).toContain('2015');
    await engine.close();
  });
});
