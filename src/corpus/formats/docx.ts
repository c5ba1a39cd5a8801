/**
 * Word (.docx) -> text, through `mammoth` (maintained, pure JavaScript). Before mammoth unzips anything, the
 * zip's central directory is read here and the file refused when it declares too many entries or too many
 * uncompressed bytes (a zip bomb), or is encrypted or not a zip at all. Headings are kept as `# ` lines so the
 * text goes through the Markdown path of the splitter (a heading starts a passage).
 */
import { CorpusError } from '../errors.js';
import { formatBytes, tooLargeReason } from '../decode.js';

/** At most this many times the file limit, uncompressed, over all entries. */
export const MAX_UNZIPPED_RATIO = 20;
/** At most this many entries in the archive (Word writes about 10-30). */
export const MAX_ZIP_ENTRIES = 1000;

const BROKEN = 'the Word file is damaged or not a .docx document, so it cannot be read';

/**
 * Checks a zip's central directory without inflating anything: entry count, the sum of the declared
 * uncompressed sizes, encryption. Throws CorpusError with the reason. (Zip64 fields count as over the limit:
 * a .docx under the file limit never needs them.)
 */
export function checkZip(bytes: Uint8Array, maxUnzippedBytes: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new CorpusError(BROKEN);
  const count = view.getUint16(end + 10, true);
  const cdSize = view.getUint32(end + 12, true);
  const cdOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new CorpusError('the Word file is a zip bomb (a ZIP64 archive, far larger unpacked than any document)');
  }
  if (count > MAX_ZIP_ENTRIES) {
    throw new CorpusError(`the Word file holds too many parts (${count}; at most ${MAX_ZIP_ENTRIES})`);
  }
  if (cdOffset + cdSize > end) throw new CorpusError(BROKEN);
  let total = 0;
  let at = cdOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) throw new CorpusError(BROKEN);
    const flags = view.getUint16(at + 8, true);
    if (flags & 1) throw new CorpusError('the Word file is encrypted (password-protected); save an unprotected copy');
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) {
      throw new CorpusError('the Word file is a zip bomb (a ZIP64 entry, far larger unpacked than any document)');
    }
    total += size;
    if (total > maxUnzippedBytes) {
      throw new CorpusError(
        `the Word file is a zip bomb: it would unpack to over ${formatBytes(total)} (at most ${formatBytes(maxUnzippedBytes)})`,
      );
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}

export interface DocxText {
  /** The document's text: paragraphs separated by blank lines, headings as `# ` lines. */
  text: string;
}

/** A Word file saved with a password is an OLE (CFB) container, not a zip. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function extractDocx(bytes: Uint8Array, maxBytes: number): Promise<DocxText> {
  if (bytes.length > maxBytes) throw new CorpusError(tooLargeReason(bytes.length, maxBytes));
  if (bytes.length === 0) throw new CorpusError('the file is empty');
  if (CFB.every((b, i) => bytes[i] === b)) {
    throw new CorpusError(
      'the Word file is encrypted (password-protected) or an old .doc; save an unprotected .docx and add that',
    );
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new CorpusError(BROKEN);
  checkZip(bytes, maxBytes * MAX_UNZIPPED_RATIO);

  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) });
    html = result.value;
  } catch {
    throw new CorpusError(BROKEN);
  }
  const text = htmlToBlocks(html);
  if (text.trim() === '') throw new CorpusError('the Word file has no text to quote');
  return { text };
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

/** mammoth's simple HTML (p, h1-h6, li, table cells, a, strong, em) as blocks of text; headings as `# `. */
function htmlToBlocks(html: string): string {
  const blocks: string[] = [];
  const re = /<(h[1-6]|p|li|td|th)\b[^>]*>([\s\S]*?)<\/\1>/g;
  for (const match of html.matchAll(re)) {
    const tag = match[1]!;
    const inner = match[2]!
      .replace(/<br\s*\/?>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ENTITIES[e] ?? '')
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .trim();
    if (!inner) continue;
    blocks.push(tag.startsWith('h') ? `${'#'.repeat(Number(tag[1]))} ${inner.replace(/\n/g, ' ')}` : inner);
  }
  return blocks.join('\n\n');
}
