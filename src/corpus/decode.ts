/**
 * Bytes -> the canonical text of a file. Everything later (passages, excerpts) is a substring of what this
 * returns, so it changes as little as possible: BOM removed, line endings made LF, nothing else.
 */
import { CorpusError } from './errors.js';

/** Known binary formats, so the reason can say what the file actually is. */
const MAGIC: ReadonlyArray<{ bytes: ReadonlyArray<number | null>; what: string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or a Word/Excel/EPUB file)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'a ZIP archive' },
  { bytes: [0x50, 0x4b, 0x07, 0x08], what: 'a ZIP archive' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38, null, 0x61], what: 'a GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50], what: 'a WebP image' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF executable)' },
  { bytes: [0x4d, 0x5a, 0x90, 0x00], what: 'a Windows program' },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], what: 'a macOS program' },
  { bytes: [0xca, 0xfe, 0xba, 0xbe], what: 'a compiled program' },
  { bytes: [0x00, 0x61, 0x73, 0x6d], what: 'a WebAssembly module' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: 'a RAR archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz archive' },
  { bytes: [0x42, 0x5a, 0x68, null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59], what: 'a bzip2 archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Office document (.doc/.xls)' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], what: 'an SQLite database' },
  { bytes: [0x49, 0x44, 0x33], what: 'an MP3 audio file' },
  { bytes: [0x4f, 0x67, 0x67, 0x53], what: 'an Ogg media file' },
  { bytes: [null, null, null, null, 0x66, 0x74, 0x79, 0x70], what: 'a video or audio file (MP4/MOV)' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
];

/** Above this share of control characters a "text" file is really binary. */
const MAX_CONTROL_SHARE = 0.02;

/** "2.5 MB", "900 KB", "12 bytes": sizes as people read them. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

export function tooLargeReason(size: number, maxBytes: number): string {
  return `the file is too large (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)})`;
}

function startsWith(bytes: Uint8Array, pattern: ReadonlyArray<number | null>): boolean {
  if (bytes.length < pattern.length) return false;
  return pattern.every((b, i) => b === null || bytes[i] === b);
}

function sniffBinary(bytes: Uint8Array): string | undefined {
  return MAGIC.find((m) => startsWith(bytes, m.bytes))?.what;
}

/** UTF-16 saved without a BOM shows up as text with every other byte zero. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  return (evenZeros > half * 0.4 && oddZeros === 0) || (oddZeros > half * 0.4 && evenZeros === 0);
}

function decodeWith(encoding: string, bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CorpusError(`the file is not valid ${what} text`);
  }
}

/** Control characters other than tab, newline, carriage return and form feed. */
function controlShare(text: string): number {
  const matches = text.match(/[\x00-\x08\x0b\x0e-\x1f\x7f]/g);
  return matches ? matches.length / text.length : 0;
}

/**
 * Decodes a corpus file. Throws CorpusError (message safe to show) when the bytes are not usable text.
 * UTF-8 (BOM optional) or UTF-16 with a BOM; CRLF and lone CR become LF.
 */
export function decodeText(bytes: Uint8Array, maxBytes: number): string {
  if (bytes.length > maxBytes) throw new CorpusError(tooLargeReason(bytes.length, maxBytes));
  if (bytes.length === 0) throw new CorpusError('the file is empty');

  const binary = sniffBinary(bytes);
  if (binary) throw new CorpusError(`the file looks like ${binary}, not text`);

  let text: string;
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new CorpusError('the file is UTF-32 text, which is not supported; save it as UTF-8');
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    // TextDecoder drops the BOM itself (ignoreBOM: false).
    text = decodeWith('utf-16le', bytes, 'UTF-16');
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    text = decodeWith('utf-16be', bytes, 'UTF-16');
  } else {
    if (bytes.includes(0)) {
      if (looksLikeBomlessUtf16(bytes)) {
        throw new CorpusError('the file looks like UTF-16 text without a byte order mark; save it as UTF-8');
      }
      throw new CorpusError('the file contains NUL bytes; it looks like a binary file, not text');
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new CorpusError('the file is not valid UTF-8 text; save it as UTF-8');
    }
  }

  if (text.trim() === '') throw new CorpusError('the file has no text (only whitespace)');
  if (text.includes('\0') || controlShare(text) > MAX_CONTROL_SHARE) {
    throw new CorpusError('the file is full of control characters; it looks like a binary file, not text');
  }
  return text.replace(/\r\n?/g, '\n');
}
