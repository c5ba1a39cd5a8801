/**
 * "Whats redvale's email address so i can send a late comment", "what is the website for joining the
 * society": a contact detail asked, that only the detail itself answers. "You can write to Redvale Buses ...
 * by email" gives none; nor does a sentence about joining that never writes the site.
 */
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';

/** The kinds of detail: the words that ask for each, and what writes it. */
const CONTACTS: ReadonlyArray<{ noun: string; written: RegExp }> = [
  { noun: String.raw`e-?mail(?:\s+address|\s+addy)?`, written: /[\w.+-]+@[\w-]+\.\w/ },
  {
    // "the number to ring to book", "what number do i call": a number to ring is a phone number.
    noun: String.raw`(?:(?:phone|telephone|mobile|contact|landline)\s+(?:number|no|num)|number\s+(?:(?:to|2)|(?:do|should|can|could|shall)\s+(?:i|we|u|you|people|ppl))\s+(?:ring|call|phone|text|dial))`,
    written: /\d[\d\s-]{6,}\d/,
  },
  {
    // "hollowpine discord invite?": the link that lets one in, which "pinned in #ban-appeals on the Discord" is not.
    noun: String.raw`(?:(?:discord|server|group|whatsapp)\s+(?:invite|inv)(?:\s+link)?|invite\s+link)`,
    written: /\bhttps?:\/\/\S|\bdiscord\.(?:gg|com)\/\S|\bchat\.whatsapp\.com\/\S/i,
  },
  {
    noun: String.raw`(?:website|web\s*site|web\s+address|url|web\s+page)`,
    written: /\bhttps?:\/\/\S|\bwww\.\S|\b[\w-]+\.(?:com|org|net|io|info|co\.uk|org\.uk|gov\.uk|ac\.uk)\b/i,
  },
];

/**
 * The detail as the thing asked for: "whats redvale's email address", "what is the website for joining",
 * "anyone got the phone number", "club website?". Not a thing on it or in it: "what is the search feature on
 * the V&A website called", "what did he say in his email" (SQuAD, both answered without the detail).
 */
function asksFor(noun: string): RegExp {
  const opening = String.raw`(?:what|whats|what['\u2019]s|wat|wats|where|wheres|where['\u2019]s|which|got|any(?:one|body)?\s+(?:got|have|know)|do\s+(?:u|you|we|they)\s+(?:have|know)|can\s+(?:i|u|you|someone)\s+(?:get|have|give|share|post))`;
  const owner = String.raw`(?:(?:is|was|s|are)\s+)?(?:(?:the|their|its|his|her|our|ur|your|a|an)\s+)?(?:[\w-]+(?:['\u2019]s?)?\s+){0,3}?`;
  return new RegExp(
    String.raw`^\W*(?:(?:hey|hi|so|ok|and)\W+)?${opening}\s+${owner}${noun}\b(?!\s+(?:called|say|said|says))|^\W*(?:(?:the|their|its|our)\s+)?(?:[\w-]+\s+){0,3}${noun}\W*$`,
    'i',
  );
}

const ASKED = CONTACTS.map(({ noun, written }) => ({ asked: asksFor(noun), written }));

/**
 * Does the question ask for an email address, a phone number, an invite link or a website that the excerpt does
 * not write?
 */
export function contactUnsaid(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  return plan.contactWritten !== undefined && !plan.contactWritten.test(excerpt.text);
}

/** How the contact detail the question asks for is written (an email address, a number to ring), if it asks one. */
export function contactAsked(asked: string): RegExp | undefined {
  return ASKED.find(({ asked: asks }) => asks.test(asked))?.written;
}
