/**
 * Reading a question before searching: is it askable at all, and what kind of answer does it want?
 */
import { analyze, STOP_WORDS } from '../search/analyzer.js';

export type QuestionType = 'count' | 'date' | 'person' | 'place' | 'other';

export type QuestionCheck = { ok: true; terms: string[] } | { ok: false; message: string };

const HAS_WORD = /[\p{L}\p{N}]/u;
/** Discord mentions (@everyone, @here, <@user>, <@&role>, <#channel>) name people or places to ping, not topics. */
const MENTIONS = /(?<![\p{L}\p{N}])@(?:everyone|here)(?![\p{L}\p{N}])|<(?:@[!&]?|#)\d+>/giu;
export const DEFAULT_MAX_QUESTION_CHARS = 500;

/** Rejects what cannot be searched, with a reason fit to show the person who asked. */
export function checkQuestion(question: string, maxChars = DEFAULT_MAX_QUESTION_CHARS): QuestionCheck {
  const trimmed = question.trim();
  if (trimmed.length === 0) return { ok: false, message: 'Please type a question: it was empty.' };
  if (trimmed.length > maxChars) {
    return {
      ok: false,
      message: `That question is ${trimmed.length} characters long; please keep it under ${maxChars}.`,
    };
  }
  const words = trimmed.replace(MENTIONS, ' ');
  if (!HAS_WORD.test(words)) {
    return words !== trimmed
      ? { ok: false, message: 'That only mentions people or channels. Please ask a question in words.' }
      : { ok: false, message: 'That has no words I can search for. Please ask a question in words.' };
  }
  const terms = [...new Set(analyze(words))];
  if (terms.length === 0) {
    return {
      ok: false,
      message:
        'Your question only has very common words. Please add the names or topics you are asking about.',
    };
  }
  return { ok: true, terms };
}

const QUESTION_OPENING =
  /^\s*(?:who|whom|whose|what|when|where|why|which|how|is|are|was|were|do|does|did|can|could|should|would|will|has|have|had)\b/i;

/** Is the text phrased as a question (an opening question word or a closing "?"), not a topic lookup? */
export function isQuestion(text: string): boolean {
  return /\?\s*$/.test(text) || QUESTION_OPENING.test(text);
}

/** What kind of answer a question wants, from its opening words. */
export function questionType(question: string): QuestionType {
  const q = question.toLowerCase();
  if (/\bhow (many|much|long|old|far|often|large|big)\b|\bwhat (number|percentage|amount)\b/.test(q))
    return 'count';
  if (/\bwhen\b|\bwhat (year|date|day|month|time|century|decade)\b|\bwhich year\b/.test(q)) return 'date';
  if (/\bwho(m|se)?\b|\bwhich (person|man|woman|group|organi[sz]ation)\b/.test(q)) return 'person';
  if (
    /\bwhere\b|\bwhat (city|country|place|region|province|state)\b|\bwhich (city|country|place)\b/.test(q)
  ) {
    return 'place';
  }
  return 'other';
}

const NUMBER =
  /\b\d[\d,.]*\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|half)\b/gi;
const DATE =
  /\b(1[0-9]|20)\d{2}s?\b|\b(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|century|decade|yesterday|today|ago)\b/gi;
const PROPER_NAME = /(?:^|[^.!?]\s)(?<name>[\p{Lu}][\p{Ll}'’]+(?:\s+[\p{Lu}][\p{Ll}'’]+)*)/gu;
const SHAPES: Partial<Record<QuestionType, RegExp>> = {
  count: NUMBER,
  date: DATE,
  person: PROPER_NAME,
  place: PROPER_NAME,
};
const WORDS = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORDS) ?? [];
}

/** The words of a question, lower-cased: what `hasAnswerShape` must not count as the answer. */
export function questionWords(question: string): ReadonlySet<string> {
  return new Set(wordsOf(question));
}

/**
 * Does a sentence hold the kind of thing the question asks for (a number, a date, a name) that the question
 * does not already say (`asked`: its `questionWords`)? "How old was Newton during Super Bowl 50?" wants a
 * number other than 50.
 */
export function hasAnswerShape(
  sentence: string,
  type: QuestionType,
  asked: ReadonlySet<string> = new Set(),
): boolean {
  const shape = SHAPES[type];
  if (!shape) return false;
  for (const match of sentence.matchAll(shape)) {
    // A sentence's capitalised first word is often just "The" or "In": stop words are never the answer.
    const words = wordsOf(match.groups?.name ?? match[0]).filter((word) => !STOP_WORDS.has(word));
    if (words.some((word) => !asked.has(word))) return true;
  }
  return false;
}
