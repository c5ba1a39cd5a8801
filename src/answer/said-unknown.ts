/**
 * "Who's the volunteer that mows the paths": "She thanked the volunteer ..., who asked not to be named". An
 * excerpt that says the thing asked is not known, not given or not yet decided holds no answer to it; the bot
 * says it has none (the passage is still listed as the closest).
 */
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';

/** Someone left unnamed: no answer to who they are, though the sentence may answer other things of them. */
const LEFT_UNNAMED = /\b(?:asked|wished|chose|declined)\s+not\s+to\s+be\s+(?:named|identified)\b/i;

const SAID_UNKNOWN = new RegExp(
  [
    String.raw`\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:confirmed|announced|decided|disclosed|named|published|set|given|revealed|assigned|recorded|released|made\s+public)\b`,
    String.raw`\b(?:is|are|was|were)\s+(?:still\s+)?(?:to\s+be|yet\s+to\s+be)\s+(?:confirmed|announced|decided|named|set)\b`,
    String.raw`\bno\s+(?:figure|date|decision|name|details?|price|number|total)\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:given|set|made|published|announced|released)\b`,
    String.raw`\b(?:we|they|it|he|she)\s+(?:do|does|did)\s+not\s+(?:yet\s+)?know\b`,
    String.raw`\bnot\s+(?:yet\s+)?(?:been\s+)?(?:confirmed|decided)\s+whether\b`,
  ].join('|'),
  'i',
);

/** Does the excerpt say that what is asked is unknown or undecided (an unnamed person only for "who")? */
export function saidUnknown(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  const saysUnknown = (text: string) =>
    SAID_UNKNOWN.test(text) || (plan.type === 'person' && LEFT_UNNAMED.test(text));
  // Said in a sentence of the excerpt that speaks of the question, not in a neighbour joined to it (the whole
  // excerpt is tested first: most say nothing of the kind, and are not split).
  return (
    saysUnknown(excerpt.text) &&
    excerpt.text
      .split(/(?<=[.!?])\s+/)
      .some((sentence) => saysUnknown(sentence) && speaksOfQuestion(plan, sentence))
  );
}

/** Does a sentence write a word of the question that weighs (as the question writes it)? */
function speaksOfQuestion(plan: QueryPlan, sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return plan.terms.some(
    (term) =>
      (plan.weights.get(term) ?? 0) > 0 &&
      (plan.surfaces.get(term) ?? [term]).some((surface) => lower.includes(surface.toLowerCase())),
  );
}
