/**
 * A question word left where its answer would stand, as learners of English and people in a hurry type:
 * "the bomber was how old", "shah noorani shrine is in which province", "US government said what after the
 * attack", "the pilgrims were coming from which city". Every reading of a question's shape looks for its
 * question word first ("which province ..." needs a province's name), so the word and what it asks about
 * are moved to the front: "how old was the bomber", "in which province is shah noorani shrine", "what US
 * government said after the attack". A question word after a noun opens a relative clause ("the shrine where
 * hundreds were dancing", "the city in which the attack ...") and is left alone. @example session 31: dev set
 * h145 (learners of English) +4, SQuAD all +2 ("Graham Gano kicked a field goal of how many yards?"); chat set
 * and blind sets unchanged.
 */

/** Words a question opens with when its question word is already in front, or a yes/no question. */
const OPENS_AS_QUESTION =
  /^\W*(?:who|whom|whose|what|whats|which|when|where|why|how|hows|is|are|am|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must|isnt|arent|wasnt|werent|dont|doesnt|didnt|cant|couldnt|wont|wouldnt|hasnt|havent|hadnt)\b/iu;

/** A verb that links its subject to the asked word, moved back after it ("how old was the bomber"). */
const LINKING = new Set('is are am was were will would can could should has have had does did do'.split(' '));
const PREPOSITIONS = new Set(
  'in at from to on by with for near into about of after before during since until toward towards'.split(' '),
);
/** Words before which an asked word is where the answer stands: verbs of saying, having, doing, and prepositions. */
const BEFORE_ASKED = new Set([
  ...(
    'is are am was were be been being will would can could should has have had having does did do doing done ' +
    'said says say told tells tell took takes take made makes make got gets get went goes go came comes come ' +
    'saw see gave gives give began begin ran hit led leaves left sent struck held brought found thought became ' +
    'fled fought blew meant means mean knew know wants want called named killed'
  ).split(' '),
  ...PREPOSITIONS,
]);
/** After these an asked word opens a clause of its own, not an answer's place ("in which the attack ..."). */
const CLAUSE_OPENERS = new Set(
  'the a an he she they it we i you his her their its this that these those there'.split(' '),
);
/** Words that may follow a question word at the end: "stands for what exactly", "what again". */
const TRAILING_ADVERBS = new Set(
  'exactly again then now though tho precisely anyway actually lol'.split(' '),
);
/** Most words before the asked phrase (see `withAskedWordInFront`). */
const MAX_SUBJECT_WORDS = 6;
/** Verbs of naming: "calling it what", "named after whom". */
const NAMING_VERB =
  /^(?:call|calls|called|calling|name|names|named|naming|term|terms|termed|label|labels|labelled|labeled|labelling|labeling|refer|refers|referred|referring)$/;
/** Words after "how" that make one asked phrase with it ("how old", "how many"). */
const HOW_WHAT = new Set('many much old long far big large often tall'.split(' '));

/**
 * "Iskp attacks claimed after 2022 - how many", "shrine dead, how many?", "claimed attacks after 2022 how
 * many": what is counted typed first, the count asked after it. @example session 31: dev set h152 +1.
 */
const COUNT_ASKED_AFTER = /^(.*?\p{L}.*?)(?:\s*[-\u2013\u2014,:]\s*|\s+)how\s+(many|much)\s*([?!.]*)\s*$/iu;

/**
 * A blank where the answer stands ("captured mosul in the year ____", "ISKP stands for ___"), with the word for
 * what fills it before it when there is one ("the year").
 */
const BLANK = /\b(?:(?:the|a|an)\s+(\p{L}+)\s+)?_{2,}/giu;

/** A quiz's blank read as the asked word ("in the year ___": "in what year"), left for `withAskedWordInFront`. */
export function withBlankAsked(text: string): string {
  if (!text.includes('__')) return text;
  return text.replace(BLANK, (_, kind: string | undefined) => (kind ? `what ${kind}` : 'what'));
}

/** The question with an asked word typed in place moved to its front, or the text unchanged. */
export function withAskedWordInFront(text: string): string {
  if (OPENS_AS_QUESTION.test(text)) return text;
  const counted = COUNT_ASKED_AFTER.exec(text);
  if (counted) return `how ${counted[2]!.toLowerCase()} ${counted[1]}${counted[3]}`;
  // "... killed how many people?": the end's "?" stays at the end.
  const ending = /[?!.\s]*$/u.exec(text)![0];
  const words = text
    .slice(0, text.length - ending.length)
    .split(/\s+/)
    .filter((word) => word.length > 0);
  const bare = words.map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
  for (let i = 1; i < words.length; i++) {
    const phrase = askedPhrase(bare, i);
    if (phrase === 0) continue;
    // A comma or full stop before it: a question of its own ("ok so, what ..."), left to the other readings.
    if (/[,.;:!?]$/.test(words[i - 1]!)) return text;
    let start = i;
    if (PREPOSITIONS.has(bare[i - 1]!)) start = i - 1;
    if (start === 0 || !BEFORE_ASKED.has(bare[i - 1]!)) return text;
    const end = i + phrase;
    // A long subject is a sentence with a question in it, read better as written ("Century City is an
    // example of a district that belongs to which city?"); a chat question's subject is short.
    if (start > MAX_SUBJECT_WORDS) return text;
    // "ISKP stands for what": a question word at the end is read there already (answer-type.ts).
    if (phrase === 1 && bare.slice(end).every((word) => TRAILING_ADVERBS.has(word))) return text;
    // "... but perhaps I am mistaken. Since what year ...": the question is its own sentence.
    if (words.slice(0, start).some((word) => /[,.;:!?]$/.test(word))) return text;
    // "Khan is calling IS what type of group": what something is called is read as it stands.
    if (bare.slice(0, start).some((word) => NAMING_VERB.test(word))) return text;
    // "Said what after the attack": the next word may be a preposition or the end, not a clause's subject.
    if (end < words.length && CLAUSE_OPENERS.has(bare[end]!)) return text;
    const asked = words.slice(start, end);
    const tail = words.slice(end);
    const subject = words.slice(0, start);
    const linking = LINKING.has(bare[start - 1]!) && start >= 2 ? subject.pop()! : undefined;
    // "The teenage bomber was having what name": the name of the teenage bomber.
    if (bare[i] === 'what' && bare[i + 1] === 'name' && phrase === 2)
      return ['what is the name of', ...withoutVerb(subject, bare), ...tail].join(' ') + ending.trim();
    const front = linking === undefined ? [...asked, ...subject] : [...asked, linking, ...subject];
    return [...front, ...tail].join(' ') + ending.trim();
  }
  return text;
}

/** The subject without its verbs of having ("the bomber [was having]"). */
function withoutVerb(subject: readonly string[], bare: readonly string[]): string[] {
  let end = subject.length;
  while (end > 1 && /^(?:having|had|has|have|was|were|is|are)$/.test(bare[end - 1]!)) end--;
  return subject.slice(0, end);
}

/** How many words the asked phrase at `i` spans ("how old" 2, "which province" 2, "what" 1), or 0. */
function askedPhrase(bare: readonly string[], i: number): number {
  const word = bare[i]!;
  const next = bare[i + 1];
  if (word === 'how' && next !== undefined && HOW_WHAT.has(next)) {
    // "How many people": the counted noun goes with it.
    const counted = bare[i + 2];
    const takesNoun = (next === 'many' || next === 'much') && counted !== undefined;
    return takesNoun &&
      !PREPOSITIONS.has(counted) &&
      !CLAUSE_OPENERS.has(counted) &&
      !BEFORE_ASKED.has(counted)
      ? 3
      : 2;
  }
  if (word === 'which' || word === 'what') {
    if (next === undefined || PREPOSITIONS.has(next) || TRAILING_ADVERBS.has(next)) return 1;
    // "Said what happened", "knew which one was": a clause of its own, not an asked thing.
    if (CLAUSE_OPENERS.has(next) || BEFORE_ASKED.has(next) || /(?:ed|ing)$/.test(next)) return 0;
    return 2;
  }
  if (word === 'where' || word === 'when' || word === 'who' || word === 'whom') return 1;
  return 0;
}
