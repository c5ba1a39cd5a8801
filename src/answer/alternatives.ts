/**
 * "was the islamabad one a mosque or a church", "how many attacks after 2022, like 50 or 90??", "which cities,
 * lahore or karachi?": a question that ends offering choices asks the same thing of each. Read whole, the
 * choice the articles never mention weighs against every excerpt; asked with one choice at a time, the one
 * the articles say is answered on its own merits. `oneChoiceEach` gives those questions; the caller answers
 * only when the answer to one of them says its choice more plainly than the other (`choiceSaid`).
 *
 * Only choices that end the question (a tail like "lol" or "or wat" aside): "which towns or targets did the
 * BLA attack" asks about both. Not a comparison or an order ("which came first, X or Y", "more dead or more
 * hurt"): there one choice alone asks something else.
 */
import { STOP_WORDS, termOf, tokenize } from '../search/analyzer.js';
import { capitalsSayNothing } from './glossary-table.js';
import { sameFamily } from './query-plan.js';
import type { Relatedness } from './relatedness.js';

/** The question asked with one choice, that choice, and the choice left out. */
export interface OneChoice {
  question: string;
  choice: string;
  other: string;
}

/** A word of a choice: not "or" itself. */
const WORD = String.raw`(?!or\b)[\p{L}\p{N}][\p{L}\p{N}'-]*`;
const ARTICLE = String.raw`(?:a|an|the)`;
/**
 * "a suicide bombing or a planted bomb", "mosque or a church", "50 or 90": after an article, up to two words
 * on each side; without one, a word.
 */
const CHOICES = new RegExp(
  String.raw`(?:(?<=\b${ARTICLE}\s+)(${WORD}(?:\s+${WORD})?)|(?<![\p{L}\p{N}'-])(${WORD}))\s+or\s+(?:(?:was|is|were|did)\s+(?:it|they|he|she)\s+)?(?:(?:${ARTICLE}|in|at|by|from|with)\s+)?(${WORD}(?:\s+${WORD})?)`,
  'giu',
);

/** What may follow the choices: punctuation, emoji, and tails that ask nothing ("lol", "or wat", "tho"). */
const TAIL =
  /^(?:[\s\p{P}\p{S}]|\p{Extended_Pictographic}|\b(?:or\s+(?:what|wat|wut|smth|sth|something|not|nah|no)|lol|lmao|lmfao|tho|though|then|now|exactly|right|pls|plz|please|again|bro|bruh|ngl|fr|idk|ya|yeah|man)\b)*$/iu;

/** A second "choice" that only ends the question: "or not", "or nah", "or what". */
const NO_CHOICE =
  /^(?:not|nah|no|naw|nope|what|wat|wut|smth|sth|something|somethin|so|whatever|sumn|anything|else|other|both|neither|either|even|just)\b/iu;

/** Words that make a question compare its choices, or place them in order. */
const COMPARING =
  /\b(?:first|last|earlier|later|before or after|more|less|fewer|most|least|bigger|smaller|larger|deadlier|worse|better|older|newer|longer|shorter|which came|compared?|(?<!other |rather )than|vs|versus|difference|same)\b/iu;
/** "which was wetter, X or Y", "bigger than": a comparative asked of the choices. */
const COMPARATIVE =
  /\b(?:which|who|what)\s+(?:was|is|were|are|had|has|did|got|looked|seemed)\s+(?:the\s+)?\w{2,}(?:er|ier)\b|\b(?!(?:other|rather)\b)\w{2,}(?:er|ier)\s+than\b/iu;

/** "do we know his name or age": the things asked, not choices between answers. */
const ATTRIBUTE =
  /^(?:name|names|age|ages|date|dates|time|times|day|year|place|location|where|when|why|how|who|number|count|size|reason|reasons|motive|motives|cause|identity|nationality|background|details?)$/iu;

const NUMBER =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)$/iu;

/**
 * The question asked once per choice, the other choice left out; empty when it ends on none, or compares
 * them.
 */
export function oneChoiceEach(typed: string): OneChoice[] {
  // Most questions offer no choice: the scan below needs an "or" between words (a cheap test first).
  if (!/\sor\s/i.test(typed)) return [];
  // In a message typed all in capitals, or with every word capitalised, capitals say nothing: each choice is
  // asked in lower case, so that the letter case of a message never changes its answer.
  const question = capitalsSayNothing(typed) ? typed.toLowerCase() : typed;
  if (COMPARING.test(question) || COMPARATIVE.test(question)) return [];
  CHOICES.lastIndex = 0;
  for (let found = CHOICES.exec(question); found; found = CHOICES.exec(question)) {
    const first = found[1] ?? found[2]!;
    // As many words chosen on each side: "an ally or an enemy lol" chooses "enemy", not "enemy lol".
    const second = found[3]!.split(/\s+/).slice(0, first.split(/\s+/).length).join(' ');
    const end = found.index + found[0].length - found[3]!.length + second.length;
    // "a mosque or a church or wat": the tail is no choice; nor is a number against a word ("mosque or two").
    const kindsDiffer = NUMBER.test(first) !== NUMBER.test(second.split(/\s+/)[0]!);
    const attributes = ATTRIBUTE.test(first) && ATTRIBUTE.test(second);
    if (
      NO_CHOICE.test(second) ||
      NO_CHOICE.test(first) ||
      kindsDiffer ||
      attributes ||
      !TAIL.test(question.slice(end))
    ) {
      CHOICES.lastIndex = found.index + first.length;
      continue;
    }
    const secondStart = end - second.length;
    const tidy = (text: string) => text.replace(/\s{2,}/g, ' ').trim();
    return [
      {
        question: tidy(question.slice(0, found.index + first.length) + question.slice(end)),
        choice: first,
        other: second,
      },
      {
        question: tidy(question.slice(0, found.index) + question.slice(secondStart)),
        choice: second,
        other: first,
      },
    ];
  }
  return [];
}

/**
 * A choice's word said as itself, by a WordNet synonym ("spike": "intensified", "big": "major"), or by a word
 * of its family ("failure": "failed"), which says less: "bomber" and "bomb" are both said by "bombing".
 */
const EXACT = 1;
const SYNONYM = 0.9;
const FAMILY = 0.8;

/**
 * Does an excerpt say the choice, and the other not as plainly? Each of the choice's words counts by its
 * plainest match in the excerpt: itself, else a WordNet synonym ("spike": "intensified"), else a word of its
 * family ("failure": "failed"). Words near in meaning by the vectors do not count: they say
 * both choices alike ("bombs" 0.83 and "gunmen" 0.74 for "attack"; "kid" and "adult" 0.62 for "teenage").
 */
export function choiceSaid(
  choice: string,
  other: string,
  excerpt: string,
  relatedness: Relatedness | undefined,
): boolean {
  const said = new Set(tokenize(excerpt).flatMap((token) => (token.term === null ? [] : [token.term])));
  const mine = strength(choice, said, relatedness);
  return mine > 0 && mine > strength(other, said, relatedness);
}

/** The weakest of a choice's words' plainest matches among the excerpt's terms. */
function strength(choice: string, said: ReadonlySet<string>, relatedness: Relatedness | undefined): number {
  const words = choice.split(/\s+/).filter((word) => !STOP_WORDS.has(word.toLowerCase()));
  if (words.length === 0) return 0;
  return Math.min(
    ...words.map((word) => {
      const term = termOf(word);
      if (term === null) return 0;
      if (said.has(term)) return EXACT;
      const synonyms = relatedness?.synonyms(term) ?? [];
      if ([...said].some((other) => synonyms.includes(other))) return SYNONYM;
      return [...said].some((other) => sameFamily(term, other)) ? FAMILY : 0;
    }),
  );
}
