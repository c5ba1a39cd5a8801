/**
 * "What is the name of the teenage bomber": a name answers only when it is the bomber's, written beside the
 * word for him ("the bomber, Ali Khan", "bomber Ali Khan") or given as a name ("a method known as trial
 * division"). A sentence about the bomber that names no one ("A teenage suicide bomber blew himself up"),
 * or names someone far from him, does not say his name.
 */
import { STOP_WORDS, termOf } from '../search/analyzer.js';
import { englishDictionary } from '../search/dictionary.js';
import { isCalendarName, PAST_VERB } from './answer-type.js';
import type { QueryPlan } from './query-plan.js';
import { meaningMatch, WORD } from './term-match.js';
import { isRegionCode, isRegionName, inRegionName, regionOfDemonym } from './region-names.js';

/**
 * Between a name and the word for what it names only small words and other names may stand: "the boat,
 * the Grey Heron", "The Quasiturbine is a uniflow engine", "the desert city of Palm Springs", "the
 * Chairman of the Board of Trustees is Andrew Alper". Not these, which say who did it or where, not what it
 * is called: "the Islamabad mosque by the Islamic State", "a police academy in Quetta". Any other word
 * between them ("Islamic State terrorist attacks, especially by suicide bombers") means the name is not the
 * thing's.
 */
const NOT_LINKS = new Set(
  'by from with against than not no on at in into for to after before during about'.split(' '),
);
/** Most words between a maker's name and a word for the thing it made. */
const MAKER_REACH = 3;
/** "is a", "was an", "are": what puts a name as what the thing is. */
const COPULAS = new Set(['is', 'was', 'are', 'were']);

/** Is the name at `i` said to be what the subject is ("is a Record Power DP58B", "are Labradors")? */
function saidToBe(words: readonly string[], i: number): boolean {
  const before = words[i - 1]?.toLowerCase();
  if (before === 'a' || before === 'an' || before === 'all')
    return COPULAS.has(words[i - 2]?.toLowerCase() ?? '');
  return COPULAS.has(before ?? '');
}

/** Most words between a name and a word for what it names. */
const NAME_REACH = 4;
/** Least match between a sentence word and a word of the named thing for the one to stand for the other. */
const MIN_THING_MATCH = 0.8;
/** Words that give what follows as a name, capitalised or not ("known as trial division"). */
const NAMING = new Set(['called', 'named', 'termed', 'dubbed', 'titled', 'entitled']);

/** Does the sentence give a name, not one the question says, beside a word for the thing named? */
export function namesThing(plan: QueryPlan, text: string): boolean {
  const matches = [...text.matchAll(WORD)];
  const words = matches.map((match) => match[0]);
  const names: number[] = [];
  const things: number[] = [];
  // "The teen shrine bombers name": a name beside the bomber, not the shrine ("the shrine of ... Shah Noorani").
  const whose = plan.nameOwner === undefined ? unnamedWords(plan, words) : [plan.nameOwner];
  const personAsked = asksPersonName(plan);
  words.forEach((word, i) => {
    const lower = word.toLowerCase();
    const capitalised = word[0] !== lower[0];
    const named = i > 0 && (NAMING.has(words[i - 1]!.toLowerCase()) || isKnownAs(words, i));
    // "Pakistan's most violent sectarian groups", "Port Elm's mayor": an owner, not the thing's name.
    const owner = ownerAt(words, i);
    const name =
      capitalised &&
      !owner &&
      !STOP_WORDS.has(lower) &&
      !plan.askedWords.has(lower) &&
      !(personAsked && namesNoPerson(words, i));
    if (named || name) names.push(i);
    if (standsFor(plan, whose, lower)) things.push(i);
  });
  if (plan.namedThing.length === 0) return names.length > 0;
  // A maker: a name beside a word for the thing ("a Record Power lathe", "the pups are all Labrador crosses") or
  // said to be what it is ("The pillar drill we bought in the autumn is a Record Power DP58B"), not the
  // sentence's opening word nor a month or day ("After eighteen months of saving, the new 14-inch bandsaw arrived
  // on 3 March" names no maker), nor a name further off ("..., and Colin has already cut a dozen bird boxes";
  // "bows ... using a £640 grant from Fenwick Rotary"; session 63: dev +1).
  if (plan.makerAsked)
    return (
      things.length > 0 &&
      names.some(
        (i) =>
          !opensSentence(matches[i]!, text) &&
          !isCalendarName(words[i]!.toLowerCase()) &&
          (things.some((t) => Math.abs(t - i) <= MAKER_REACH) || saidToBe(words, i)),
      )
    );
  // "The teachers of Dharma in Tibet are most commonly called a Lama": the thing, then a word naming it.
  const naming = words.findIndex((word, i) => NAMING.has(word.toLowerCase()) || isKnownAs(words, i));
  if (naming >= 0 && things.some((t) => t < naming)) return true;
  return names.some((n) =>
    things.some(
      (t) =>
        n !== t &&
        !(n < t && describesOne(words, n)) &&
        (linked(words, n, t) || setBeside(matches, words, text, n, t)),
    ),
  );
}

/**
 * "The name of the islamabad mosque": a name the question gives (one the sentence writes with a capital) says
 * which thing, it is not the thing whose name is asked (else "cities like Islamabad and Karachi" named it). Not
 * a rare word the sentence writes in lower case ("a uniflow engine") nor an owner ("Tesla's new partners").
 */
function unnamedWords(plan: QueryPlan, words: readonly string[]): string[] {
  const capitalised = new Set(
    words.filter((word) => word[0] !== word[0]!.toLowerCase()).map((word) => termOf(word.toLowerCase())),
  );
  const unnamed = plan.namedThing.filter(
    (term) => !(plan.specific.has(term) && capitalised.has(term) && !ownerIn(plan.asked, term)),
  );
  return unnamed.length > 0 ? unnamed : plan.namedThing;
}

/** "Tesla's new partners": the name owns the thing asked about, which may be named beside it. */
function ownerIn(question: string, term: string): boolean {
  const escaped = term.replace(/[^\p{L}\p{N}]/gu, '');
  // Terms are unaccented: "Temüjin's wife" is read as "temujin".
  const plain = question.normalize('NFD').replace(/\p{M}/gu, '');
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped}\p{L}*['\u2019]`, 'iu').test(plain);
}

/**
 * "An Islamabad mosque", "a Quetta hospital": a name after "a" or "an" says where or what kind the thing
 * is, one of many; it is not what the thing is called.
 */
function describesOne(words: readonly string[], name: number): boolean {
  const before = words[name - 1]?.toLowerCase();
  return before === 'a' || before === 'an';
}

/** Words that introduce examples of a thing: "ten countries including Libya", "cities such as Quetta". */
const EXAMPLE_LINKS = new Set([
  'including',
  'includes',
  'include',
  'such',
  'as',
  'like',
  'namely',
  'especially',
]);

/**
 * Is the name set beside the thing by punctuation or an example word: "Mosul, Iraq's second largest city",
 * "the 2010 Christmas special: "A Christmas Carol"", "ten countries including Libya"?
 */
function setBeside(
  matches: readonly RegExpMatchArray[],
  words: readonly string[],
  text: string,
  name: number,
  thing: number,
): boolean {
  const end = (i: number) => matches[i]!.index! + matches[i]![0].length;
  if (thing < name) {
    // The thing, then only punctuation before its name ("special: "A Christmas Carol"").
    const between = text.slice(end(thing), matches[name]!.index);
    if (/^\s*[:,(\u2013\u2014-]\s*["'\u201c\u2018]?\s*(?:\p{Lu}[\p{L}\p{N}]*\s+)*$/u.test(between))
      return true;
    // "ten countries including Libya and Egypt".
    const gap = words.slice(thing + 1, name).map((word) => word.toLowerCase());
    return (
      gap.length > 0 &&
      gap.length <= 3 &&
      EXAMPLE_LINKS.has(gap[0]!) &&
      gap.every((word) => !NOT_LINKS.has(word))
    );
  }
  // The name, a comma, then words saying what it is, ending in the thing ("Mosul, Iraq's second largest city").
  if (!/^\s*,\s*$/.test(text.slice(end(name), matches[name + 1]?.index))) return false;
  const gap = words.slice(name + 1, thing).map((word) => word.toLowerCase());
  // A verb after the comma says what the name did ("helmed by Lowenna Pascoe, pulled a 14-year-old boy"):
  // the thing is another.
  if (gap.length > 0 && (PAST_VERB.test(gap[0]!) || MORE_PAST_VERBS.has(gap[0]!))) return false;
  return gap.length <= NAME_REACH && gap.every((word) => !NOT_LINKS.has(word));
}

/** Past verbs beside answer-type.ts's `PAST_VERB` that may follow a name and a comma ("Priya Nandra, won ..."). */
const MORE_PAST_VERBS: ReadonlySet<string> = new Set(['won', 'lost', 'beat', 'brought', 'caught', 'found']);

/** Do the words between a name and a thing word only link them ("the", "is a", "of", other names)? */
function linked(words: readonly string[], a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  if (to - from - 1 > NAME_REACH) return false;
  for (let i = from + 1; i < to; i++) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    const small = STOP_WORDS.has(lower) && !NOT_LINKS.has(lower);
    if (!small && word[0] === lower[0]) return false;
  }
  return true;
}

/**
 * Does the text name something the question and the passage's title do not ("Lavietes Pavilion", "SAP
 * Center")? A name question is answered by such a name even when the text does not write the thing's word
 * beside it; the article's own subject ("Islamic State" in an article titled so) answers no name question.
 * A capitalised word opening a sentence is a name only when the dictionary lacks it in lower case.
 */
/** Is a country named in the question by its people's word ("afghan": "afghanistan", "pakistani": "pakistan")? */
function askedByDemonym(plan: QueryPlan, region: string): boolean {
  for (const asked of plan.askedWords) {
    if (asked.length < 4 || asked === region) continue;
    if (region.startsWith(asked) || asked.startsWith(region) || regionOfDemonym(asked) === region)
      return true;
  }
  return false;
}

export function holdsNewName(
  plan: QueryPlan,
  text: string,
  titleTerms: ReadonlySet<string>,
  placeAsked = plan.namedThing.some((thing) => PLACE_TERMS.has(thing)),
  /** A place within a country is asked ("which city", "where in afghanistan"): a country names none. */
  withinCountryAsked = plan.namedThing.some((thing) => WITHIN_COUNTRY_TERMS.has(thing)),
): boolean {
  const matches = [...text.matchAll(WORD)];
  const words = matches.map((match) => match[0]);
  // "Which European countries": "Europe" or "North Africa" is no country, city or province.
  const withinRegionAsked = plan.namedThing.some((thing) => WITHIN_REGION_TERMS.has(thing));
  const countryAsked = plan.namedThing.includes(COUNTRY_TERM);
  const personAsked = asksPersonName(plan);
  for (const [i, match] of matches.entries()) {
    const word = match[0];
    const lower = word.toLowerCase();
    if (
      word[0] === lower[0] ||
      /['\u2019]s$/.test(lower) ||
      STOP_WORDS.has(lower) ||
      plan.askedWords.has(lower) ||
      isCalendarName(lower)
    )
      continue;
    // "Which afghan province": Afghanistan is asked already, by its people's word.
    if (isRegionName(lower) && askedByDemonym(plan, lower)) continue;
    const opening = /(?:^|[.!?]["'\u201d\u2019]?\s+)["'\u201c\u2018]?$/.test(text.slice(0, match.index));
    // "Which province ...": a place is named as the subject of a sentence or of the asked verb ("Sweden
    // rationed gasoline", "the Netherlands faced an embargo") or where something is in, at or from it ("in
    // Sindh"), not by any name ("the shrine of the Sufi saint Shah Noorani").
    if (placeAsked && !opening && !afterLocative(words, i) && !beforeAskedWord(plan, words, i)) continue;
    if (withinRegionAsked && worldRegionAt(words, i)) continue;
    if (personAsked && namesNoPerson(words, i)) continue;
    // A country names no town, nor does a people's word: "American airstrikes" says whose, not which town
    // ("European chemists" may still say which region, "Syrian troops" which country).
    if (
      withinCountryAsked &&
      (isRegionName(lower) ||
        isRegionCode(lower) ||
        inRegionName(words, i) ||
        regionOfDemonym(lower) !== undefined ||
        CONTINENT_PEOPLES.has(lower))
    )
      continue;
    if (opening && englishDictionary().isWordAsWritten(lower)) continue;
    const term = termOf(lower);
    // The article's subject answers no name question, but a city or province in its title answers "which
    // city", and a country there "which country" ("Islamic State Attack in Pakistan").
    if (
      term !== null &&
      (!titleTerms.has(term) || withinCountryAsked || (countryAsked && isRegionName(lower)))
    )
      return true;
  }
  return false;
}

/**
 * Words for a person whose name may be asked ("the bomber's name", "was the islamabad bomber ever named",
 * "the intelligence official"), as search terms. @example session 31: chat set 7,836 -> 7,841, dev sets
 * h135, h152, h153 +1 each (traps: a group or a country named in place of the bomber); SQuAD all, blind sets
 * unchanged.
 */
const PERSON_NOUNS: ReadonlySet<string> = new Set(
  (
    'bomber bombers attacker attackers gunman gunmen man woman guy person official officials spokesman ' +
    'spokesperson spokeswoman leader witness survivor reporter victim pilgrim officer soldier commander ' +
    'founder chief minister boy girl teen teenager kid suspect perpetrator killer shooter mastermind'
  )
    .split(' ')
    .map((word) => termOf(word))
    .filter((term): term is string => term !== null),
);
/** Words that make a capitalised run the name of a body, not a person ("Islamic State Khorasan Province"). */
const BODY_WORDS: ReadonlySet<string> = new Set(
  (
    'state province army group front organisation organization party agency institute center centre council ' +
    'ministry forces force movement coalition line news university company corporation association committee ' +
    'league brigade network media press times post journal government police academy'
  ).split(' '),
);

/** Is the name asked a person's (the thing named is a bomber, an official, a witness ...)? */
function asksPersonName(plan: QueryPlan): boolean {
  const thing = plan.nameOwner ?? plan.namedThing[plan.namedThing.length - 1];
  return thing !== undefined && PERSON_NOUNS.has(thing);
}

/**
 * Does the capitalised word name no person: a country or its people's word ("Pakistan", "Syrian"), an
 * acronym ("ISKP", "AFP"), or a word of a body's name ("Islamic State Khorasan Province", "The Media Line")?
 */
function namesNoPerson(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  const lower = word.toLowerCase();
  if (isRegionName(lower) || isRegionCode(lower) || regionOfDemonym(lower) !== undefined) return true;
  if (word.length >= 2 && word === word.toUpperCase() && /\p{L}/u.test(word)) return true;
  const capitalised = (at: number) => {
    const other = words[at];
    return other !== undefined && other[0] !== other[0]!.toLowerCase();
  };
  let first = i;
  while (capitalised(first - 1)) first--;
  for (let at = first; capitalised(at); at++) if (BODY_WORDS.has(words[at]!.toLowerCase())) return true;
  return false;
}

/**
 * Continents and the world's regions, larger than any country ("North Africa", "West Africa", "the Middle
 * East"): they answer "which region", not "which country / city / province". @example session 17, with
 * "which european countries" read as a place name question (answer-type.ts): chat set 1,319 -> 1,322 (three
 * traps, "Europe" no longer names a European country), dev set h16a +1; WikiQA tune, SQuAD sample
 * unchanged; SQuAD's 132 "which/what (adjective) city / country / province ..." questions 80 -> 77 right.
 */
const CONTINENTS: ReadonlySet<string> = new Set(
  'africa europe asia americas oceania antarctica arctic eurasia'.split(' '),
);
/** Peoples of continents ("American airstrikes"), which `regionOfDemonym` does not read as countries. */
const CONTINENT_PEOPLES: ReadonlySet<string> = new Set(
  'american americans european europeans african africans asian asians'.split(' '),
);
/** A continent's part named as a region: "North Africa", "Central Asia", "Latin America". */
const REGION_OF_CONTINENT =
  /^(?:(?:north|south|east|west|central|western|eastern|northern|southern)\s+(?:africa|asia|europe|america)|latin\s+america|middle\s+east)$/;

/**
 * Is the word a continent, or one of the two words of a region of one ("North" or "Africa" in "North
 * Africa")? Not "South Africa", a country; "America" alone is as often the United States.
 */
function worldRegionAt(words: readonly string[], i: number): boolean {
  const pair = (a?: string, b?: string) => (a && b ? `${a} ${b}`.toLowerCase() : '');
  const region = (text: string) => text !== 'south africa' && REGION_OF_CONTINENT.test(text);
  if (region(pair(words[i], words[i + 1])) || region(pair(words[i - 1], words[i]))) return true;
  return CONTINENTS.has(words[i]!.toLowerCase()) && pair(words[i - 1], words[i]) !== 'south africa';
}

/** Kinds of place smaller than a world region: those a "which ..." question asks the name of. */
export const WITHIN_REGION_TERMS: ReadonlySet<string> = new Set(
  'province city country town district village capital hospital airport prison'
    .split(' ')
    .map((word) => termOf(word)!),
);

/** Kinds of place within a country (all of the above but "country"), which a country's name does not name. */
const WITHIN_COUNTRY_TERMS: ReadonlySet<string> = new Set(
  [...WITHIN_REGION_TERMS].filter((term) => term !== termOf('country')),
);

const COUNTRY_TERM = termOf('country')!;

/** The words a "which city / province / country" question names, as terms. */
const PLACE_TERMS: ReadonlySet<string> = new Set(
  'province city country region town district village state capital'.split(' ').map((word) => termOf(word)!),
);
/** Words that put a name as a place: "in Sindh", "from North Africa", "near Quetta", "tied with Miami". */
const LOCATIVES = new Set(
  'in at near from to into across outside inside within throughout toward towards around with'.split(' '),
);

/** Where the name a word is part of begins: back past the name's other capitalised words and "the". */
export function nameStart(words: readonly string[], i: number): number {
  let first = i;
  while (
    first > 0 &&
    (words[first - 1]![0] !== words[first - 1]![0]!.toLowerCase() ||
      words[first - 1]!.toLowerCase() === 'the')
  )
    first--;
  return first;
}

/** Does a name's word stand after a locative preposition, past "the" and the name's other capitalised words? */
function afterLocative(words: readonly string[], i: number): boolean {
  let j = nameStart(words, i) - 1;
  // "In both Iraq and Syria", "at an Islamabad mosque".
  if (j > 0 && /^(?:a|an|both|either)$/i.test(words[j]!)) j--;
  return j >= 0 && LOCATIVES.has(words[j]!.toLowerCase());
}

/** Does the name a word is part of stand before a word of the question ("the Netherlands faced an embargo")? */
function beforeAskedWord(plan: QueryPlan, words: readonly string[], i: number): boolean {
  let j = i + 1;
  while (j < words.length && words[j]![0] !== words[j]![0]!.toLowerCase()) j++;
  const term = j < words.length ? termOf(words[j]!.toLowerCase()) : null;
  return term !== null && plan.weights.has(term);
}

/** Is the word a possessive, or a capitalised word of a name that ends in one ("Port" in "Port Elm's")? */
function ownerAt(words: readonly string[], i: number): boolean {
  for (let j = i; j < words.length; j++) {
    const word = words[j]!;
    if (/['\u2019]s$/.test(word)) return true;
    if (word[0] === word[0]!.toLowerCase()) return false;
  }
  return false;
}

function isKnownAs(words: readonly string[], i: number): boolean {
  return i > 1 && words[i - 1]!.toLowerCase() === 'as' && words[i - 2]!.toLowerCase() === 'known';
}

/** Does the text write a word for the named thing ("mosque" for "the name of the mosque")? */
export function writesThing(plan: QueryPlan, text: string): boolean {
  // A place is named where it stands ("in Israel"), not beside the word "country": holdsNewName checks that.
  if (plan.namedThing.some((thing) => PLACE_TERMS.has(thing))) return false;
  // Words for kinds of things, not a year or a name ("the 2010 Christmas special").
  const kinds = plan.namedThing.filter((thing) => !/^\d/.test(thing) && !plan.specific.has(thing));
  if (kinds.length === 0) return false;
  for (const match of text.matchAll(WORD)) if (standsFor(plan, kinds, match[0].toLowerCase())) return true;
  return false;
}

/** Does a word (lower case) stand for one of the named thing's terms ("mosque", "mosques")? */
function standsFor(plan: QueryPlan, things: readonly string[], lower: string): boolean {
  const term = termOf(lower);
  if (!term) return false;
  return things.some(
    (thing) => meaningMatch(plan, thing, term) >= MIN_THING_MATCH || derivedFrom(term, thing),
  );
}

/** Most letters a word derived from another adds to it ("teen" -> "teenage"). */
const MAX_DERIVED_LETTERS = 3;

/**
 * Is the term a word made from the thing's by an ending ("teenag" from "teen": "the teen who bombed the
 * shrine" is "a teenage suicide bomber")? Their vectors are near, not always near enough.
 */
function derivedFrom(term: string, thing: string): boolean {
  return thing.length >= 4 && term.startsWith(thing) && term.length - thing.length <= MAX_DERIVED_LETTERS;
}

/**
 * "Which province is the shrine in": is every place word the question names ("province") written in the
 * text inside a longer name ("the Islamic State Khorasan Province", a run of three or more capitalised
 * words), where it names a group, not a province? ("Sindh Province" still names one.)
 */
export function placeWordOnlyInName(plan: QueryPlan, text: string): boolean {
  const asked = plan.namedThing.filter((thing) => PLACE_TERMS.has(thing));
  if (asked.length === 0) return false;
  const matches = [...text.matchAll(WORD)];
  const capitalised = (i: number) => /^\p{Lu}/u.test(matches[i]?.[0] ?? '');
  // Two words of one name stand apart by spaces only ("Kansas City , Missouri" is two names).
  const joined = (i: number) =>
    /^[ \t]+$/.test(text.slice(matches[i]!.index + matches[i]![0].length, matches[i + 1]!.index));
  let written = 0;
  for (const [i, match] of matches.entries()) {
    const term = termOf(match[0].toLowerCase());
    if (term === null || !asked.includes(term)) continue;
    written++;
    if (!capitalised(i)) return false;
    let first = i;
    while (first > 0 && capitalised(first - 1) && joined(first - 1)) first--;
    let last = i;
    while (last + 1 < matches.length && capitalised(last + 1) && joined(last)) last++;
    if (last - first + 1 < 3) return false;
  }
  return written > 0;
}

/** Is the word the first of its sentence (where any word has a capital)? */
function opensSentence(match: RegExpMatchArray, text: string): boolean {
  return /(?:^|[.!?:]["'\u201d\u2019)]*\s+|\n\s*(?:[-*#]+\s*)?)["'\u201c\u2018(]*$/.test(
    text.slice(0, match.index),
  );
}
