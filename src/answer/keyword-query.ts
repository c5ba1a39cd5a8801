/**
 * A search-box query names what it asks for with a noun at its end, not with a question word: "police academy
 * attack city" asks which city, "iskp attacks in 2021 count" how many, "shehzad age" how old, "witness name"
 * what name, "shrine location" where, "mosul capture date" when, "penhallow ban length" how long, "bridge
 * toll price" how much. Read as the question it stands for, the answer must then hold what is asked (a city,
 * a number, an age), as it must for the question typed out; read as keywords, any sentence sharing the words
 * answered ("... reaching major cities like Islamabad and Karachi" for "police academy attack city").
 */

import { englishDictionary } from '../search/dictionary.js';
import { plainQuestion } from './plain-question.js';

/** Words that make a text a question already ("who", "is", "did" ...): such a text is left as typed. */
const ASKING_WORDS = new Set(
  (
    'who whos whom whose what whats when whens where wheres why whys which how hows is are was were am do does did can could ' +
    'should would will shall may might must has have had isnt arent wasnt werent dont doesnt didnt cant ' +
    'couldnt wont tell explain describe'
  ).split(' '),
);

/** Longer texts are sentences or remarks, not search-box queries. */
const MAX_QUERY_WORDS = 8;

const PLACE_KINDS = 'city|province|country|region|town|district|village';
const FATES = 'wounded|injured|killed|dead|deaths|casualties|injuries|fatalities';
const ROLES = 'leader|founder|head|chief|boss|spokesman|spokesperson';

const WHICH_PLACE_LAST = new RegExp(`^(.+?)\\s+(?:which|what)\\s+(${PLACE_KINDS})$`);
const PLACE_END = new RegExp(`\\s(?:${PLACE_KINDS})$`);

/** The noun at the end of a query, and the question it asks with the rest of the query. */
const ASKING_ENDS: ReadonlyArray<[RegExp, (rest: string, noun: string) => string]> = [
  [
    new RegExp(`^(.+?)\\s+(${PLACE_KINDS})(?:\\s+name)?$`),
    (rest, kind) => `which ${kind} was the ${rest} in`,
  ],
  // "Helpline number", "model number" name a number to dial or type, not a count.
  [
    /^(.+?\s(?:phone|telephone|helpline|contact|model|serial|reference|batch|order|tracking|account|flight|room|registration|policy))\s+(number)$/,
    (rest) => `what is the ${rest} number`,
  ],
  [/^(.+?)\s+(count|number|total|tally)$/, (rest) => `how many ${rest}`],
  [new RegExp(`^(.+?)\\s+(${FATES})$`), (rest, fate) => `how many ${fate} in the ${rest}`],
  [/^(.+?)\s+(author|writer)$/, (rest) => `who wrote the ${rest}`],
  [new RegExp(`^(.+?)\\s+(${ROLES})$`), (rest, role) => `who is the ${role} of ${rest}`],
  [/^(.+?)\s+(age)$/, (rest) => `how old was ${rest}`],
  // "BLA full form" (Indian English), "full meaning" (Nigerian English): the name an acronym stands for.
  [/^(.+?)\s+(full\s+(?:name|form|meaning))$/, (rest) => `what is the full name of ${rest}`],
  [/^(.+?)\s+(name)$/, (rest) => `what is the name of the ${rest}`],
  [/^(.+?)\s+(location)$/, (rest) => `where is the ${rest}`],
  [/^(.+?)\s+(date)$/, (rest) => `when was the ${rest}`],
  [/^(.+?)\s+(length|duration)$/, (rest) => `how long was the ${rest}`],
  // "coach breakdown wait time": how long the wait was.
  [/^(.+?)\s+(wait|waiting|delay)(?:\s+time)?$/, (rest) => `how long was the ${rest} wait`],
  [/^(.+?)\s+(cost|price|fee|fees)$/, (rest) => `how much did the ${rest} cost`],
  // "nobody heard the cries quote": the words of the quote asked for.
  [/^(.+?)\s+(quote|line)$/, (rest) => rest],
];

/** What someone said, asked as a noun: "taliban statement on iskp attack", "pakistan pm response mosque blast". */
const SAYING =
  /^(.+?)\s+(?:statement|response|reaction|comments?|reply)(?:\s+(?:on|to|about|after|over|regarding))?(?:\s+(.+))?$/;

/**
 * The question a search-box query stands for, or the text unchanged when it is no such query: it has a
 * question word, runs long, or ends with no asking noun.
 */
export function asQuestion(text: string): string {
  const query = plainQuestion(text).replace(/[?!.\s]+$/u, '');
  const words = query.split(/\s+/);
  if (words.length < 2 || words.length > MAX_QUERY_WORDS) return text;
  // "iskp bombing which city": the question word comes last, with the kind of place it asks for.
  const tail = WHICH_PLACE_LAST.exec(query);
  if (tail && !tail[1]!.split(/\s+/).some((word) => ASKING_WORDS.has(word)))
    return `which ${tail[2]} was the ${tail[1]} in?`;
  if (words.some((word) => ASKING_WORDS.has(word))) return text;
  for (const [pattern, ask] of ASKING_ENDS) {
    const match = pattern.exec(query);
    if (match && !endsName(words)) return `${ask(match[1]!, match[2]!)}?`;
  }
  const said = SAYING.exec(query);
  if (said) return said[2] ? `what did ${said[1]} say about the ${said[2]}?` : `what did ${said[1]} say?`;
  return text;
}

/**
 * Does a kind of place end a name rather than ask ("Khorasan Province", "kansas city")? It does when the word
 * before it is no dictionary word in lower case. (Not read from capitals: letter case must change no answer.)
 */
function endsName(words: readonly string[]): boolean {
  if (!PLACE_END.test(words.join(' '))) return false;
  return !englishDictionary().isWordAsWritten(words.at(-2) ?? '');
}
