/**
 * A long chat message often tells a story around its question ("my brother works in security and says
 * suicide bombers are the worst, does the article say why they're a problem for intel"): the clause that
 * asks is what an answer must hold; the story's words only help find where.
 */
import type { Token } from '../search/analyzer.js';

/** Words that open a clause that asks: a question word or an auxiliary ("was that planned ..."). */
const ASKING_OPENER =
  /^(?:(?:so|and|but|ok|okay|like|then)\s+)*(?:what|whats|who|whos|whom|whose|where|wheres|when|why|how|hows|which|is|isnt|was|wasnt|are|arent|were|did|didnt|does|doesnt|do|dont|can|could|will|would|has|have|had|should)\b/i;

/**
 * Where a message breaks into clauses: sentence ends, a comma before a clause that asks, and a question word
 * before its auxiliary, a question's start even where chat drops the stop before it ("the shrine thing...
 * where do most members come from": the dots are gone when shorthand is written out).
 */
const CLAUSE_BREAK = new RegExp(
  String.raw`[.?!;]+|,(?=\s*${ASKING_OPENER.source.slice(1)})|\s(?=(?:what|who|where|when|why|how|which)\s+(?:do|does|did|is|are|was|were|can|could|will|would|has|have|had)\b)`,
  'gi',
);

/**
 * The asker speaking of themselves: "i was reading", "my brother says", "im confused", and as chat drops the
 * "I": "reading the piece about the shrine", "saw something about america".
 */
const FIRST_PERSON =
  /\b(?:i|im|ive|id|ill|my|me|mine|myself)\b|^(?:(?:so|and|but|ok|okay|just)\s+)*(?:reading|read|watching|saw|seen|seeing|heard|hearing)\b/i;

/** A question ending on a word that points back at what was just told ("which group was that?"). */
const POINTING_BACK = /\b(?:that|this|it|those|these)\W*$/i;
/** Most terms of a question that only points back ("which group was that": "group"). */
const MAX_POINTING_TERMS = 2;

/** A message this long (in words) may hold a story beside its question; shorter ones are all question. */
export const MIN_STORY_WORDS = 14;

/**
 * The terms of a long message that stand only in the asker's story, outside the clauses that ask (ended by
 * "?" or opened by a question word or an auxiliary). Empty when the message is short, or is all question,
 * or all story.
 */
export function storyTerms(text: string, tokens: readonly Token[]): Set<string> {
  if (tokens.length < MIN_STORY_WORDS) return new Set();
  const asking: Array<[number, number]> = [];
  let start = 0;
  let anyStory = false;
  const close = (end: number, mark: string) => {
    const clause = text.slice(start, end).trim();
    if (clause.length > 0) {
      if (mark.includes('?') || ASKING_OPENER.test(clause)) asking.push([start, end]);
      // A clause neither asking nor the asker's story ("If the teacher focuses on order, what ...") is
      // part of the question.
      else if (FIRST_PERSON.test(clause)) anyStory = true;
      else asking.push([start, end]);
    }
  };
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    close(match.index, match[0]);
    start = match.index + match[0].length;
  }
  close(text.length, '');
  if (asking.length === 0 || !anyStory) return new Set();
  const inAsking = (token: Token) => asking.some(([from, to]) => token.start >= from && token.end <= to);
  const asked = new Set(tokens.filter(inAsking).flatMap((token) => (token.term ? [token.term] : [])));
  // "I heard their deals with another group fell apart. Which group was that?": a short question pointing
  // back at the story asks about it; the story's words are the topic.
  if (
    asked.size <= MAX_POINTING_TERMS &&
    asking.every(([from, to]) => POINTING_BACK.test(text.slice(from, to)))
  )
    return new Set();
  return new Set(
    tokens.flatMap((token) => (token.term && !asked.has(token.term) && !inAsking(token) ? [token.term] : [])),
  );
}
