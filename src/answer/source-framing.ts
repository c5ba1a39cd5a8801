/**
 * An article named by its outlet ("according to the media line", "what does the media line say about the
 * bomber", "the media line says", "per reuters"): the outlet says which article, it is no word the answer
 * holds, so it is read as "the article", which reading then treats as it treats "according to the article".
 * Outlet names come from the articles' web addresses (src/corpus/source-names.ts: "themedialine"), so a name
 * is found however it is spaced ("the media line", "medialine").
 */

import { asksWhoWrote } from './authorship.js';

/** Words before an outlet's name that make it the article's source: "according to", "per", "what does". */
const SOURCE_BEFORE =
  /\b(?:according\s+to|acc(?:ording)?\s+to|accdg\s+to|per|as\s+per|in|from|on|by|says?)\s+$/iu;
/** Words after an outlet's name that make it the article's source: "says", "reported", "'s piece". */
const SOURCE_AFTER =
  /^(?:['\u2019]s)?\s+(?:says?|said|saying|reports?|reported|reporting|writes?|wrote|claims?|claimed|puts?\s+it)\b/iu;
/** The article word after an outlet's name ("the media line piece", "the media line one"), taken with it. */
const ARTICLE_AFTER =
  /^(?:['\u2019]s)?\s+(?:ones?|articles?|pieces?|stor(?:y|ies)|reports?|posts?|op-?eds?|columns?)\b/iu;
/** The longest outlet name looked for, in words ("the new york times"). */
const MAX_NAME_WORDS = 4;

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The question with each outlet named as an article's source read as "the article". Not when it asks who wrote
 * an article: there the outlet tells which article's byline is asked for ("who wrote the media line piece").
 */
export function withSourceAsArticle(question: string, names: readonly string[]): string {
  return readSources(question, names).text;
}

/**
 * The outlets a question names as an article's source ("whats the headline of the media line article":
 * "themedialine"), as `withSourceAsArticle` finds them.
 */
export function outletsNamed(question: string, names: readonly string[]): string[] {
  return readSources(question, names).named;
}

function readSources(question: string, names: readonly string[]): { text: string; named: string[] } {
  const named: string[] = [];
  if (names.length === 0 || asksWhoWrote(question)) return { text: question, named };
  const known = new Set(names);
  const words = [...question.matchAll(WORD)].map((match) => ({
    text: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
  let out = '';
  let done = 0;
  for (let i = 0; i < words.length; i++) {
    for (let length = Math.min(MAX_NAME_WORDS, words.length - i); length >= 1; length--) {
      const joined = words
        .slice(i, i + length)
        .map((word) => word.text)
        .join('');
      const name = known.has(joined) ? joined : known.has(`the${joined}`) ? `the${joined}` : undefined;
      if (name === undefined) continue;
      // A "the" before the name goes with it ("the media line" of "themedialine").
      const first = i > 0 && words[i - 1]!.text === 'the' && words[i - 1]!.start >= done ? i - 1 : i;
      const start = words[first]!.start;
      let end = words[i + length - 1]!.end;
      const before = question.slice(done, start);
      const after = question.slice(end);
      const articleWord = ARTICLE_AFTER.exec(after);
      if (!articleWord && !SOURCE_BEFORE.test(before) && !SOURCE_AFTER.test(after)) continue;
      if (articleWord) end += articleWord[0].length;
      out += `${before}the article`;
      named.push(name);
      done = end;
      while (i + 1 < words.length && words[i + 1]!.start < end) i++;
      break;
    }
  }
  return { text: out + question.slice(done), named };
}
