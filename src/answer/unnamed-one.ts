/**
 * "Whats the name of the dog that ate the birthday cake" answered by "a small terrier helped itself to a
 * resident's birthday cake": the question asks who someone is, and the excerpt speaks of them only as "a"
 * someone, named nowhere beside. It tells that they exist, not who they are.
 */
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';
import { shapeWords } from './answer-type.js';

/** "the name of the climber who fell", "whats the dogs name": the one to be named ("climber", "dog"). */
const NAME_OF =
  /\bname\s+of\s+(?:the|that|this)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+?)\s+(?:who|that|which|what|at|in|on|from|with|they|we)\b|\b(?:the|that|this)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+?)['\u2019]?s\s+name\b/iu;
/**
 * "whose birthday cake did the terrier eat", "who do the goggles in lost property belong to": the thing whose
 * owner is asked ("cake", "goggles").
 */
const WHOSE =
  /\bwhose\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:did|was|is|were|got|had|has|went|goes)\b|\bwho\s+(?:do|does|did)\s+(?:the|that|those|these)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:[\p{L}-]+\s+){0,3}?belong\s+to\b/iu;

/** Does the excerpt speak of the one asked only as "a" someone, unnamed ("a 34-year-old climber")? */
export function onlyUnnamedOne(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  if (!/\b(?:name|whose|belong)\b/i.test(plan.asked)) return false;
  // A name the question does not say is given somewhere ("a pedestrian bridge ... The John W. Weeks Bridge").
  if (shapeWords(excerpt.text, 'person').some((name) => name.some((word) => !plan.askedWords.has(word))))
    return false;
  const named = NAME_OF.exec(plan.asked);
  const noun = named?.[1] ?? named?.[2];
  if (noun)
    return mentionedUnnamed(excerpt.text, String.raw`(?:a|an|one)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?${noun}s?`);
  const whose = WHOSE.exec(plan.asked);
  const owned = whose?.[1] ?? whose?.[2];
  // "a resident's birthday cake", or the thing itself unowned: "a navy Otters hoodie", "One lemon drizzle".
  if (owned)
    return mentionedUnnamed(
      excerpt.text,
      String.raw`(?:a|an|one)\s+(?:(?:[\p{L}\p{N}-]+\s+){0,2}?[\p{L}-]+['\u2019]s\s+|(?:pair\s+of\s+)?)(?:[\p{L}-]+\s+){0,2}?${owned}`,
    );
  return false;
}

/** Does the text hold the indefinite mention, and no name or owner given beside it ("a climber, Jo Smith,", "named")? */
function mentionedUnnamed(text: string, mention: string): boolean {
  const found = new RegExp(String.raw`\b${mention}\b(?<rest>[^.;]{0,40})`, 'iu').exec(text);
  if (!found) return false;
  // "a puppet of the west": whose it is follows.
  return !/^\s*(?:,\s*|\(\s*)?(?:named|called|\p{Lu}\p{Ll}+\s+\p{Lu}|(?:of|belonging\s+to|owned\s+by)\s+\S)/u.test(
    found.groups!['rest']!,
  );
}
