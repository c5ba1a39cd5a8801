import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/corpus/decode.js';
import { CorpusError } from '../../src/corpus/errors.js';

const MAX = 10_000;
const utf8 = (text: string) => new TextEncoder().encode(text);

function reason(bytes: Uint8Array, max = MAX): string {
  try {
    decodeText(bytes, max);
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return (error as Error).message;
  }
  throw new Error('expected a CorpusError');
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = littleEndian ? code & 0xff : code >> 8;
    out[3 + i * 2] = littleEndian ? code >> 8 : code & 0xff;
  }
  return out;
}

describe('decodeText', () => {
  it('returns UTF-8 text unchanged apart from line endings', () => {
    const text = '  Café “quoted” — ok\ttab\n\nSecond ✓ 😀  \n';
    expect(decodeText(utf8(text), MAX)).toBe(text);
  });

  it('strips a UTF-8 BOM and turns CRLF and lone CR into LF', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Title\r\n\r\nBody line\rnext\n')]);
    expect(decodeText(bytes, MAX)).toBe('Title\n\nBody line\nnext\n');
  });

  it('decodes UTF-16 with a BOM, both byte orders', () => {
    expect(decodeText(utf16('Héllo\r\nworld', true), MAX)).toBe('Héllo\nworld');
    expect(decodeText(utf16('Héllo\r\nworld', false), MAX)).toBe('Héllo\nworld');
  });

  it('rejects empty and whitespace-only files', () => {
    expect(reason(new Uint8Array())).toMatch(/empty/);
    expect(reason(utf8(' \n\t\r\n  '))).toMatch(/only whitespace/);
    expect(reason(new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a]))).toMatch(/only whitespace/);
  });

  it('rejects files over the limit, saying both sizes', () => {
    expect(reason(utf8('x'.repeat(3000)), 2048)).toBe('the file is too large (3 KB; the limit is 2 KB)');
  });

  it('names common binary formats', () => {
    expect(reason(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatch(
      /looks like a ZIP archive.*not text/,
    );
    expect(reason(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toMatch(
      /PNG image/,
    );
    expect(reason(utf8('%PDF-1.7\n...'))).toMatch(/PDF document/);
    expect(reason(new Uint8Array([0x1f, 0x8b, 8, 0]))).toMatch(/gzip/);
    expect(reason(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toMatch(/JPEG/);
    expect(reason(utf8('GIF89a....'))).toMatch(/GIF/);
    expect(reason(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1]))).toMatch(/ELF/);
  });

  it('rejects NUL bytes and control-character soup as binary', () => {
    expect(reason(new Uint8Array([0x41, 0x42, 0x00, 0x43, 0x44]))).toMatch(/NUL bytes/);
    const soup = Array.from({ length: 200 }, (_, i) => (i % 5 === 0 ? 0x01 : 0x61));
    expect(reason(new Uint8Array(soup))).toMatch(/control characters/);
  });

  it('recognises UTF-16 without a BOM', () => {
    const bytes = utf16('Hello there, this is text', true).slice(2);
    expect(reason(bytes)).toMatch(/UTF-16 text without a byte order mark/);
  });

  it('rejects invalid UTF-8 with a hint', () => {
    const latin1 = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' au lait')]);
    expect(reason(latin1)).toBe('the file is not valid UTF-8 text; save it as UTF-8');
  });
});
