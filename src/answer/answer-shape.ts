/**
 * Does a sentence hold what the question asks for: a number beside what a count question counts ("killed
 * at least 52" for "how many died"), a date for "when", a measure, a sum of money, a name for "who"?
 */
import { givesPurpose } from './purpose-asked.js';
import { givesScore } from './score-asked.js';
import { givesStanding } from './placing-asked.js';
import {
  fateOf,
  hasAge,
  hasCode,
  hasCountedUnit,
  unitKindOf,
  hasDatePart,
  hasDifference,
  hasDuration,
  hasFrequency,
  hasMeasure,
  hasMoney,
  isNumberTerm,
  type QuestionType,
  REQUIRED_SHAPES,
  SHARE_ASKED,
  shapeWords,
} from './answer-type.js';
import { termOf } from '../search/analyzer.js';
import type { ReadSentence } from './passage-reader.js';
import type { QueryPlan } from './query-plan.js';
import { givesCause } from './reason-given.js';
import { namesThing } from './named-thing.js';
import { meaningMatch } from './term-match.js';

/**
 * Words between a verb and the number it counts ("killed [at least] 52", "wounded [nearly] 100"), as search
 * terms (stop words such as "at", "than" and "more" are already gone).
 */
const QUANTIFIERS = new Set([
  'least',
  'near',
  'over',
  'around',
  'almost',
  'approxim',
  'rough',
  'some',
  'estim',
  'total',
  'toll',
]);

/** Verbs that say a count ("numbered", "totalled", "stood at"), as search terms. */
const COUNTING_VERBS = new Set(['number', 'total', 'reach', 'stood', 'stand', 'amount', 'count']);

/**
 * What happened to people is counted apart by kind (`fateOf`): the vectors put "injured" near "killed" (0.72)
 * and "arrested" near "killed" (0.68), yet "killed more than 60" says nothing of how many were injured or
 * arrested.
 */
function otherFate(asked: string, counted: string): boolean {
  const a = fateOf(asked);
  const b = fateOf(counted);
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * Positions of the words a number counts: the one to three after it ("178 Vivienne Westwood costumes") ("hundreds of worshippers", "90 claimed
 * attacks"), and the one before it, past quantifiers ("killed at least 52"), but not a word that merely
 * stands before it ("the blast occurred as hundreds ...").
 */
function countedPositions(terms: readonly string[], i: number): number[] {
  const positions = [i + 1, i + 2, i + 3].filter((j) => j < terms.length);
  let j = i - 1;
  while (j >= 0 && QUANTIFIERS.has(terms[j]!)) j--;
  if (j >= 0) positions.push(j);
  // "The quokka colony numbered forty-two", "the death toll stood at 52": what the verb's subject counts.
  if (j >= 0 && COUNTING_VERBS.has(terms[j]!)) positions.push(...[j - 1, j - 2].filter((k) => k >= 0));
  return positions;
}

/**
 * "What percent of ...": a share answers (a percentage or a fraction), not any number ("one of its most
 * violent groups"). @example session-14 dev set 2 +1; SQuAD's 77 share questions 64 right either way;
 * chat set, WikiQA tune, SQuAD sample unchanged.
 */
const SHARE =
  /\d\s?(?:%|percent\b|per\s?cent\b)|\b(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b|\bone\s+in\s+\w+/i;

/**
 * Does the sentence hold what the question asks for? A measure wants a number with a unit; a count wants a
 * number standing near what is counted ("how many died": "killed at least 52", not "hundreds of
 * worshippers"); other types their shape anywhere in the sentence.
 */
export function answerShape(plan: QueryPlan, sentence: ReadSentence): number {
  // "What's the sanctuary's phone number": the sentence writing one ("ring our rescue line on 01632 960 417").
  if (plan.contactWritten) return plan.contactWritten.test(sentence.text) ? 1 : 0;
  if (plan.money) return hasMoney(sentence.text) ? 1 : 0;
  if (plan.nameAsked) return namesThing(plan, sentence.text) ? 1 : 0;
  // "Whats the address": a street and its number ("412 Alder Street"), not any place named.
  if (plan.addressAsked) return STREET_ADDRESS.test(sentence.text) ? 1 : 0;
  // "Atomic number 8" answers too, but less surely than "0800 046 7215" does for a helpline.
  if (plan.codeAsked) return hasCode(sentence.text) ? 1 : /\d/.test(sentence.text) ? 0.5 : 0;
  if (plan.measure) {
    // "How much longer": a difference answers ("14 minutes longer", "twice the figure").
    const comparative = COMPARISON_ASKED.exec(plan.asked)?.[1];
    if (comparative) return hasDifference(sentence.text, comparative) ? 1 : 0;
    const lasted = plan.askedWords.has('long') && hasDuration(sentence.text);
    return lasted || hasMeasure(sentence.text, plan.askedWords) ? 1 : 0;
  }
  if (plan.age) return hasAge(sentence.text, plan.age, plan.personAge, plan.ageRole) ? 1 : 0;
  if (asksAny(plan, SHARE_ASKED)) return SHARE.test(sentence.text) ? 1 : 0;
  if (plan.datePart) return hasDatePart(sentence.text, plan.datePart) ? 1 : 0;
  // "Why has the service charge gone up": the sentence giving a cause ("went up from £41 because the insurer
  // raised our premium"), not the one that only names the charge.
  if (plan.causeAsked) return givesCause(sentence.text) ? 1 : 0;
  if (plan.purposeAsked) return givesPurpose(sentence.text) ? 1 : 0;
  if (plan.scoreAsked) return givesScore(sentence.text) ? 1 : 0;
  if (plan.standingAsked) return givesStanding(sentence.text) ? 1 : 0;
  // "How often is the festival held": "The biennial AV Festival ..." answers without a number.
  if (plan.askedWords.has('often') && hasFrequency(sentence.text)) return 1;
  if (plan.type !== 'count' || plan.countFocus.length === 0)
    return saysUnasked(plan, shapeWordsOf(sentence, plan.type)) ? 1 : 0;
  const terms = sentence.terms;
  // "How many pilgrims died": the number must count the dead, not only the pilgrims ("a group of 120 pilgrims").
  const fates = plan.countFocus.filter((focus) => fateOf(focus) !== undefined);
  const focused = fates.length > 0 ? fates : plan.countFocus;
  let best = 0;
  const askedUnit = plan.countFocus.map(unitKindOf).find((kind) => kind !== undefined);
  // "Exactly how many were there": "hundreds of worshippers" gives no exact number.
  const exact = asksExactly(plan);
  const bound = hyphenBoundNumbers(sentence.text);
  const sums = numbersAfterCurrency(sentence.text);
  // Read only once a number is met (most sentences scored hold none).
  let labels: Set<string> | undefined | null = null;
  let clocks: Set<string> | undefined | null = null;
  let streets: Set<string> | undefined | null = null;
  terms.forEach((term, i) => {
    // A number the question says is no answer to "how many", unless it guesses the count ("like 90 attacks?").
    if (!isNumberTerm(term) || (plan.askedWords.has(term) && !plan.checked.has(term))) return;
    if (exact && ROUGH_NUMBER_TERMS.has(term)) return;
    // "Several members were on the bus" counts no people for "how many people walked it": a number of people is
    // written when it is known ("several lakes" may be all an article says of lakes).
    if (term === SEVERAL && focused.some((focus) => PEOPLE_ASKED.has(focus) || PEOPLE_WORDS.has(focus)))
      return;
    if (isYearOfDate(term, sentence.text)) return;
    // "On the 6th of March", "21st": an ordinal places, it counts nothing.
    if (ORDINAL.test(term)) return;
    // "In the 8th jam of the second half": a half of a game places, it counts nothing.
    if (term === HALF && GAME_HALF.test(sentence.text)) return;
    // "what turned into one of our best-attended days", "the old one": a thing, no count.
    if (term === 'one' && onesNameThings(sentence.text)) return;
    // "Stop 1, the old tithe barn", "Room 12.": a label's number names, it counts nothing.
    if ((labels === null ? (labels = labelNumbers(sentence.text)) : labels)?.has(term)) return;
    // "set off from the Old Drill Hall at 7:15": a clock's numbers count nothing.
    if ((clocks === null ? (clocks = clockNumbers(sentence.text)) : clocks)?.has(term)) return;
    // "Elmbrook House Care Home, 14 Quarry Hill Road", "under-16s must be with an adult": nor a house's
    // number, nor an age group's (for "how many residents").
    if ((streets === null ? (streets = namingNumbers(sentence.text)) : streets)?.has(term)) return;
    // "A fund of 15 million euros for housing" counts no houses: a sum answers only a question of money.
    if (isSumOfMoney(terms, i) || sums?.has(term)) return;
    // "A 7-day ban" counts no bans, nor whoever was banned; "for two weeks if you see sick birds" counts weeks.
    const next = terms[i + 1];
    if (next !== undefined && SPAN_TERMS.has(next) && !bound?.has(term)) {
      if (focused.includes(next)) best = 1;
      return;
    }
    // "How many extra minutes": "adds about 1.2 miles" counts no minutes (a unit of another kind).
    if (askedUnit !== undefined) {
      const unit = unitKindOf(wordAfterNumber(terms, i));
      if (unit !== undefined && unit !== askedUnit) return;
    }
    // A number of times counts times ("launched 41 times"), not the crew after it ("on six occasions the crew
    // were credited") nor what went ("went out 16 times" for "how many crew go out").
    if (next !== undefined && TIMES_SAID.has(next)) {
      if (focused.includes(TIMES)) best = 1;
      return;
    }
    const positions = bound?.has(term) && next !== undefined ? [i + 1] : countedPositions(terms, i);
    for (const j of positions) {
      for (const focus of focused) {
        if (otherFate(focus, terms[j]!)) continue;
        // Times are counted as said ("41 times"): "took two pots" is near "time" in meaning.
        if (focus === TIMES) continue;
        // "People" beside what they did counts only as a word for people ("14,820 visitors"), never by meaning.
        const people = PEOPLE_ASKED.has(focus);
        if (people && focused.length > 1) {
          if (countsPeople(focus, terms[j]!)) best = 1;
          continue;
        }
        best = Math.max(best, countsPeople(focus, terms[j]!) ? 1 : meaningMatch(plan, focus, terms[j]!));
      }
    }
  });
  if (best < 1 && hasCountedUnit(sentence.text, plan.countFocus)) return 1;
  // "Thank you to the 236 of you who filled in the survey": a number of the readers counts people.
  return best < 1 && focused.some((focus) => PEOPLE_WORDS.has(focus)) && readersCounted(plan, sentence.text)
    ? 1
    : best;
}

/** A number of the post's readers or writers: "236 of you", "nine of us". */
const OF_THE_READERS = /\b([\d,]*\d|[\p{L}]+(?:-[\p{L}]+)?)\s+of\s+(?:you|us)\b/giu;

/** Does the text count its readers by a number the question does not already say ("236 of you")? */
function readersCounted(plan: QueryPlan, text: string): boolean {
  for (const match of text.matchAll(OF_THE_READERS)) {
    const term = termOf(match[1]!.toLowerCase());
    if (term !== null && isNumberTerm(term) && !plan.askedWords.has(term) && !ROUGH_NUMBER_TERMS.has(term))
      return true;
  }
  return false;
}

const HALF = 'half';
/** A half of a game or a year, named by its place: "the second half", "the first half of 2024". */
const GAME_HALF = /\b(?:first|second|1st|2nd|other|back|latter)\s+half\b/i;

/** The first term after the number at `i` that is no number ("1.2 miles" is searched as 1, 2, mile), or ''. */
function wordAfterNumber(terms: readonly string[], i: number): string {
  let j = i + 1;
  while (j < terms.length && isNumberTerm(terms[j]!)) j++;
  return terms[j] ?? '';
}

/**
 * Is every "one" of the text a word for a thing, no count: "one of our best-attended days", "one of the judges",
 * "the first one", "knocked the old one over", "this one"?
 */
function onesNameThings(text: string): boolean {
  const ones = text.match(/\bone\b/gi)?.length ?? 0;
  const things = text.match(ONE_AS_THING)?.length ?? 0;
  return ones > 0 && ones === things;
}

const ONE_AS_THING =
  /\bone\s+of\s+(?:the|our|its|their|his|her|my|your|these|those|us|them)\b|\b(?:the|this|that|which|each|every|any|another|no|first|second|third|last|next|new|old|other|same|only|right|wrong|little|big|small|latest|original)\s+one\b(?!\s+(?:hundred|thousand|million)\b)/gi;

/** A time of day: "7:15", "10.40am", "6pm", "9 p.m.". */
const CLOCK_TIME = /\b(\d{1,2})(?::(\d{2})(?:\s*[ap]\.?m\.?)?|(?:\.(\d{2}))?\s*[ap]\.?m\b\.?)/gi;

/** The numbers of the text's times of day, as search terms; undefined when it has none. */
function clockNumbers(text: string): Set<string> | undefined {
  if (!/\d\s*(?::\d|[ap]\.?m\b|\.\d{2}\s*[ap]\.?m)/i.test(text)) return undefined;
  const found = new Set<string>();
  for (const match of text.matchAll(CLOCK_TIME)) {
    for (const part of match.slice(1)) if (part !== undefined) found.add(termOf(part) ?? part);
    // "10am" is searched as one term.
    const whole = termOf(match[0].replace(/[\s.]/g, '').toLowerCase());
    if (whole) found.add(whole);
  }
  return found;
}

/**
 * Numbers that only number a label, as search terms: a capitalised word and its number before a comma, a stop or
 * a colon ("Stop 1, the old tithe barn", "Room 12.", "Table 4:"), not a quantity ("Over 300, ..."). Undefined
 * when the text has none.
 */
function labelNumbers(text: string): Set<string> | undefined {
  let labels: Set<string> | undefined;
  for (const [, word, number] of text.matchAll(LABEL_NUMBER)) {
    if (NOT_LABELS.test(word!)) continue;
    const term = termOf(number!);
    if (term) (labels ??= new Set()).add(term);
  }
  // "Lifeboat Day on 12 August", "by May 3": the day of a date names a day, it counts nothing.
  for (const [, before, after] of text.matchAll(DAY_OF_MONTH)) {
    const term = termOf(before ?? after!);
    if (term) (labels ??= new Set()).add(term);
  }
  return labels;
}

const MONTH_NAME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b`;
const DAY_OF_MONTH = new RegExp(
  String.raw`\b([0-3]?\d)\s+${MONTH_NAME}|\b${MONTH_NAME}\.?\s+([0-3]?\d)\b(?![.,]\d|\s*(?:%|per))`,
  'g',
);

const LABEL_NUMBER = /(?<![\p{L}\d])(\p{Lu}\p{Ll}+)\s+(\d{1,3})(?=[,.:;)]|$)(?![.,]\d)/gu;
const NOT_LABELS =
  /^(?:Over|Around|About|Nearly|Almost|Some|Approximately|Roughly|Exactly|Just|Only|Another|Total|All|Under|Below|Above|Than|Of|In|On|At|By|To|From|Since|Until|Till|Circa|Were|Was|Are|Is|Reached|Hit|Scored|Totalled|Numbered|Killed|Injured|Wounded)$/;

/**
 * Numbers joined by a hyphen to a span of time ("a 7-day ban", "a three-match ban", "a 12-week trial"), as
 * search terms: such a number says how long, it counts nothing after it. Undefined when the text has no hyphen.
 */
function hyphenBoundNumbers(text: string): Set<string> | undefined {
  if (!text.includes('-')) return undefined;
  const bound = new Set<string>();
  for (const [, number, word] of text.matchAll(HYPHEN_BOUND)) {
    const term = termOf(number!.toLowerCase());
    if (term && isNumberTerm(term) && SPAN_UNITS.test(word!)) bound.add(term);
  }
  return bound;
}

/** A street address: a number and a street ("412 Alder Street", "12 Mill Lane", "7 High St"); the number captured. */
const STREET_ADDRESS =
  /\b(\d+)[a-z]?,?\s+(?:\p{Lu}[\p{L}'\u2019-]*\s+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Way|Drive|Dr|Close|Court|Ct|Place|Pl|Square|Sq|Terrace|Crescent|Parade|Row|Hill|Gardens|Grove|Walk|Boulevard|Blvd|Park)\b\.?/u;

/**
 * Numbers that name, not count, as search terms: a house's in a street address ("14 Quarry Hill Road") and an
 * age group's ("under-16s", "over 60s"). Undefined when the text has none.
 */
function namingNumbers(text: string): Set<string> | undefined {
  let numbers: Set<string> | undefined;
  for (const pattern of [STREET_NUMBER, AGE_GROUP_NUMBER, NUMBERED_THING])
    for (const [, number, second] of text.matchAll(pattern))
      for (const written of [number, second]) {
        // "under-16s" is searched as "16s".
        const term = written === undefined ? undefined : termOf(written);
        if (term) (numbers ??= new Set()).add(term);
      }
  return numbers;
}

/**
 * A number after the word of what it numbers: "between controls 7 and 11 on Blue", "Race 5", "plot 40". It names
 * one of them; it does not count them (a count stands before: "11 controls"). Not a season's, a game's or a
 * round's: a score may follow ("started the season 14–0").
 */
const NUMBERED_THING =
  /\b(?:race|plot|room|table|pitch|court|hole|stage|level|control|question|page|route|platform|gate|unit|flat|episode|chapter|lane|row|seat|bay|zone|section|stop|pull|division|div|block|floor|number|no\.?)(?:s|es)?\s+(\d+)\b(?!\s*(?:%|per|percent|pence|p\b))(?:\s*(?:and|&|,|or|to|-)\s*(\d+)\b)?/giu;

const AGE_GROUP_NUMBER = /\b(?:under|over)[- ]?(\d{1,2}s)\b/gi;

/** Every street address of a text, for its house number (`namingNumbers`). */
const STREET_NUMBER = new RegExp(STREET_ADDRESS.source, 'gu');

/**
 * Numbers written after a currency sign ("Third place: $40 store credit"), as search terms: a sum, which
 * counts nothing ("how many points did the team that came third get"). Undefined when the text has no sign.
 */
function numbersAfterCurrency(text: string): Set<string> | undefined {
  if (!CURRENCY_SIGN.test(text)) return undefined;
  const sums = new Set<string>();
  // "£9,870" is searched as "9" and "870": each part is the sum's.
  for (const [, number] of text.matchAll(AFTER_CURRENCY))
    for (const part of number!.split(/[,.]/)) {
      const term = termOf(part);
      if (term) sums.add(term);
    }
  return sums;
}

const CURRENCY_SIGN = /[£$€¥₹]/;
const AFTER_CURRENCY = /[£$€¥₹]\s?(\d[\d,.]*\d|\d)/g;

const HYPHEN_BOUND = /(?<![\p{L}\d.,-])([\p{L}\d]+)-(\p{L}+)\b/gu;
const SPAN_UNITS = /^(?:second|minute|hour|day|night|week|month|year|decade|match|game|season)$/i;

/** Spans of time as search terms: a number before one says how long ("two weeks"). */
const SPAN_TERMS: ReadonlySet<string> = termsOf(
  'second seconds minute minutes hour hours day days night nights week weeks month months year years decade decades',
);

/** "how many times": the search term counted, and the words a count of times is said with. */
const TIMES = termOf('times') ?? 'time';
const TIMES_SAID: ReadonlySet<string> = termsOf('times occasions');

/** "People" counted, as search terms: the question says only that it counts people. */
const PEOPLE_ASKED: ReadonlySet<string> = termsOf('people persons individuals folks');
/** Words a count of people is written with ("Forty-seven members signed", "recruited 412 adults"). */
const PEOPLE_WORDS: ReadonlySet<string> = termsOf(
  'people persons individuals folks members residents visitors participants adults children kids fans ' +
    'spectators volunteers runners players pupils students staff employees workers passengers customers ' +
    'patients voters attendees guests villagers entrants competitors tenants users subscribers applicants ' +
    'households families men women teenagers readers listeners viewers',
);

function termsOf(words: string): ReadonlySet<string> {
  return new Set(words.split(' ').map((word) => termOf(word) ?? word));
}

/** People of an age, sex, household or school: "41 people entered" says nothing of how many were kids. */
const PEOPLE_OF_A_KIND: ReadonlySet<string> = termsOf(
  'adults children kids men women teenagers households families pupils students',
);

/**
 * Does a number beside this word count the people a count of "people" asks for, or, said as "people", the
 * people of the kind asked ("how many housebound readers": "it currently reaches 42 people")?
 */
function countsPeople(focus: string, counted: string): boolean {
  return (
    (PEOPLE_ASKED.has(focus) && PEOPLE_WORDS.has(counted)) ||
    (PEOPLE_WORDS.has(focus) && !PEOPLE_OF_A_KIND.has(focus) && PEOPLE_ASKED.has(counted))
  );
}

/** Currencies, as search terms. */
const CURRENCY_TERMS: ReadonlySet<string> = termsOf(
  'euros euro dollars dollar pounds pound rupees yen yuan quid pence cents francs roubles rubles dinars naira',
);
/** The words a sum may hold between its number and its currency ("15 million euros"), as search terms. */
const SCALE_TERMS: ReadonlySet<string> = termsOf('thousand million billion trillion');

/** Is the number at `i` a sum of money ("15 million euros", "660 pounds")? */
function isSumOfMoney(terms: readonly string[], i: number): boolean {
  let j = i + 1;
  if (SCALE_TERMS.has(terms[j] ?? '')) j++;
  return CURRENCY_TERMS.has(terms[j] ?? '');
}

/** "How much longer", "how much higher": a difference asked, in the comparative it names. */
const COMPARISON_ASKED = /\bhow much (\p{L}+er|more)\b/iu;

/** Words asking for an exact number. */
const EXACT_ASKED = ['exactly', 'exact', 'precisely', 'precise'];

/**
 * Does the question ask for an exact number ("exactly how many worshippers were there")? A rough size
 * ("hundreds of worshippers") does not answer it. @example session 18, with the count it shadows
 * (answer.ts): chat set 1,550 -> 1,551, dev set h23 +1; WikiQA tune, SQuAD sample and SQuAD's 5 questions
 * with these words unchanged.
 */
export function asksExactly(plan: QueryPlan): boolean {
  return EXACT_ASKED.some((word) => plan.askedWords.has(word));
}
/** Number words that give a rough size, not a count (as search terms: "hundreds" is "hundr"). */
const SEVERAL = termOf('several') ?? 'several';
const ROUGH_NUMBER_TERMS: ReadonlySet<string> = new Set(
  ['hundreds', 'thousands', 'millions', 'billions', 'dozens', 'several', 'scores', 'many', 'few'].map(
    (word) => termOf(word) ?? word,
  ),
);

/**
 * Is a number a year the sentence dates something with ("took over in 2014", "since the summer of 1999")? It
 * counts nothing. @example chat set 1,111 -> 1,113, dev set h16d 72 -> 73; SQuAD's 836 count questions 660
 * right either way (answered 772 -> 768); WikiQA tune one more no-answer page quoted (93 -> 94).
 */
function isYearOfDate(term: string, text: string): boolean {
  if (!/^(?:1[5-9]|20)\d\d$/.test(term)) return false;
  for (const match of text.matchAll(YEAR_OF_DATE)) if (match[1] === term) return true;
  return false;
}

/** An ordinal number as a search term ("6th", "21st"). */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** A year after a word that dates with it: "in 2014", "since the summer of 1999". */
const YEAR_OF_DATE =
  /\b(?:in|since|by|until|till|from|after|before|during|of)\s+(?:the\s+(?:year|summer|spring|autumn|fall|winter)\s+(?:of\s+)?)?(\d{4})\b/gi;

/**
 * A sentence's `shapeWords` for a question type, kept with the sentence: a passage read is scored for
 * question after question, and matching its sentences again was ~5% of choosing sentences at 2k passages.
 */
function shapeWordsOf(sentence: ReadSentence, type: QuestionType): readonly string[][] {
  sentence.shapes ??= {};
  return (sentence.shapes[type] ??= shapeWords(sentence.text, type));
}

/**
 * Can the question only be answered by a number, a date, a measure, a sum of money, a name or an age? An age
 * asked as a claim ("was the islamabad bomber a teenager too?") is no count, yet only an age answers it: the
 * lead sentence sharing "Islamabad" and "bombing" does not. @example session 29: dev set h121 +1, a blind set
 * +1; chat set, SQuAD all 10,570 and WikiQA unchanged.
 */
export function requiredShape(plan: QueryPlan): boolean {
  return (
    plan.measure ||
    plan.money ||
    plan.nameAsked ||
    plan.codeAsked ||
    plan.addressAsked ||
    plan.contactWritten !== undefined ||
    plan.purposeAsked ||
    plan.scoreAsked ||
    plan.standingAsked ||
    plan.age !== undefined ||
    REQUIRED_SHAPES.has(plan.type)
  );
}

// Loops, not some() with arrows: those made closures for every sentence scored.

/** Whether the question says one of the words. */
function asksAny(plan: QueryPlan, words: readonly string[]): boolean {
  for (const word of words) if (plan.askedWords.has(word)) return true;
  return false;
}

/** Whether some shape holds a word the question neither says nor gives by an alias. */
function saysUnasked(plan: QueryPlan, shapes: readonly string[][]): boolean {
  for (const words of shapes) for (const word of words) if (!askedOrAliased(plan, word)) return true;
  return false;
}

/** A word the question says, or a word of a name it gives by an alias ("islamic" for "iskp"). */
function askedOrAliased(plan: QueryPlan, word: string): boolean {
  if (plan.askedWords.has(word)) return true;
  // "Hartley's" when "hartleys" was typed: one term.
  const term = termOf(word) ?? word;
  if (plan.weights.has(term)) return true;
  return plan.aliasTerms.has(term);
}
