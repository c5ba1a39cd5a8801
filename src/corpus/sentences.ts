/**
 * Sentence splitting shared by the passage splitter and the answer module (excerpts are 1-2 sentences).
 * Intl.Segmenter does the work; on Node 20 its ICU data splits after abbreviations ("Mr. ", "U.S. ",
 * "Gen. ", initials), so those splits are re-joined here.
 */

export interface Sentence {
  /** Exactly `source.slice(start, end)`: no surrounding whitespace, never rewritten. */
  text: string;
  start: number;
  end: number;
}

/** Never end a sentence: titles and the like always come before a name or number. */
const ALWAYS_JOIN = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'messrs',
  'mmes',
  'dr',
  'prof',
  'rev',
  'fr',
  'hon',
  'pres',
  'gov',
  'sen',
  'rep',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'cpl',
  'pvt',
  'brig',
  'supt',
  'insp',
  'st',
  'mt',
  'ft',
  'vs',
  'v',
  'cf',
  'approx',
  'ca',
  'nos',
  'vol',
  'pp',
  'p',
  'fig',
  'figs',
  'art',
  'sec',
  'ch',
  'op',
  'ed',
  'eds',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Can end a sentence ("... in the U.S. He left."), so they join only when no new sentence starts next. */
const MAYBE_JOIN = new Set(['jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'bros', 'etc', 'al']);

/** Words that, capitalised after an abbreviation, usually open a new sentence. */
const SENTENCE_STARTERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'there',
  'here',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'if',
  'when',
  'while',
  'after',
  'before',
  'since',
  'however',
  'meanwhile',
  'in',
  'on',
  'at',
  'for',
  'as',
  'by',
  'from',
  'with',
  'what',
  'why',
  'how',
  'who',
  'where',
  'officials',
  'analysts',
  'both',
  'some',
  'many',
  'most',
  'still',
  'also',
  'then',
  'now',
  'today',
  'yesterday',
]);

function shouldJoin(previous: string, next: string): boolean {
  // A line break inside a segment is a hard paragraph break: never glue across it.
  if (/\n\s*$/.test(previous)) return false;
  const lastToken = /(\S+)\s*$/.exec(previous)?.[1]?.replace(/^[("'“‘[]+/, '');
  if (!lastToken?.endsWith('.')) return false;
  const word = lastToken.slice(0, -1);
  const key = word.toLowerCase();
  const nextWord = /^\s*[("'“‘[]*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? '';
  const startsSentence = SENTENCE_STARTERS.has(nextWord.toLowerCase());

  if (key === 'no') return /^\s*\d/.test(next); // "No. 5", but "No. It is not."
  if (ALWAYS_JOIN.has(key)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. R. R. Tolkien"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return !startsSentence; // "U.S.", "e.g.", "p.m."
  if (MAYBE_JOIN.has(key)) return !startsSentence;
  return false;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Sentences of `text`, in order, with offsets into it. Whitespace-only stretches are dropped. */
export function splitSentences(text: string): Sentence[] {
  const merged: Array<{ start: number; end: number }> = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const last = merged.at(-1);
    if (last && shouldJoin(text.slice(last.start, last.end), segment)) {
      last.end = index + segment.length;
    } else {
      merged.push({ start: index, end: index + segment.length });
    }
  }
  const sentences: Sentence[] = [];
  for (const range of merged) {
    const raw = text.slice(range.start, range.end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = range.start + lead;
    sentences.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return sentences;
}
