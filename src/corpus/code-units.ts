/**
 * A string's UTF-16 code units copied into a Uint16Array kept from call to call: the analyzer's scan
 * (search/word-parts.ts), its word cache and the sentence splitter (sentence-breaks.ts) read a text's characters from here. Reading a typed array costs about
 * half what `charCodeAt` does in those loops (no check of the string's kind at every character), and the copy
 * is one native call.
 */

/** Is this machine little-endian (as Buffer's 'utf16le' writes and a Uint16Array reads)? */
const LITTLE_ENDIAN = new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1;

export class CodeUnits {
  /** The units of the last text loaded, then two 0s (no letter, so a scan needs no bounds check past the end). */
  array = new Uint16Array(1 << 12);
  private bytes = Buffer.from(this.array.buffer);

  /** Copies `text` in; its units are `array[0 .. text.length)`. */
  load(text: string): Uint16Array {
    const length = text.length;
    if (length + 2 > this.array.length) {
      this.array = new Uint16Array(Math.max(length + 2, this.array.length * 2));
      this.bytes = Buffer.from(this.array.buffer);
    }
    const { array } = this;
    if (LITTLE_ENDIAN) this.bytes.write(text, 0, 'utf16le');
    else for (let i = 0; i < length; i++) array[i] = text.charCodeAt(i);
    array[length] = 0;
    array[length + 1] = 0;
    return array;
  }
}
