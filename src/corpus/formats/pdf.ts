/**
 * PDF -> the text of each page, through `unpdf` (Mozilla's pdf.js bundled for Node, no native dependencies).
 * Only the text layer is read: a scanned PDF (pages that are pictures) has none and is refused, as are
 * encrypted (password-protected) and broken files. Async, like pdf.js itself: callers await it before the
 * synchronous parse (corpus/parse.ts), on the upload worker for uploads.
 */
import { CorpusError } from '../errors.js';
import { tooLargeReason } from '../decode.js';

/** The text of each page, 1-based page `i + 1` at index `i`; whitespace-only pages are empty strings. */
/** At most this many pages (a document of more is split into several files). */
export const MAX_PDF_PAGES = 2000;
/** At most this many times the file limit in text, over all pages (compressed streams can unpack far larger). */
export const MAX_PDF_TEXT_RATIO = 20;

export interface PdfPages {
  pages: string[];
  title?: string;
}

/** A page's text items as lines: pdf.js marks the end of a line with `hasEOL`. */
function pageText(items: ReadonlyArray<{ str?: string; hasEOL?: boolean }>): string {
  let text = '';
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

export async function extractPdfPages(bytes: Uint8Array, maxBytes: number): Promise<PdfPages> {
  if (bytes.length > maxBytes) throw new CorpusError(tooLargeReason(bytes.length, maxBytes));
  if (bytes.length === 0) throw new CorpusError('the file is empty');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new CorpusError('the file is not a PDF document (no %PDF header)');

  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js transfers (detaches) the buffer it is given.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: true, verbosity: 0 });
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new CorpusError('the PDF is encrypted (password-protected); save an unprotected copy and add that');
    }
    throw new CorpusError('the PDF is damaged or not a PDF document, so it cannot be read');
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new CorpusError(`the PDF has too many pages (${pdf.numPages}; at most ${MAX_PDF_PAGES})`);
    }
    const pages: string[] = [];
    let chars = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items as ReadonlyArray<{ str?: string; hasEOL?: boolean }>));
      page.cleanup();
      chars += pages[pages.length - 1]!.length;
      if (chars > maxBytes * MAX_PDF_TEXT_RATIO) {
        throw new CorpusError('the PDF unpacks to far more text than its size allows (a compression bomb?)');
      }
    }
    if (pages.every((page) => page === '')) {
      throw new CorpusError('scanned PDF: no text to quote (its pages are pictures, with no text layer)');
    }
    let title: string | undefined;
    try {
      const meta = await pdf.getMetadata();
      const info = meta.info as { Title?: unknown } | undefined;
      if (typeof info?.Title === 'string' && info.Title.trim()) title = info.Title.trim();
    } catch {
      // metadata is optional
    }
    return title ? { pages, title } : { pages };
  } catch (error) {
    if (error instanceof CorpusError) throw error;
    throw new CorpusError('the PDF is damaged (a page could not be read)');
  } finally {
    await pdf.destroy();
  }
}
