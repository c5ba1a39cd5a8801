/**
 * Numbers written as digits in the question and as words in the article, or the other way round: "who said
 * isis has offshoots in 10 countries" for "offshoots in about ten countries". Read as an alias of each other,
 * as a name the corpus writes otherwise is (query-plan.ts).
 */
import type { Alias } from '../search/aliases.js';
import { termOf } from '../search/analyzer.js';

const WORDS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );
const TENS = 'thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** Numeral -> the search term of its word ("10" -> "ten"), and the word's term -> the numeral. */
const WORD_OF = new Map<string, string>();
const NUMERAL_OF = new Map<string, string>();
function pair(numeral: number, word: string): void {
  const term = termOf(word) ?? word;
  WORD_OF.set(String(numeral), term);
  NUMERAL_OF.set(term, String(numeral));
}
WORDS.forEach((word, n) => pair(n, word));
TENS.forEach((word, i) => pair(30 + 10 * i, word));
pair(100, 'hundred');
// Ordinals: "iraqs 2nd biggest city" for "second largest city".
const ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' ');
const SUFFIXES = ['st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'th', 'th', 'th'];
ORDINALS.forEach((word, i) => {
  const term = termOf(word) ?? word;
  WORD_OF.set(`${i + 1}${SUFFIXES[i]}`, term);
  NUMERAL_OF.set(term, `${i + 1}${SUFFIXES[i]}`);
});

/**
 * For each question term the corpus lacks that is a number in one writing while the corpus has the other:
 * an alias from the corpus's writing (`acronym`) to the question's (`longForm`).
 */
export function numberAliases(
  unknown: Iterable<string>,
  corpusHas: (term: string) => boolean,
  question = '',
): Alias[] {
  const aliases: Alias[] = [];
  for (const term of unknown) {
    // "30k": the articles write "£30,000", read as "30" and "000". Not the "5k" of "2.5k".
    const thousands = /^(\d{1,3})k$/.exec(term)?.[1];
    const spelt = thousands !== undefined && new RegExp(`(?<![\\d.,])${term}\\b`).test(question);
    const other = WORD_OF.get(term) ?? NUMERAL_OF.get(term) ?? (spelt ? thousands : undefined);
    if (other !== undefined && corpusHas(other)) aliases.push({ acronym: other, longForm: [term] });
  }
  return aliases;
}

/** A number in digits, or a cardinal in words ("about ten countries", "hundreds"); "zero" and "none" say none. */
const CARDINAL = new RegExp(
  String.raw`\d|\b(?:${[...WORDS.slice(1), ...TENS].join('|')}|hundreds?|thousands?|millions?|billions?|dozens?)\b`,
  'i',
);

/** Does a text write a number, in digits or in words? */
export function writesCardinal(text: string): boolean {
  return CARDINAL.test(text);
}

/**
 * A number given roughly ("like 50 ppl died?", "over a hundred hurt", "he was mid 20s or so", "around 10
 * countries"): the corpus's nearest number in the range it allows stands in for it ("like 50": "at least 52";
 * "over 100": "more than 105"; "mid 20s": "25"), even where the corpus writes the number itself elsewhere.
 * Only beside a word that makes it rough. @example session 30: dev set h142 +2, chat set +6 ("did the shrine
 * attack kill more than 50 ppl", "were over 100 people hurt"); SQuAD all 10,570 and blind sets unchanged.
 */
export function roughNumberAliases(texts: readonly string[], corpusHas: (term: string) => boolean): Alias[] {
  const aliases: Alias[] = [];
  for (const text of texts) {
    for (const match of text.matchAll(ROUGH_NUMBER)) {
      const [low, high, numeral] = roughRange(match);
      if (numeral === undefined || aliases.some((alias) => alias.longForm[0] === numeral)) continue;
      // Nearest first, from the number given (the middle of a decade: "mid 20s" from 25).
      const given = /s$/.test(numeral) ? Math.round((low + high) / 2) : parseInt(numeral, 10);
      const inRange = Array.from({ length: Math.max(0, high - low + 1) }, (_, k) => low + k)
        .filter((n) => String(n) !== numeral)
        .sort((a, b) => Math.abs(a - given) - Math.abs(b - given));
      let best: string | undefined;
      for (const n of inRange) {
        best = [String(n), WORD_OF.get(String(n))].find((form) => form !== undefined && corpusHas(form));
        if (best !== undefined) break;
      }
      if (best !== undefined) aliases.push({ acronym: best, longForm: [numeral] });
    }
  }
  return aliases;
}

/**
 * "like 50", "over 100", "around 10", "50 or so", "mid 20s". Not a year ("2021ish") nor a share ("like 70%").
 */
const ROUGH_NUMBER =
  /\b(like|about|around|roughly|approximately|approx|nearly|almost|circa|over|more\s+than|above|under|less\s+than|below|at\s+least)\s+(\d{1,3})\b(?!\s*(?:%|percent))|\b(\d{1,3})\s*(?:or\s+so|-?ish)\b|\b(mid|late|early)[\s-]*(\d)0['\u2019]?s\b/giu;

/** The range a rough number allows, and the number as the question writes it. */
function roughRange(match: RegExpMatchArray): [number, number, string | undefined] {
  const [, word, given, loose, decade, tens] = match;
  if (decade !== undefined && tens !== undefined) {
    const base = Number(tens) * 10;
    const [low, high] =
      decade.toLowerCase() === 'early' ? [0, 3] : decade.toLowerCase() === 'mid' ? [4, 6] : [7, 9];
    // The question's term is the decade as written ("20s").
    return [base + low, base + high, `${base}s`];
  }
  const numeral = given ?? loose;
  if (numeral === undefined) return [0, -1, undefined];
  const n = Number(numeral);
  const spread = Math.max(1, Math.round(n * ROUGH_SHARE));
  const kind = (word ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:over|more than|above|at least)$/.test(kind)) return [n, n + spread, numeral];
  if (/^(?:under|less than|below|nearly|almost)$/.test(kind)) return [n - spread, n, numeral];
  return [n - spread, n + spread, numeral];
}

/**
 * How far a rough number may be from the one written: a tenth of it ("like 50": 45 to 55; "over 100": up to
 * 110). A fifth let "like 30 died" reach a witness's age, 25: chat set -2.
 */
const ROUGH_SHARE = 0.1;

// The number words above, by what they count (WORDS: zero..twenty; TENS: thirty..ninety).
const UNIT_WORDS = WORDS.slice(1, 10);
const TEEN_WORDS = WORDS.slice(10, 20);
const TENS_WORDS = [WORDS[20]!, ...TENS];
const valueOf = new Map<string, number>([
  ...UNIT_WORDS.map((word, i) => [word, i + 1] as const),
  ...TEEN_WORDS.map((word, i) => [word, i + 10] as const),
  ...TENS_WORDS.map((word, i) => [word, 20 + 10 * i] as const),
]);
const UNIT_PATTERN = `(?:${UNIT_WORDS.join('|')})`;
const TENS_PATTERN = `(?:${TENS_WORDS.join('|')})`;
/** 1..99 in words: "seven", "fourteen", "fifty two", "fifty-two". */
const UP_TO_99 = `(?:${TENS_PATTERN}(?:[\\s-]+${UNIT_PATTERN})?|${TEEN_WORDS.join('|')}|${UNIT_PATTERN})`;
/** 10..99 in words, what follows a spoken year's century ("twenty fourteen", "nineteen ninety nine"). */
const TEN_TO_99 = `(?:${TENS_PATTERN}(?:[\\s-]+${UNIT_PATTERN})?|${TEEN_WORDS.join('|')})`;

/** "fifty two" -> 52 ("fifty" alone -> 50). */
function wordsValue(words: string): number {
  return words
    .toLowerCase()
    .split(/[\s-]+/)
    .reduce((sum, word) => sum + (valueOf.get(word) ?? 0), 0);
}

/**
 * Numbers said in more than one word, as speech-to-text and careful writers give them: a year ("twenty
 * twenty two", "twenty fourteen", "two thousand and fifteen", "twenty oh five"), a number under a thousand
 * ("fifty two", "a hundred and five"). One word ("ten") is left as it is: `numberAliases` pairs it with its
 * digits when the corpus writes those.
 */
const SPOKEN_NUMBER = new RegExp(
  [
    // A year: a century (19xx, 20xx) and its last two digits.
    String.raw`\b(?<century>nineteen|twenty)\s+(?:(?<year>${TEN_TO_99})|oh\s+(?<ohYear>${UNIT_PATTERN}))\b`,
    String.raw`\btwo\s+thousand(?:\s+and)?(?:\s+(?<thousandYear>${UP_TO_99}))?\b`,
    // Hundreds: "a hundred and five", "one hundred twenty".
    String.raw`\b(?<hundreds>a|${UNIT_PATTERN})\s+hundred(?:\s+(?:and\s+)?(?<rest>${UP_TO_99}))?\b`,
    // Tens and units: "fifty two", "fifty-two".
    String.raw`\b(?<compound>${TENS_PATTERN}[\s-]+${UNIT_PATTERN})\b`,
  ].join('|'),
  'giu',
);

/** The text with every number said in words (see SPOKEN_NUMBER) written in digits. */
export function spokenNumbersAsDigits(text: string): string {
  // Every number of two words or more holds one of these (most questions none).
  if (!/(?:ty|teen|hundred|thousand)\b/iu.test(text)) return text;
  return text.replace(SPOKEN_NUMBER, (...args: unknown[]) => {
    const groups = args.at(-1) as Record<string, string | undefined>;
    if (groups.century !== undefined) {
      const century = groups.century.toLowerCase() === 'nineteen' ? 1900 : 2000;
      return String(century + wordsValue(groups.year ?? groups.ohYear ?? ''));
    }
    if (args[0] !== undefined && /^two\s+thousand/iu.test(String(args[0])))
      return String(2000 + wordsValue(groups.thousandYear ?? ''));
    if (groups.hundreds !== undefined) {
      const hundreds = groups.hundreds.toLowerCase() === 'a' ? 1 : wordsValue(groups.hundreds);
      return String(hundreds * 100 + wordsValue(groups.rest ?? ''));
    }
    return String(wordsValue(groups.compound ?? ''));
  });
}
