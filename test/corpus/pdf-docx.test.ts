import { describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/corpus/errors.js';
import { extractDocx, MAX_UNZIPPED_RATIO } from '../../src/corpus/formats/docx.js';
import { extractPdfPages } from '../../src/corpus/formats/pdf.js';
import { makeDocx, makePdf, makeZip } from './make-files.js';

const MAX = 100_000;

async function reason(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return (error as Error).message;
  }
  throw new Error('expected a CorpusError');
}

describe('PDF text layer', () => {
  it('reads the text of each page, and the title', async () => {
    const pdf = makePdf([['Moderators answer within a day.', 'Appeals go to the council.'], ['Page two: the (second) rule.']], {
      title: 'Server rules',
    });
    const { pages, title } = await extractPdfPages(pdf, MAX);
    expect(pages).toEqual(['Moderators answer within a day.\nAppeals go to the council.', 'Page two: the (second) rule.']);
    expect(title).toBe('Server rules');
  });

  it('refuses a scanned PDF (no text layer)', async () => {
    expect(await reason(() => extractPdfPages(makePdf([[], []]), MAX))).toMatch(/^scanned PDF: no text to quote/);
  });

  it('refuses an encrypted PDF', async () => {
    expect(await reason(() => extractPdfPages(makePdf([['secret']], { encrypt: true }), MAX))).toMatch(
      /encrypted \(password-protected\)/,
    );
  });

  it('reads compressed pages, and refuses one that unpacks to far more text than its size', async () => {
    // 1-point type: 600 lines fit on the page; the page's stream compresses to a few hundred bytes.
    const lines = Array.from({ length: 600 }, () => 'All work and no play makes Jack a dull boy.');
    const small = makePdf([lines], { deflate: true, fontSize: 1 });
    expect(small.length).toBeLessThan(1000);
    expect((await extractPdfPages(small, MAX)).pages[0]!.split('\n')).toHaveLength(600);
    expect(await reason(() => extractPdfPages(small, 1000))).toMatch(/far more text than its size/);
  });

  it('refuses a broken PDF and one over the limit', async () => {
    expect(await reason(() => extractPdfPages(new TextEncoder().encode('%PDF-1.4\nnot really'), MAX))).toMatch(
      /damaged/,
    );
    const pdf = makePdf([['x']]);
    expect(await reason(() => extractPdfPages(pdf, pdf.length - 1))).toMatch(/too large/);
    expect(await reason(() => extractPdfPages(new TextEncoder().encode('hello'), MAX))).toMatch(/not a PDF/);
  });
});

describe('Word (.docx)', () => {
  it('reads paragraphs, keeps headings as # lines', async () => {
    const { text } = await extractDocx(makeDocx([{ heading: 'Roles & ranks' }, 'Helpers wear <green>.', 'Admins wear red.']), MAX);
    expect(text).toBe('# Roles & ranks\n\nHelpers wear <green>.\n\nAdmins wear red.');
  });

  it('refuses a zip bomb from its declared sizes, before inflating', async () => {
    const bomb = makeDocx(['x'], [{ name: 'word/media/a.bin', data: new Uint8Array(16), declaredSize: MAX * MAX_UNZIPPED_RATIO + 1 }]);
    expect(await reason(() => extractDocx(bomb, MAX))).toMatch(/^the Word file is a zip bomb/);
  });

  it('refuses too many entries, encrypted, broken and oversized files', async () => {
    const many = makeZip(Array.from({ length: 1001 }, (_, i) => ({ name: `p${i}.xml`, data: new Uint8Array(1) })));
    expect(await reason(() => extractDocx(many, 10_000_000))).toMatch(/too many parts/);
    const cfb = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await reason(() => extractDocx(cfb, MAX))).toMatch(/encrypted/);
    expect(await reason(() => extractDocx(new TextEncoder().encode('PK nonsense'), MAX))).toMatch(/damaged/);
    const notWord = makeZip([{ name: 'a.txt', data: new TextEncoder().encode('hi') }]);
    expect(await reason(() => extractDocx(notWord, MAX))).toMatch(/damaged|no text/);
    const docx = makeDocx(['hello']);
    expect(await reason(() => extractDocx(docx, docx.length - 1))).toMatch(/too large/);
  });
});
