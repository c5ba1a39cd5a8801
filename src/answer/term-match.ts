/**
 * Matching a question's terms in a text: exactly (the term, or an alias), or softly by meaning, through the
 * word vectors ("died" ~ "killed", squared cosine) or a WordNet synonym the vectors place apart ("hurt" ~
 * "wounded"). Names match softly only through their near-spellings in the corpus.
 */
import { termOf } from '../search/analyzer.js';
import { conceptSynonyms, synonymCounts } from '../search/synonyms/concepts.js';
import { contrasting, inContrastSet } from '../search/contrast-sets.js';
import { sameWordForms } from '../search/word-forms.js';
import type { ReadSentence } from './passage-reader.js';
import { coverTerms } from './coverage.js';
import { PLAN_SETTINGS, type QueryPlan } from './query-plan.js';
import type { Relatedness } from './relatedness.js';
import { type RowCosines, RowCosinesByWord } from './row-cosines.js';
import { firstSynonymIn, softWord, type SoftWord } from './soft-term-memo.js';
import { WrittenWords } from './written-words.js';

export const MATCH_SETTINGS = {
  /** A soft match counts its squared cosine times this: a related word is weaker evidence than the word. */
  softMatchWeight: 1,
  /** Least cosine for a soft match: below it words are merely on the same topic. */
  minSoftCosine: 0.6,
  /**
   * Words commoner than this (rank in English) match only exactly or through their WordNet synonyms: the
   * vectors of "want", "say" or "make" sit near dozens of others ("want" ~ "hoping" 0.78), so their nearest
   * word in any sentence scores high. @example 250 rather than 500 ("died" is the 263rd): chat set 111 -> 113,
   * SQuAD excerpt +0.009 (1,000). Their synonyms kept (session 8: "hit" ~ "strike"; not for a role asked
   * about, "who leads"): chat set 451 -> 455 of 546, SQuAD all 10,570 8,147 -> 8,155, WikiQA tune no-answer
   * quoted 96 -> 98 of 191.
   */
  minSoftRank: 250,
  /**
   * Match strength of a WordNet synonym (first two senses) that the vectors place apart ("hurt" ~ "wounded"
   * 0.48): as a soft match of cosine 0.7. @example chat set +1, SQuAD tune sample excerpt +0.006.
   */
  synonymStrength: 0.5,
  /**
   * Least cosine for a WordNet synonym to count: "die" ~ "dice" is a synonym only in a rare sense.
   * @example session 12, 0.25 rather than 0.3 ("branch" ~ "offshoot" 0.297): chat set 652 -> 653, session-12
   * held-out dev questions 43 -> 44 of 65; WikiQA tune half and SQuAD sample unchanged (0.2: the same).
   */
  minSynonymCosine: 0.25,
  /**
   * Match strength of a word of a hand-written concept group (concepts.ts: "want" ~ "goal"): chosen word by
   * word, so surer than a WordNet sense; as a phrase's synonym (`phraseStrength`). @example 0.8 rather than
   * 0.5: chat set 912 -> 913 (0.7: the same); WikiQA tune and SQuAD sample unchanged.
   */
  conceptStrength: 0.8,
  /**
   * Match strength of a word that shares only its stem with the question's ("capitalized" for "capital",
   * see word-forms.ts): a related word, not the word asked for.
   */
  derivedStrength: 0.7,
} as const;

export { WORD } from './written-words.js';

/** A sentence's words lower-cased as written (see written-words.ts), kept with the sentence once asked. */
export function writtenWords(sentence: ReadSentence): WrittenWords {
  sentence.words ??= new WrittenWords(sentence.text);
  return sentence.words;
}

/** How well each of the question's own terms is matched in a text: 1 exactly, less for a related word. */
export type Matches = Map<string, number>;

/**
 * A sentence matched softly too: the corpus terms that stood in for question words are added to `found`, made
 * when the first is found (most sentences find none, and a Set each was a tenth of what sentence scoring made).
 */
export interface SoftScan {
  sentence: ReadSentence;
  found?: Set<string>;
  present?: readonly string[];
}

// Loops, not find/some with an arrow: those made a closure for every sentence and soft word.

/** The first of `terms` (in order) that the text holds. */
function firstIn(terms: readonly string[], textTerms: ReadonlySet<string>): string | undefined {
  for (const term of terms) if (textTerms.has(term)) return term;
  return undefined;
}

/** The first near-spelling (in order) that the text holds. */
function firstNearIn<T extends { term: string }>(
  near: readonly T[],
  textTerms: ReadonlySet<string>,
): T | undefined {
  for (const each of near) if (textTerms.has(each.term)) return each;
  return undefined;
}

/** Whether the text writes one of the words. */
function writesAny(words: WrittenWords, asked: readonly string[]): boolean {
  for (const word of asked) if (words.has(word)) return true;
  return false;
}

/** Adds a corpus term that stood in for a question word to the scan's `found`. */
function foundIn(soft: SoftScan, term: string): void {
  (soft.found ??= new Set()).add(term);
}

/**
 * Each own term's match in a set of text terms: exact (1), through an alias (1), or soft (cosine-based).
 * For a sentence, `present`: the plan's terms its passage holds, in the plan's order, the only ones it can
 * hold exactly (fewer lookups), and not looked for by meaning (the sentence that says the word wins anyway).
 */
export function matchTerms(plan: QueryPlan, textTerms: ReadonlySet<string>, soft?: SoftScan): Matches {
  return matchInto(plan, textTerms, soft, new Map());
}

/** Matches no sentence holds: never written to (`matchSentence` gives it for a sentence matching nothing). */
export const NO_MATCHES: Matches = new Map();

/** A map `matchSentence` made that stayed empty, for its next call. */
let spare: Matches | undefined;

/**
 * `matchTerms` of a sentence, `NO_MATCHES` when it matches nothing, which about half the sentences scored do:
 * their map is kept for the next sentence instead of being left for the collector (a map each was the largest
 * part of sentence scoring's garbage). The caller must not write to what it is given when it is `NO_MATCHES`.
 */
export function matchSentence(plan: QueryPlan, soft: SoftScan): Matches {
  const empty = spare ?? new Map<string, number>();
  spare = undefined;
  const matches = matchInto(plan, soft.sentence.termSet, soft, empty);
  if (matches.size > 0) return matches;
  spare = matches;
  return NO_MATCHES;
}

function matchInto(
  plan: QueryPlan,
  textTerms: ReadonlySet<string>,
  soft: SoftScan | undefined,
  matches: Matches,
): Matches {
  coverTerms(plan, textTerms, matches, soft?.present);
  if (soft) weighDerivedWords(plan, soft.sentence, textTerms, matches);
  const relatedness = plan.relatedness;
  if (!relatedness || !soft) return matches;
  // Most questions hold no phrase: no iterator made per sentence.
  if (plan.phrases.size > 0) {
    for (const [term, list] of plan.phrases) {
      if (matches.has(term) || soft.present?.includes(term)) continue;
      // A word of a phrase ("set" of "set up") said by one of the phrase's synonyms ("established").
      const phrased = firstIn(list, textTerms);
      if (phrased) {
        matches.set(term, PLAN_SETTINGS.phraseStrength);
        foundIn(soft, phrased);
      }
    }
  }
  for (const own of softTermsOf(plan, relatedness)) {
    const term = own.term;
    if (matches.has(term) || soft.present?.includes(term)) continue;
    if (own.near) {
      // A name matches softly only through its near-spellings in the corpus ("pakistani" -> "pakistan").
      const near = firstNearIn(own.near, textTerms);
      if (near) {
        matches.set(term, softStrength(near.cosine));
        foundIn(soft, near.term);
      }
      continue;
    }
    // A sentence's terms are its list (term-views.ts): looked up in one pass when the word has many synonyms.
    const synonym =
      own.word && textTerms === soft.sentence.termSet
        ? firstSynonymIn(own.word, soft.sentence.terms)
        : firstIn(own.synonyms, textTerms);
    if (synonym) {
      matches.set(term, synonymStrength(term, synonym));
      foundIn(soft, synonym);
    }
    if (own.row < 0) continue;
    // By vector row, computed once per passage: hashing each term pair's strings cost a fifth of an answer.
    const ids = vectorRows(soft.sentence, relatedness);
    const from = soft.sentence.passage ? soft.sentence.termsAt : 0;
    const count = soft.sentence.terms.length;
    const cosines = sentenceCosines(own, ids, from, count, relatedness);
    let best = 0;
    let bestAt = -1;
    for (let i = 0; i < count; i++) {
      const cosine = cosines[i]!;
      if (cosine > best && !(own.contrasts && contrasting(term, soft.sentence.terms[i]!))) {
        best = cosine;
        bestAt = i;
      }
    }
    const bestTerm = soft.sentence.terms[bestAt] ?? '';
    if (softStrength(best) > (matches.get(term) ?? 0)) {
      matches.set(term, softStrength(best));
      foundIn(soft, bestTerm);
    }
  }
  return matches;
}

/** Per position of the sentence scanned: its cosine (-Infinity without a row); and rows not yet kept. */
let scanned = new Float64Array(64);
let newRows = new Int32Array(64);
let newAt = new Int32Array(64);
let newCosines = new Float64Array(64);

/**
 * A question word's cosine with each of a sentence's `count` words (rows `ids[from..]`), in a shared array
 * (read before the next call): those kept from before, then the new ones computed together (`cosinesById`:
 * their rows are fetched from memory at once, not each after the last: ~265 -> ~220 ns a new cosine at 2k
 * passages on a busy machine, ~400 new cosines a question).
 */
function sentenceCosines(
  own: SoftTerm,
  ids: Int32Array,
  from: number,
  count: number,
  relatedness: Relatedness,
): Float64Array {
  if (scanned.length < count) {
    scanned = new Float64Array(count * 2);
    newRows = new Int32Array(count * 2);
    newAt = new Int32Array(count * 2);
    newCosines = new Float64Array(count * 2);
  }
  const kept = own.cosines;
  let missing = 0;
  for (let i = 0; i < count; i++) {
    const row = ids[from + i]!;
    if (row < 0) {
      scanned[i] = -Infinity;
      continue;
    }
    const cosine = kept.get(row);
    scanned[i] = cosine;
    if (Number.isNaN(cosine)) {
      newRows[missing] = row;
      newAt[missing++] = i;
    }
  }
  if (missing === 0) return scanned;
  if (relatedness.cosinesById) relatedness.cosinesById(own.row, newRows, missing, newCosines);
  else for (let k = 0; k < missing; k++) newCosines[k] = relatedness.cosineById(own.row, newRows[k]!);
  for (let k = 0; k < missing; k++) {
    const cosine = newCosines[k]!;
    scanned[newAt[k]!] = cosine;
    // A row the sentence holds twice is new twice: kept once.
    if (Number.isNaN(kept.get(newRows[k]!))) kept.set(newRows[k]!, cosine);
  }
  return scanned;
}

/**
 * The vector rows (-1 without one) of a sentence's terms: its passage's, for all its sentences' terms one after
 * the other, from `termsAt` (one array per passage read, not one per sentence: typed arrays are large objects,
 * and a dozen new passages a question at 100k made them a fifth of what minor collections moved); or, for a
 * sentence not read with its passage, its own, from 0.
 */
function vectorRows(sentence: ReadSentence, relatedness: Relatedness): Int32Array {
  const read = sentence.passage;
  if (!read) return Int32Array.from(sentence.terms, (term) => relatedness.termId(term));
  if (!read.vectorRows) {
    let count = 0;
    for (const each of read.sentences) count += each.terms.length;
    const rows = new Int32Array(count);
    const numbered = read.numbered;
    // By the index's term numbers when the passage was read from it (the same terms, in the same order).
    if (numbered && relatedness.termIdsOf && numbered.numbers.length === count) {
      relatedness.termIdsOf(numbered, rows);
    } else {
      let at = 0;
      for (const each of read.sentences) for (const term of each.terms) rows[at++] = relatedness.termId(term);
    }
    read.vectorRows = rows;
    read.numbered = undefined;
  }
  return read.vectorRows;
}

/** What soft matching needs of one own term, found once per question. */
export interface SoftTerm {
  term: string;
  /** For a name: its near-spellings in the corpus, the only soft matches it takes (none: not listed). */
  near?: ReadonlyArray<{ term: string; cosine: number }>;
  /** Its row in the word vectors. */
  row: number;
  /**
   * Its WordNet synonyms, in order, that the vectors do not place far apart: "wounded" for "hurt" (0.48, too
   * far for a soft match), not "dice" for "die" (a synonym only in a rare sense).
   */
  synonyms: readonly string[];
  /** Its cosines with sentence words, by their rows: a question meets the same words in many sentences. */
  cosines: RowCosines;
  /** What is known of the word whatever the question (its synonyms indexed), for all but names. */
  word?: SoftWord;
  /** One of a closed set ("yellow", "monday"): its fellow members never match it (contrast-sets.ts). */
  contrasts: boolean;
}

/** Cosines kept across questions, per relatedness (an engine's vectors): see `RowCosinesByWord`. */
const cosinesByRelatedness = new WeakMap<Relatedness, RowCosinesByWord>();

function keptCosines(relatedness: Relatedness): RowCosinesByWord {
  let kept = cosinesByRelatedness.get(relatedness);
  if (!kept) {
    kept = new RowCosinesByWord();
    cosinesByRelatedness.set(relatedness, kept);
  }
  return kept;
}

/**
 * The plan's terms that soft matching looks for: those with a vector, and either a name with near-spellings
 * in the corpus or a word rarer than `minSoftRank` (commoner words match only exactly).
 */
function softTermsOf(plan: QueryPlan, relatedness: Relatedness): SoftTerm[] {
  // Kept on the plan: a WeakMap keyed by it cost a fifth of matching.
  if (plan.softTerms) return plan.softTerms;
  // Every entry has every field (one hidden class): the sentence loop reads them all.
  const list: SoftTerm[] = [];
  const kept = keptCosines(relatedness);
  // Kept tables are let go (when full) only here, before any of this question's is asked for.
  kept.beginQuestion();
  for (const term of plan.terms) {
    const word = softWord(relatedness, term, MATCH_SETTINGS.minSoftRank, MATCH_SETTINGS.minSynonymCosine);
    const { row, common, synonyms } = word;
    if (row < 0) continue;
    const cosines = kept.of(row);
    if (plan.specific.has(term)) {
      const near = plan.related.get(term);
      if (near) list.push({ term, near, row, synonyms: [], cosines, word: undefined, contrasts: false });
      continue;
    }
    // The role asked about ("who leads") must be said as itself: "conducted" is a sense of "lead", not a leader.
    if (common && term === plan.role) continue;
    // A common word matches only through its WordNet synonyms: its vector sits near dozens of words.
    list.push({
      term,
      near: undefined,
      row: common ? -1 : row,
      synonyms,
      cosines,
      word,
      contrasts: inContrastSet(term),
    });
  }
  plan.softTerms = list;
  return list;
}

/**
 * Lowers the strength of terms the sentence holds only as words derived from the question's ("ISKP has
 * capitalized on ..." for "what is the capital of ..."): same stem, another word.
 */
function weighDerivedWords(
  plan: QueryPlan,
  sentence: ReadSentence,
  textTerms: ReadonlySet<string>,
  matches: Matches,
): void {
  // Half the sentences match nothing exactly: no iterator made for them.
  if (matches.size === 0) return;
  for (const term of matches.keys()) {
    const asked = plan.surfaces.get(term);
    if (!asked || !textTerms.has(term)) continue; // matched through an alias
    const words = writtenWords(sentence);
    if (writesAny(words, asked)) continue;
    if (!writesAFormOf(words, term, asked)) matches.set(term, MATCH_SETTINGS.derivedStrength);
  }
}

/**
 * Terms of sentence words as written, remembered across questions: the same words come back in every
 * sentence read, and folding and stemming a word costs more than a lookup. Cleared when full.
 */
const writtenTerms = new Map<string, string | null>();
const WRITTEN_TERMS_LIMIT = 50_000;

function writtenTerm(word: string): string | null {
  let term = writtenTerms.get(word);
  if (term === undefined) {
    term = termOf(word);
    if (writtenTerms.size >= WRITTEN_TERMS_LIMIT) writtenTerms.clear();
    writtenTerms.set(word, term);
  }
  return term;
}

/** Does a word (or hyphen part) of the sentence with this term stand in a form of one of the asked words? */
function writesAFormOf(words: WrittenWords, term: string, asked: readonly string[]): boolean {
  return words.somePartWithTerm(term, (part) => asked.some((own) => sameWordForms(own, part)), writtenTerm);
}

/** Share of the question's weight its matches carry (0..1). */
export function matchedShare(plan: QueryPlan, matches: Matches): number {
  if (plan.totalWeight === 0) return 0;
  // forEach, not for-of: no [term, strength] pair made per entry (asked of every sentence); through a function
  // made once, not a closure made per call.
  sharing.weights = plan.weights;
  sharing.sum = 0;
  matches.forEach(addShare);
  return sharing.sum / plan.totalWeight;
}

/** `matchedShare`'s sum in progress (no call inside it sums another). */
const sharing: { weights: ReadonlyMap<string, number>; sum: number } = { weights: new Map(), sum: 0 };

function addShare(strength: number, term: string): void {
  sharing.sum += (sharing.weights.get(term) ?? 0) * strength;
}

/** How well a text term stands for a question term: 1 itself or an alias, else its soft-match strength. */
export function meaningMatch(plan: QueryPlan, questionTerm: string, textTerm: string): number {
  if (questionTerm === textTerm) return 1;
  if (plan.aliases.some((a) => a.acronym === textTerm && a.longForm.includes(questionTerm))) return 1;
  const relatedness = plan.relatedness;
  if (!relatedness) return 0;
  const cosine = relatedness.cosine(questionTerm, textTerm);
  const synonym =
    synonymCounts(questionTerm, textTerm, cosine, MATCH_SETTINGS.minSynonymCosine) &&
    relatedness.synonyms(questionTerm).includes(textTerm);
  return synonym
    ? Math.max(softStrength(cosine), synonymStrength(questionTerm, textTerm))
    : softStrength(cosine);
}

/** A synonym's match strength: a hand-written concept group's word surer than a WordNet sense's. */
function synonymStrength(term: string, synonym: string): number {
  return conceptSynonyms(term).includes(synonym)
    ? MATCH_SETTINGS.conceptStrength
    : MATCH_SETTINGS.synonymStrength;
}

/**
 * A soft match's strength from its cosine: 0 below `minSoftCosine`, else the cosine squared, so
 * near-synonyms (injured/wounded 0.84 -> 0.70) stay well above mere relatives (injured/killed 0.72 -> 0.51).
 */
function softStrength(cosine: number): number {
  return cosine >= MATCH_SETTINGS.minSoftCosine ? MATCH_SETTINGS.softMatchWeight * cosine * cosine : 0;
}
