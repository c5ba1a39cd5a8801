/**
 * "Who wrote the article?": answered by the article's byline ("By Jane Doe", "Katie Beiter contributed
 * reporting", "Reporting by ..."), never by a sentence that happens to share the question's words, and
 * declined when the article names no author.
 */
import type { Passage } from '../corpus/types.js';
import type { ReadSentence } from './passage-reader.js';
import type { RankSources } from './rank.js';

/** The article itself, as people call it ("the media line story", "the op-ed"). */
const ARTICLE_WORD = String.raw`(?:article|story|piece|op-?ed|column|editorial|post|report|text)`;
/** Verbs of writing an article, in the forms a "who ..." question uses. */
const WRITING = String.raw`(?:wrote|write|writes|written|authored|penned|reported|report|reports|reporting|contributed|contributes|contribute)`;

/**
 * "who wrote the article", "who helped report the shrine story", "who contributed to the piece", "who actually
 * wrote this", and as a search box puts it, "shrine article who wrote": the article word
 * after "the", "this" ... ("who wrote West Side Story" asks for an author of something else), a bare "this"
 * or "it" only at the end ("who wrote that it is difficult to ..." asks who said something).
 */
const WHO_WROTE = new RegExp(
  String.raw`\bwho\b(?:\s+\S+){0,3}?\s+${WRITING}\b(?:.*\b(?:the|this|that|your|ur)\s+(?:\S+\s+){0,4}?${ARTICLE_WORD}\b|\s+(?:this|it)\W*$)|\b${ARTICLE_WORD}\s+who\s+(?:\S+\s+){0,2}?${WRITING}\W*$`,
  'i',
);
/** "who is the author of ...", "whats the author's name", "name of the writer". */
const AUTHOR_ASKED = new RegExp(
  String.raw`\bwho(?:['’]?s|\s+is|\s+was)?\s+(?:the\s+)?(?:author|writer|reporter|journalist)s?\b|` +
    String.raw`\b(?:author|writer|reporter|journalist)['’]?s?\s+name\b|\bname\s+of\s+the\s+(?:author|writer|reporter|journalist)\b`,
  'i',
);

/** Does the question ask who wrote an article? */
export function asksWhoWrote(question: string): boolean {
  return WHO_WROTE.test(question) || AUTHOR_ASKED.test(question);
}

/**
 * A byline: a line naming who wrote or reported the article. Short by nature: a sentence of the story that
 * mentions reporting ("Reuters reported that ...") is not one.
 */
const BYLINE =
  /^(?:[Bb]y\s+\p{Lu}|(?:[Ww]ritten|[Rr]eporting|[Rr]eported|[Aa]dditional reporting)\s+by\s+\p{Lu}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+contributed\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|article|story)\b|[Aa]uthor:\s*\p{Lu})/u;
const MAX_BYLINE_CHARS = 120;

/** Is this sentence an article's byline? */
export function isByline(sentence: Pick<ReadSentence, 'text'>): boolean {
  return sentence.text.length <= MAX_BYLINE_CHARS && BYLINE.test(sentence.text.trim());
}

/** The first byline of an article, searched from its first passage to its last, with the passage it is in. */
export function bylineOf(
  file: string,
  total: number,
  sources: Pick<RankSources, 'passageIn' | 'reader'>,
): { passage: Passage; sentence: ReadSentence } | undefined {
  for (let n = 1; n <= total; n++) {
    const passage = sources.passageIn(file, n);
    if (!passage) continue;
    const sentence = sources.reader.sentences(passage).find(isByline);
    if (sentence) return { passage, sentence };
  }
  return undefined;
}
