/**
 * Term ids (see `analyzeIds`), each with the offsets of the word part it came from, in typed arrays that grow
 * and are kept from text to text: the index build reads every passage through one of these. A JS array
 * emptied with `length = 0` drops its storage, so refilling one per passage made most of the build's garbage.
 */
export class TermIdList {
  /** The ids, `length` of them. */
  ids = new Int32Array(1024);
  /** Per id, where its word part starts and ends in the text: [start, end, start, end, ...]. */
  offsets = new Int32Array(2048);
  length = 0;

  /** Empties the list, keeping its room. */
  clear(): void {
    this.length = 0;
  }

  push(id: number, start: number, end: number): void {
    if (this.length === this.ids.length) this.grow();
    const at = this.length++;
    this.ids[at] = id;
    this.offsets[at * 2] = start;
    this.offsets[at * 2 + 1] = end;
  }

  /** Pushes an id alone (its offsets are not written). */
  pushId(id: number): void {
    if (this.length === this.ids.length) this.grow();
    this.ids[this.length++] = id;
  }

  /** The ids as an array view (valid until the list grows). */
  idView(): Int32Array {
    return this.ids.subarray(0, this.length);
  }

  private grow(): void {
    const ids = new Int32Array(this.ids.length * 2);
    ids.set(this.ids);
    const offsets = new Int32Array(this.offsets.length * 2);
    offsets.set(this.offsets);
    this.ids = ids;
    this.offsets = offsets;
  }
}
