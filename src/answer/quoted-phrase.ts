/**
 * A reader quoting the article back: "what does 'enemy nation' refer to", "when it says 'these efforts have
 * failed', which efforts", "what is 'still popular there' referring to". The quoted words stand in one
 * sentence of a passage, and that sentence (with the one before it, when the phrase opens with a word that
 * points back: "these efforts"; with the one after it, which often explains, when their meaning is asked) is
 * what the question is about. Only a question asking what the words mean
 * or refer to is answered so: "which group is 'one of Pakistan's most violent groups'" asks a name, which
 * the sentence holding the phrase need not give, and is left to the other stages.
 */
import type { Passage } from '../corpus/types.js';
import type { PassageReader, ReadSentence } from './passage-reader.js';

/** Words in quotes, straight or curly, single or double: at least two words, at most twelve. */
const QUOTED =
  /["\u201c\u201d]([^"\u201c\u201d]{3,120})["\u201c\u201d]|(?<![\p{L}\p{N}])['\u2018\u2019]([^'\u2018\u2019]{3,120})['\u2018\u2019](?![\p{L}\p{N}])/gu;

/** What a question asks of quoted words: what they point to ... */
const ASKS_REFERENCE =
  /\b(?:refer(?:s|red|ring)?\s+to|talking\s+about|on\s+about|(?:when|where)\s+(?:it|they|the\s+\w+|he|she)\s+(?:says?|said|writes?|wrote|mentions?))\b/iu;
/** ... or what they mean, which the next sentence often explains ("... was strategically timed. It coincided"). */
const ASKS_MEANING = /\b(?:mean(?:s|t|ing)?|what\s+(?:is|was)\s+meant)\b/iu;

/** Words that open a phrase pointing back to the sentence before ("these efforts", "this marks"). */
const POINTS_BACK = /^(?:these|this|those|that|it|they|their|its|such)\b/iu;

/** How a phrase and a sentence compare: letters and digits only, lower-cased, single spaces. */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/['\u2018\u2019]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface PhrasesAsked {
  phrases: string[];
  /** Their meaning is asked (the sentence after them is quoted too), not only what they refer to. */
  meaning: boolean;
}

/** The quoted phrases of a question that asks what they mean or refer to (none for other questions). */
export function phrasesAskedAbout(question: string): PhrasesAsked {
  const phrases = [...question.matchAll(QUOTED)]
    .map((match) => (match[1] ?? match[2])!.trim())
    .filter((phrase) => {
      const words = phrase.split(/\s+/u).length;
      return words >= 2 && words <= 12;
    });
  const rest = question.replace(QUOTED, ' ');
  const reference = ASKS_REFERENCE.test(rest);
  const meaning = !reference && ASKS_MEANING.test(rest);
  return phrases.length > 0 && (reference || meaning)
    ? { phrases, meaning }
    : { phrases: [], meaning: false };
}

export interface QuotedSpan {
  passage: Passage;
  start: number;
  end: number;
  text: string;
}

/**
 * The span to quote for a phrase asked about: the first of the passages (in their ranked order) with a
 * sentence holding the phrase word for word, that sentence, with the one before it when the phrase opens it
 * pointing back and the one after it when the meaning is asked. Undefined when no passage holds it.
 */
export function quotedSpan(
  { phrases, meaning }: PhrasesAsked,
  passages: readonly Passage[],
  reader: PassageReader,
): QuotedSpan | undefined {
  for (const phrase of phrases) {
    const wanted = plain(phrase);
    if (wanted.length === 0) continue;
    for (const passage of passages) {
      if (!plain(passage.text).includes(wanted)) continue;
      const sentences = reader.sentences(passage);
      const plainSentences = sentences.map((sentence) => ` ${plain(sentence.text)} `);
      const at = plainSentences.findIndex((text) => text.includes(` ${wanted} `));
      if (at < 0) continue;
      const sentence: ReadSentence = sentences[at]!;
      // "These efforts have failed" opening its sentence points to the one before; inside it, to its start.
      const opens = plainSentences[at]!.startsWith(` ${wanted}`);
      const before = POINTS_BACK.test(wanted) && opens && at > 0 ? sentences[at - 1]! : sentence;
      const after = meaning ? (sentences[at + 1] ?? sentence) : sentence;
      return {
        passage,
        start: before.start,
        end: after.end,
        text: passage.text.slice(before.start, after.end),
      };
    }
  }
  return undefined;
}
