/**
 * Groups questions that ask the same thing, so `/insights` shows ten phrasings of one unanswered question as
 * one line. Two steps, both plain TypeScript over the texts a query returned:
 * 1. A key per question: diacritics folded, lower case, punctuation dropped, stop words and question words
 *    dropped (`stopword`'s English list and a few chat words), the rest stemmed (Porter2) and sorted. "How many
 *    attacks did ISKP claim?" and "iskp attacks claimed how many" share the key "attack claim iskp".
 * 2. Keys are clustered greedily, biggest first: a key joins the first group whose leading key it resembles
 *    (a soft Jaccard of at least `threshold`, in which two words match when equal, when one is a prefix of
 *    the other of 4+ letters, "lead"/"leader", or when they differ by one letter past 5 letters, a typo).
 * The search analyzer is not reused on purpose: it keeps question words and aliases that ranking needs, and
 * this grouping must not change when ranking is tuned.
 */
import { stem } from 'porter2';
import { eng } from 'stopword/dist/stopword.esm.mjs';

const EXTRA_STOP_WORDS = (
  'does do did when why can could would should will tell me please pls plz know anyone someone anybody hey hi ' +
  'hello u ur ya thanks thx ok explain info about bot citebot question whats wat wut wot'
).split(' ');
const STOP_WORDS = new Set([...eng, ...EXTRA_STOP_WORDS]);

/** The words that carry a question's meaning: folded, stop words dropped, stemmed, unique, sorted. */
export function questionTerms(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '');
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word && !STOP_WORDS.has(word));
  return [...new Set(words.map((word) => stem(word)))].sort();
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return true;
  return short.length >= 5 && withinOneEdit(a, b);
}

/** Soft Jaccard similarity of two term lists (1: the same words). */
export function termSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const matched = a.filter((word) => b.some((other) => wordsMatch(word, other))).length;
  return matched / (a.length + b.length - matched);
}

export interface QuestionGroup {
  /** The most frequent wording in the group (the earliest seen among equals). */
  question: string;
  /** How many questions the group holds. */
  count: number;
  /** Distinct wordings, most frequent first. */
  phrasings: string[];
  /** The terms the group was formed around. */
  terms: string[];
}

interface KeyGroup {
  terms: string[];
  count: number;
  wordings: Map<string, number>;
}

/** Groups question texts by meaning, biggest group first. */
export function groupQuestions(questions: Iterable<string>, threshold = 0.5): QuestionGroup[] {
  const byKey = new Map<string, KeyGroup>();
  for (const raw of questions) {
    const text = raw.trim().replace(/\s+/g, ' ');
    if (!text) continue;
    const terms = questionTerms(text);
    // A question of stop words only ("what is it?") groups with the same text, case aside.
    const key = terms.length > 0 ? terms.join(' ') : `=${text.toLowerCase()}`;
    let group = byKey.get(key);
    if (!group) {
      group = { terms, count: 0, wordings: new Map() };
      byKey.set(key, group);
    }
    group.count++;
    const wording = group.wordings.get(text) ?? 0;
    group.wordings.set(text, wording + 1);
  }
  const clusters: KeyGroup[] = [];
  const ordered = [...byKey.values()].sort((a, b) => b.count - a.count);
  for (const group of ordered) {
    const home =
      group.terms.length > 0
        ? clusters.find((cluster) => termSimilarity(group.terms, cluster.terms) >= threshold)
        : undefined;
    if (!home) {
      clusters.push({ terms: group.terms, count: group.count, wordings: new Map(group.wordings) });
      continue;
    }
    home.count += group.count;
    for (const [text, count] of group.wordings)
      home.wordings.set(text, (home.wordings.get(text) ?? 0) + count);
  }
  return clusters
    .map((cluster) => {
      const phrasings = [...cluster.wordings.entries()].sort((a, b) => b[1] - a[1]).map(([text]) => text);
      return { question: phrasings[0]!, count: cluster.count, phrasings, terms: cluster.terms };
    })
    .sort((a, b) => b.count - a.count);
}
