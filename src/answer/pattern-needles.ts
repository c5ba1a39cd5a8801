/**
 * A cheap test before a regular expression that cannot match: the literal pieces a pattern's every match
 * needs in the text ("hit" for "the islamabad hit", one of "articles"/"texts"/... for the words about the
 * articles), read off its source once, then looked for with `includes` in the lower-cased text. Most of the
 * reading stages' ~200 patterns find nothing in a question, and a pattern that opens with `\b` under the `iu`
 * flags costs ~0.5 µs a call however plain the text (V8 reads that `\b` as lookarounds, which turns off its
 * scan for the first letter), where a few `includes` cost ~30 ns. The patterns themselves are unchanged: a
 * pattern is skipped only where it could not have matched.
 *
 * Sound for any flags but `v` (a source not understood gives no needles): under `i`, only "\u017f" (long s)
 * and "\u212a" (Kelvin sign) match an ASCII letter they do not lower-case to, and "\u212a" lower-cases to
 * "k"; a text holding "\u017f" is never skipped.
 */

/** How likely a needle of so many letters is to be found in a question (index: length, capped). */
const FOUND_RATE = [1, 0.9, 0.5, 0.15, 0.05, 0.02];
/** The cost of one `includes`, as a share of one run of a pattern that finds nothing. */
const CHECK_COST = 0.03;

/** A pattern's needles, or null when its source tells none worth testing for. */
const needlesByPattern = new WeakMap<RegExp, readonly string[] | null>();

/**
 * Lower-cased literal text, one piece of which every match of the pattern (its lookarounds included) needs
 * in the text searched; undefined when the source gives none that would skip the pattern often enough to pay.
 */
export function patternNeedles(pattern: RegExp): readonly string[] | undefined {
  let needles = needlesByPattern.get(pattern);
  if (needles === undefined) {
    needles = worthTesting(needlesOfSource(pattern.source, pattern.flags));
    needlesByPattern.set(pattern, needles);
  }
  return needles ?? undefined;
}

/** False only when the pattern cannot match anywhere in the text. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const needles = patternNeedles(pattern);
  if (needles === undefined) return true;
  const lower = lowerCased(text);
  if (lastLongS) return true;
  for (const needle of needles) if (lower.includes(needle)) return true;
  return false;
}

/** `text.replace(pattern, replacement)`, not run where the pattern cannot match (the text is returned). */
export function replaceWhereFound(text: string, pattern: RegExp, replacement: string): string;
export function replaceWhereFound(
  text: string,
  pattern: RegExp,
  replacement: (match: string, ...groups: string[]) => string,
): string;
export function replaceWhereFound(
  text: string,
  pattern: RegExp,
  replacement: string | ((match: string, ...groups: string[]) => string),
): string {
  if (!mayMatch(pattern, text)) return failed(pattern, text);
  return text.replace(pattern, replacement as string);
}

/** `pattern.test(text)`, not run where the pattern cannot match. */
export function testWhereFound(pattern: RegExp, text: string): boolean {
  if (!mayMatch(pattern, text)) return failed(pattern, false);
  return pattern.test(text);
}

/**
 * A fixed list of patterns run in turn over one text (shorthand's 224 plain readings), their needles kept side
 * by side in flat arrays: a pattern is skipped without its needles' strings being read where the text lacks the
 * first two letters of each (a map of the text's letter pairs, read once per text). In an answer these lists are
 * seldom in cache, and a lookup of each pattern's needles and a walk over their strings cost more than the runs.
 */
export class PatternList {
  /** Needles of pattern i: `needles[start[i] .. end[i]]`; `start[i] = -1`: none known, always run. */
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  private readonly needles: string[] = [];
  /** Each needle's first two letters as a bit of the pair map (-1 for a one-letter needle). */
  private readonly pairs: Int32Array;

  constructor(readonly patterns: readonly RegExp[]) {
    this.start = new Int32Array(patterns.length);
    this.end = new Int32Array(patterns.length);
    patterns.forEach((pattern, i) => {
      const needles = patternNeedles(pattern);
      this.start[i] = needles === undefined ? -1 : this.needles.length;
      if (needles) this.needles.push(...needles);
      this.end[i] = this.needles.length;
    });
    this.pairs = Int32Array.from(this.needles, (needle) => (needle.length < 2 ? -1 : pairBit(needle, 0)));
  }

  /** `replaceWhereFound(text, patterns[i], replacement)`. */
  replace(i: number, text: string, replacement: string): string {
    const pattern = this.patterns[i]!;
    return this.mayMatch(i, text) ? text.replace(pattern, replacement) : failed(pattern, text);
  }

  /** False only when pattern i cannot match anywhere in the text. */
  private mayMatch(i: number, text: string): boolean {
    const start = this.start[i]!;
    if (start < 0) return true;
    const lower = lowerCased(text);
    if (lastLongS) return true;
    for (let k = start; k < this.end[i]!; k++) {
      if (holdsPair(this.pairs[k]!) && lower.includes(this.needles[k]!)) return true;
    }
    return false;
  }
}

/**
 * The pairs of neighbouring characters of the last text lower-cased, as bits of a small hash (two pairs may
 * share a bit: a needle is then tested, never skipped wrongly); read when a list first asks.
 */
const PAIR_BITS = 2048;
const pairMap = new Int32Array(PAIR_BITS / 32);
let pairsRead = false;

function pairBit(text: string, at: number): number {
  return ((text.charCodeAt(at) << 5) ^ text.charCodeAt(at + 1)) & (PAIR_BITS - 1);
}

function holdsPair(bit: number): boolean {
  if (bit < 0) return true;
  if (!pairsRead) {
    pairMap.fill(0);
    for (let at = 0; at + 1 < lastLower.length; at++) {
      const pair = pairBit(lastLower, at);
      pairMap[pair >>> 5] = pairMap[pair >>> 5]! | (1 << (pair & 31));
    }
    pairsRead = true;
  }
  return (pairMap[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** What a run that found nothing leaves: a global or sticky pattern's `lastIndex` back at 0, as the run would. */
function failed<T>(pattern: RegExp, result: T): T {
  if (pattern.global || pattern.sticky) pattern.lastIndex = 0;
  return result;
}

/** The last text lower-cased: a chain of patterns tests one text many times. */
let lastText = '';
let lastLower = '';
/** Whether the last text holds a long s (under `iu` it matches "s": nothing is skipped). */
let lastLongS = false;

function lowerCased(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
    lastLongS = lastLower.includes('\u017f');
    pairsRead = false;
  }
  return lastLower;
}

/** The needles, when testing for them skips the pattern often enough to pay for the tests. */
function worthTesting(needles: Set<string> | null): readonly string[] | null {
  if (needles === null || cost(needles) >= 1) return null;
  return [...needles];
}

/** Expected cost of a test for these needles plus the pattern's runs it lets through (one run: 1). */
function cost(needles: ReadonlySet<string>): number {
  let found = 0;
  for (const needle of needles) found += FOUND_RATE[Math.min(needle.length, FOUND_RATE.length - 1)]!;
  return Math.min(found, 1) + CHECK_COST * needles.size;
}

/** The cheaper of two needle sets, either of which every match needs. */
function cheaper(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (a === null) return b;
  if (b === null) return a;
  return cost(b) < cost(a) ? b : a;
}

/** A source the reader does not understand. */
class Unread extends Error {}

function needlesOfSource(source: string, flags: string): Set<string> | null {
  if (flags.includes('v')) return null;
  try {
    const reader = new SourceReader(source);
    const needles = reader.disjunction();
    return reader.at === source.length ? needles : null;
  } catch (error) {
    if (error instanceof Unread) return null;
    throw error;
  }
}

/** What one atom of a pattern is, as far as needles go. */
type Atom =
  | { kind: 'char'; char: string }
  /** A group: the needles one of which its every match holds (null: none known); `optional`: a match may skip it. */
  | { kind: 'group'; needles: Set<string> | null }
  /** Anything else: a class, an escape for a kind of character, an assertion, a back reference. */
  | { kind: 'other' };

/**
 * Reads a pattern's source, each part giving a set of needles one of which all its matches hold, or null:
 * a sequence the cheapest of its parts' (a run of literal characters is one needle), an alternation the
 * union of its branches' (none when a branch has none), a part that may be left out or only looked past
 * (`?`, `*`, `{0,`, a negative lookaround) none.
 */
class SourceReader {
  at = 0;

  constructor(private readonly source: string) {}

  disjunction(): Set<string> | null {
    const branches = [this.alternative()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.alternative());
    }
    const union = new Set<string>();
    for (const branch of branches) {
      if (branch === null) return null;
      for (const needle of branch) union.add(needle);
    }
    return union;
  }

  private alternative(): Set<string> | null {
    let best: Set<string> | null = null;
    let run = '';
    const endRun = () => {
      if (run !== '') best = cheaper(best, new Set([run]));
      run = '';
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const min = this.quantifierMin();
      if (atom.kind === 'char' && min === undefined) {
        run += atom.char;
        continue;
      }
      if (atom.kind === 'char' && min !== undefined && min >= 1) {
        // "ab+": the first "b" follows "a"; what comes after follows the last, so the run ends here.
        run += atom.char;
        endRun();
        continue;
      }
      endRun();
      if (atom.kind === 'group' && (min === undefined || min >= 1)) best = cheaper(best, atom.needles);
    }
    endRun();
    return best;
  }

  /** The least number of times the atom just read repeats, or undefined when no quantifier follows it. */
  private quantifierMin(): number | undefined {
    const c = this.source[this.at];
    let min: number | undefined;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const bounds = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.at));
      if (!bounds) throw new Unread();
      min = Number(bounds[1]);
      this.at += bounds[0].length - 1;
    } else return undefined;
    this.at++;
    if (this.source[this.at] === '?') this.at++;
    return min;
  }

  private atom(): Atom {
    const c = this.source[this.at]!;
    if (c === '(') return this.group();
    if (c === '[') {
      this.skipClass();
      return { kind: 'other' };
    }
    if (c === '\\') return this.escape();
    if ('*+?{}]'.includes(c)) throw new Unread();
    this.at++;
    if (c === '.' || c === '^' || c === '$') return { kind: 'other' };
    return literal(c);
  }

  private group(): Atom {
    this.at++;
    let positive = true;
    if (this.source[this.at] === '?') {
      const head = this.source.slice(this.at, this.at + 3);
      if (head.startsWith('?:') || head.startsWith('?=')) this.at += 2;
      else if (head.startsWith('?!')) {
        positive = false;
        this.at += 2;
      } else if (head === '?<=') this.at += 3;
      else if (head === '?<!') {
        positive = false;
        this.at += 3;
      } else if (head.startsWith('?<')) {
        const close = this.source.indexOf('>', this.at);
        if (close < 0) throw new Unread();
        this.at = close + 1;
      } else throw new Unread();
    }
    const needles = this.disjunction();
    if (this.source[this.at] !== ')') throw new Unread();
    this.at++;
    return { kind: 'group', needles: positive ? needles : null };
  }

  private skipClass(): void {
    this.at++;
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      if (this.source[this.at] === '\\') this.at++;
      this.at++;
    }
    if (this.at >= this.source.length) throw new Unread();
    this.at++;
  }

  private escape(): Atom {
    const c = this.source[this.at + 1];
    if (c === undefined) throw new Unread();
    this.at += 2;
    if (c === 'u' || c === 'x') {
      const code = /^(?:\{([0-9a-f]+)\}|([0-9a-f]{4}))/i.exec(this.source.slice(this.at));
      const hex =
        c === 'x' ? /^[0-9a-f]{2}/i.exec(this.source.slice(this.at))?.[0] : (code?.[1] ?? code?.[2]);
      if (hex === undefined) throw new Unread();
      this.at += c === 'x' ? 2 : code![0].length;
      return literal(String.fromCodePoint(parseInt(hex, 16)));
    }
    if (c === 'p' || c === 'P') {
      const close = this.source.indexOf('}', this.at);
      if (this.source[this.at] !== '{' || close < 0) throw new Unread();
      this.at = close + 1;
      return { kind: 'other' };
    }
    if (c === 'k') {
      const close = this.source.indexOf('>', this.at);
      if (close < 0) throw new Unread();
      this.at = close + 1;
      return { kind: 'other' };
    }
    if (c === 'c') {
      this.at++;
      return { kind: 'other' };
    }
    // Classes of characters, assertions, back references, control characters.
    if (/[\dbBdDwWsStnrvf]/.test(c)) return { kind: 'other' };
    // An escaped character stands for itself ("\.", "\/", "\-").
    return literal(c);
  }
}

/** A literal character: a needle's part when it is ASCII (lower-cased), otherwise none. */
function literal(char: string): Atom {
  return char.length === 1 && char.charCodeAt(0) < 0x80
    ? { kind: 'char', char: char.toLowerCase() }
    : { kind: 'other' };
}
