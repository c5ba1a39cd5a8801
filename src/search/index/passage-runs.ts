/**
 * A snapshot's passages as runs, one per article: `<file>#1` .. `<file>#<count>` (as `passagesOf` numbers
 * them), numbered in snapshot order. It is what the index's document tables read of them (each passage's id
 * and scope), held per article: at 1M passages, making a Passage object and an id string for each at start, and
 * then collecting them, was half of the start.
 */
export class PassageRuns {
  /** Per run: its file. */
  private readonly files: string[] = [];
  /** Per run: the place of its scope in `scopes`. */
  private readonly scopeOfRun: number[] = [];
  /** The scopes met, each once. */
  private readonly scopes: string[] = [];
  /** Per run: the number of its first passage (and, last, the number of passages). */
  private starts = new Uint32Array(16);
  private runCount = 0;
  /**
   * Per passage: its id once asked for, kept (answering asks for the same passages' ids again and again, some
   * lookups for every passage of a term).
   */
  private ids: Array<string | undefined> | undefined;
  /** Per passage: its run (made when first needed, and again after runs are added). */
  private runOfPassage: Uint32Array | undefined;

  /** The runs of the lists, one after the other. */
  static join(lists: readonly PassageRuns[]): PassageRuns {
    const joined = new PassageRuns();
    for (const list of lists) list.forEachRun((file, scope, count) => joined.add(file, scope, count));
    return joined;
  }

  /** Adds the run of a file's passages, `count` of them in `scope`. */
  add(file: string, scope: string, count: number): void {
    if (this.runCount + 1 >= this.starts.length) {
      const larger = new Uint32Array(this.starts.length * 2);
      larger.set(this.starts);
      this.starts = larger;
    }
    let scopeNumber = this.scopes.indexOf(scope);
    if (scopeNumber < 0) scopeNumber = this.scopes.push(scope) - 1;
    this.files.push(file);
    this.scopeOfRun.push(scopeNumber);
    this.starts[this.runCount + 1] = this.starts[this.runCount]! + count;
    this.runCount++;
    this.runOfPassage = undefined;
  }

  /** How many passages. */
  get length(): number {
    return this.starts[this.runCount]!;
  }

  /** The id of passage `n` (0 .. length - 1). */
  idOf(n: number): string {
    let ids = this.ids;
    if (ids?.length !== this.length)
      ids = this.ids = new Array<string | undefined>(this.length).fill(undefined);
    let id = ids[n];
    if (id === undefined) {
      const run = this.runOf(n);
      ids[n] = id = `${this.files[run]!}#${n - this.starts[run]! + 1}`;
    }
    return id;
  }

  /** The scope of passage `n`. */
  scopeOf(n: number): string {
    return this.scopes[this.scopeOfRun[this.runOf(n)]!]!;
  }

  /** Calls `visit` with each run: its file, scope, passage count and first passage's number. */
  forEachRun(visit: (file: string, scope: string, count: number, first: number) => void): void {
    for (let run = 0; run < this.runCount; run++) {
      const first = this.starts[run]!;
      visit(this.files[run]!, this.scopes[this.scopeOfRun[run]!]!, this.starts[run + 1]! - first, first);
    }
  }

  private runOf(n: number): number {
    if (!(n >= 0 && n < this.length)) throw new RangeError(`no passage ${n} of ${this.length}`);
    if (!this.runOfPassage) {
      const runs = new Uint32Array(this.length);
      for (let run = 0; run < this.runCount; run++) runs.fill(run, this.starts[run]!, this.starts[run + 1]!);
      this.runOfPassage = runs;
    }
    return this.runOfPassage[n]!;
  }
}
