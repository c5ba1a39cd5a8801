/**
 * A question turned into what search and sentence scoring need: its terms, how rare each is (so rare
 * words count more than common ones), the aliases that apply, and the type of answer it wants.
 */
import type { Alias, AliasBook } from '../search/aliases.js';
import { type Token, tokenize } from '../search/analyzer.js';
import { idf, type PassageIndex, type QueryTerm } from '../search/passage-index.js';
import { type QuestionType, questionType, questionWords } from './question.js';

export interface QueryPlan {
  question: string;
  type: QuestionType;
  /** The question's own search terms, distinct, in order. */
  terms: string[];
  /** Rarity (BM25 idf) of each own term; a term the corpus lacks gets the highest rarity. */
  weights: Map<string, number>;
  totalWeight: number;
  /** Terms sent to the index: own terms plus alias expansions (weighted lower). */
  queryTerms: QueryTerm[];
  /** Aliases that link terms of this question to others. */
  aliases: Alias[];
  /** Each own term's words as the question writes them, lower-cased ("licensed" for the term "licens"). */
  surfaces: Map<string, string[]>;
  /** Every word of the question, lower-cased (stop words too): an answer must bring something else. */
  askedWords: ReadonlySet<string>;
}

export function planQuery(
  question: string,
  terms: string[],
  index: PassageIndex,
  aliasBook: AliasBook,
  scopes: string[],
): QueryPlan {
  const documentCount = Math.max(index.documentCount, 1);
  const weights = new Map<string, number>();
  const unknown: string[] = [];
  for (const term of terms) {
    const df = index.documentFrequency(term);
    if (df === 0) unknown.push(term);
    else weights.set(term, idf(df, documentCount));
  }
  // A word the corpus never uses is the question's most telling word when it is a name ("France"): the answer
  // cannot be here. An ordinary word ("start", "happened") may just be phrased differently: weigh it as average.
  const tokens = tokenize(question);
  const names = namesIn(tokens);
  const known = [...weights.values()];
  const average = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  for (const term of unknown) weights.set(term, names.has(term) ? idf(0, documentCount) : average);
  const totalWeight = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  const { expansions, aliases } = aliasBook.expand(terms, scopes);
  return {
    question,
    type: questionType(question),
    terms,
    weights,
    totalWeight,
    queryTerms: [...terms.map((term) => ({ term, boost: 1 })), ...expansions],
    aliases,
    surfaces: surfacesOf(tokens),
    askedWords: questionWords(question),
  };
}

function surfacesOf(tokens: readonly Token[]): Map<string, string[]> {
  const surfaces = new Map<string, string[]>();
  for (const { term, surface } of tokens) {
    if (term === null) continue;
    const list = surfaces.get(term) ?? [];
    list.push(surface.toLowerCase());
    surfaces.set(term, list);
  }
  return surfaces;
}

/** Terms of words written as names: capitalised (not just as the first word), all-caps, or with digits. */
function namesIn(tokens: readonly Token[]): Set<string> {
  const names = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.term === null) return;
    const capitalised = /^\p{Lu}/u.test(token.surface) && i > 0;
    const acronym =
      token.surface.length > 1 &&
      token.surface === token.surface.toUpperCase() &&
      /\p{L}/u.test(token.surface);
    if (capitalised || acronym || /\d/.test(token.surface)) names.add(token.term);
  });
  return names;
}

/**
 * Which of the plan's own terms a set of text terms covers, counting aliases: a text saying "ISKP" covers a
 * question's "Islamic State Khorasan Province", and the other way round.
 */
export function coveredTerms(plan: QueryPlan, textTerms: ReadonlySet<string>): Set<string> {
  const covered = new Set<string>();
  for (const term of plan.terms) if (textTerms.has(term)) covered.add(term);
  for (const alias of plan.aliases) {
    // The whole long form must be there: "Islamic State ... province" is not "Islamic State Khorasan Province".
    const longFormPresent = alias.longForm.every((term) => textTerms.has(term));
    if (textTerms.has(alias.acronym) || longFormPresent) {
      if (plan.weights.has(alias.acronym)) covered.add(alias.acronym);
      for (const term of alias.longForm) if (plan.weights.has(term)) covered.add(term);
    }
  }
  return covered;
}

/** Share of the question's weight that a set of covered terms carries (0..1). */
export function coverage(plan: QueryPlan, covered: ReadonlySet<string>): number {
  if (plan.totalWeight === 0) return 0;
  let sum = 0;
  for (const term of covered) sum += plan.weights.get(term) ?? 0;
  return sum / plan.totalWeight;
}
