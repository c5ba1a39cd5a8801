/**
 * PDF and Word files through the engine: the corpus folder (load, snapshot restart), uploads (the parse worker)
 * and citations. Passages of a PDF never cross a page and are cited with their page; a refused file is never
 * half-added.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleAsync } from '../../src/corpus/parse.js';
import { citationLine } from '../../src/discord/render/citations.js';
import { sourceLine } from '../../src/cli/format.js';
import { Engine } from '../../src/engine.js';
import { useTempDirs, writeFiles } from '../engine/fixtures.js';
import { makeDocx, makePdf } from './make-files.js';

const MAX = 64 * 1024;

const PAGE_ONE = [
  'The lighthouse keeper lights the lamp at dusk every evening of the year.',
  'He climbs one hundred and twelve steps to reach the lantern room at the top.',
  'The lamp burns paraffin and turns on a bed of mercury so that it moves smoothly.',
];
const PAGE_TWO = [
  'Storm warnings are raised on the signal mast when the barometer falls quickly.',
  'Fishing boats must return to the harbour before the second cone is hoisted.',
];

describe('PDF and Word articles', () => {
  const tempDir = useTempDirs('citebot-pdf-');

  it('splits a PDF page by page: every passage knows its page and none crosses one', async () => {
    const article = await parseArticleAsync('guide.pdf', 'global', makePdf([PAGE_ONE, PAGE_TWO]), { maxBytes: MAX });
    expect(article.passages.length).toBeGreaterThanOrEqual(2);
    for (const passage of article.passages) {
      const page = passage.page === 1 ? PAGE_ONE.join('\n') : PAGE_TWO.join('\n');
      expect(page).toContain(passage.text);
    }
    expect(article.passages.map((p) => p.page)).toEqual([1, 2]);
    expect(article.title).toBe('The lighthouse keeper lights the lamp at dusk every evening of the year');
  });

  it('loads PDF and Word files from the folder, cites pages, refuses the bad ones with reasons, and keeps pages across a restart', async () => {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    await writeFiles(corpusDir, {
      'guide.pdf': makePdf([PAGE_ONE, PAGE_TWO], { title: 'Harbour guide' }),
      'rules.docx': makeDocx([{ heading: 'Club rules' }, 'Members pay their dues in the first week of March.']),
      'scan.pdf': makePdf([[], []]),
      'locked.pdf': makePdf([['secret']], { encrypt: true }),
      'broken.pdf': '%PDF-1.4\nnothing here',
      'bomb.docx': makeDocx(['x'], [{ name: 'word/media/a.bin', data: new Uint8Array(8), declaredSize: 20 * MAX + 1 }]),
      'huge.pdf': makePdf([['x'.repeat(MAX)]]),
    });
    const indexPath = path.join(dir, 'state', 'index');
    const open = () => Engine.open({ corpusDir, indexPath, vectorsPath: '', maxFileBytes: MAX });

    for (const run of ['parsed', 'from the snapshot']) {
      const engine = await open();
      try {
        expect(
          engine
            .allArticles()
            .map((a) => [a.file, a.title])
            .sort(),
          run,
        ).toEqual([
          ['guide.pdf', 'Harbour guide'],
          ['rules.docx', 'Club rules'],
        ]);
        const reasons = Object.fromEntries(engine.stats().skipped.map((s) => [s.file, s.reason]));
        expect(reasons['scan.pdf']).toMatch(/^scanned PDF: no text to quote/);
        expect(reasons['locked.pdf']).toMatch(/encrypted/);
        expect(reasons['broken.pdf']).toMatch(/damaged/);
        expect(reasons['bomb.docx']).toMatch(/zip bomb/);
        expect(reasons['huge.pdf']).toMatch(/too large/);

        const hit = engine.search('second cone hoisted storm warnings')[0]!;
        expect(hit.file).toBe('guide.pdf');
        expect(hit.page, run).toBe(2);
        expect(citationLine(1, hit)).toContain('— page 2, passage 2 of 2');
        expect(sourceLine(hit)).toContain('Harbour guide — page 2, passage 2 of 2');
        const docxHit = engine.search('members dues March')[0]!;
        expect(docxHit.file).toBe('rules.docx');
        expect(docxHit.page).toBeUndefined();
        expect(citationLine(1, docxHit)).toMatch(/— passage 1 of 1$/);
      } finally {
        await engine.close();
      }
      expect(await readdir(indexPath)).toContain('global.bin');
    }
  });

  it('uploads a PDF through the parse worker, and refuses bad ones without writing anything', async () => {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    await writeFiles(corpusDir, { 'seed.txt': `Seed\n\n${'Seed text about nothing in particular. '.repeat(10)}\n` });
    const engine = await Engine.open({
      corpusDir,
      indexPath: '',
      vectorsPath: '',
      maxFileBytes: MAX,
      parseInWorker: true,
    });
    try {
      const article = await engine.addFile('manual.pdf', makePdf([PAGE_ONE, PAGE_TWO]), {
        guildId: '123456789012345678',
        title: 'Keeper manual',
      });
      expect(article.passages.map((p) => [p.page, p.title])).toEqual([
        [1, 'Keeper manual'],
        [2, 'Keeper manual'],
      ]);
      const hit = engine.search('lamp paraffin mercury', { guildId: '123456789012345678' })[0]!;
      expect([hit.file, hit.page]).toEqual(['guilds/123456789012345678/manual.pdf', 1]);

      const before = (await readdir(corpusDir, { recursive: true })).sort();
      const refusals: Array<[string, Uint8Array, RegExp]> = [
        ['scan.pdf', makePdf([[]]), /scanned PDF/],
        ['locked.pdf', makePdf([['x']], { encrypt: true }), /encrypted/],
        ['bomb.docx', makeDocx(['x'], [{ name: 'a.bin', data: new Uint8Array(8), declaredSize: 0xfffffff0 }]), /zip bomb/],
        ['huge.docx', new Uint8Array(MAX + 1), /too large/],
      ];
      for (const [name, bytes, reason] of refusals) {
        await expect(engine.addFile(name, bytes, { guildId: '123456789012345678' })).rejects.toThrow(reason);
      }
      expect((await readdir(corpusDir, { recursive: true })).sort()).toEqual(before);
      expect(engine.allArticles().map((a) => a.file).sort()).toEqual(['guilds/123456789012345678/manual.pdf', 'seed.txt']);
    } finally {
      await engine.close();
    }
  });
});
