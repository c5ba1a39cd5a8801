/**
 * Reading a question before searching: is it askable at all, and what kind of answer does it want?
 */
import { analyze } from '../search/analyzer.js';

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
  /\b\d[\d,.]*\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|half)\b/i;
const DATE =
  /\b(1[0-9]|20)\d{2}s?\b|\b(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|century|decade|yesterday|today|ago)\b/i;
const PROPER_NAME = /(?:^|[^.!?]\s)([\p{Lu}][\p{Ll}'’]+(?:\s+[\p{Lu}][\p{Ll}'’]+)*)/u;

/** Does a sentence hold the kind of thing the question asks for? (a number, a date, a name) */
export function hasAnswerShape(sentence: string, type: QuestionType): boolean {
  switch (type) {
    case 'count':
      return NUMBER.test(sentence);
    case 'date':
      return DATE.test(sentence);
    case 'person':
    case 'place':
      return PROPER_NAME.test(sentence);
    default:
      return false;
  }
}
