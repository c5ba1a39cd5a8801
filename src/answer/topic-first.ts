/**
 * A topic typed first, then the question about it with a pronoun for it: "iskp: who leads it?", "the mosque
 * in islamabad - what was its name?", "shehzad, from what city did he travel", "the BLA operations going on at
 * the time, where were they". Read with the topic where its pronoun stands ("who leads iskp", "what was the
 * name of the mosque in islamabad"), the question's shape is read as for a question typed in order: a name
 * asked is the mosque's, a place asked is where the operations were. @example session 32: dev set h163 (topic
 * first, question last) 86 -> 90, h135 +2, chat set 8,382 -> 8,386; blind sets, SQuAD unchanged.
 */

/** A topic, a dash, colon or comma, then the question (a question word or an auxiliary, maybe a preposition). */
const TOPIC_THEN_QUESTION =
  /^\s*([^,:;?!.\u2013\u2014-]+?)\s*(?:\s[-\u2013\u2014]+|:|,)\s+((?:(?:in|from|at|to|on|by|with|for)\s+)?(?:who|whom|whose|what|whats|which|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|has|have|had)\b.*)$/iu;

/** Words a topic never opens with: a question of its own, or chat before the question ("ok so, ..."). */
const NOT_A_TOPIC =
  /^(?:who|whom|whose|what|whats|which|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|has|have|had|if|so|ok|okay|and|but|or|wait|hey|yo|bro|lol|also|then|because|since|according|after|before|in|per)\b/iu;

/** The asker, a topic never: "i was reading about the islamabad thing, which group did it?". */
const FIRST_PERSON = /\b(?:i|im|i'm|ive|i've|id|i'd|me|my|we|our)\b/iu;

/** Most words of a topic: longer is a sentence with a question after it. */
const MAX_TOPIC_WORDS = 8;

/**
 * Pronouns that stand for the topic, as a subject or object; not the article ("did it really say that").
 */
const STANDS_FOR =
  /\b(?:it|they|them|he|him|she)\b(?!\s+(?:(?:really|actually|even|ever)\s+)?(?:say|says|said|mention|mentions|mentioned)\b)/iu;
/**
 * A thing's or group's possessive ("its name", "their goal"). Not a person's ("the guy who talked to AFP,
 * what was his name"): a person's name stands beside what they did ("Moahammed Shehzad, 25, ... told the
 * AFP"), rarely beside the asker's word for them, so the name tag's reading (answer-type.ts) serves better.
 */
const POSSESSIVE = /\b(?:its|their)\s+([\p{L}\p{N}'-]+)/iu;

/**
 * A topic said with what it is not, first: "dylan o'driscoll isnt at INEGMA, where does he work", "the
 * bombing wasnt only about killing ppl, what did it serve as". The subject is the topic; what it is not
 * is no part of the answer (INEGMA is someone else's institute).
 */
const SAID_NOT =
  /^(.+?)\s+(?:is|was|are|were|does|do|did|has|have|had|ca|wo)(?:n['\u2019]?t|\s+not)\b|^(.+?)\s+(?:isnt|wasnt|arent|werent|doesnt|dont|didnt|hasnt|havent|hadnt|cant|wont)\b/iu;
/** A tag question after a statement: "was it?", "didn't they", "is he". */
const TAG =
  /^(?:is|was|are|were|do|does|did|has|have|had|can|could|will|would)(?:n['\u2019]?t|\s+not)?\s+(?:it|he|she|they|there|that|this)\W*$/iu;
/** Most words of the subject of a topic said with what it is not. */
const MAX_SUBJECT_WORDS = 4;

/** The question with a topic typed first put where its pronoun stands, or the text unchanged. */
export function withTopicInPlace(text: string): string {
  const match = TOPIC_THEN_QUESTION.exec(text);
  if (!match) return text;
  const said = match[1]!.trim();
  // "the bomber wasn't older than 16, was he?": a tag asks whether the statement holds, all of it.
  const saidNot = TAG.test(match[2]!) ? null : SAID_NOT.exec(said);
  const subject = saidNot ? (saidNot[1] ?? saidNot[2])!.trim() : undefined;
  const topic =
    subject !== undefined && subject.split(/\s+/).length <= MAX_SUBJECT_WORDS && !STANDS_FOR.test(subject)
      ? subject
      : said;
  const question = match[2]!;
  if (NOT_A_TOPIC.test(topic) || FIRST_PERSON.test(topic)) return text;
  if (topic.split(/\s+/).length > MAX_TOPIC_WORDS) return text;
  const possessive = POSSESSIVE.exec(question);
  const pronoun = STANDS_FOR.exec(question);
  // The first of them stands for the topic: "the bomber, how old was he and what was his name".
  if (possessive && (!pronoun || possessive.index < pronoun.index))
    return replaceAt(question, possessive.index, possessive[0].length, `the ${possessive[1]} of ${topic}`);
  if (pronoun) return replaceAt(question, pronoun.index, pronoun[0].length, topic);
  return text;
}

function replaceAt(text: string, at: number, length: number, by: string): string {
  return text.slice(0, at) + by + text.slice(at + length);
}
