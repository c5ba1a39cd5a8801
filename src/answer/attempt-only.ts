/**
 * "Did the Harbour Trust give them the laptop money?" answered by "We have also applied to the Harbour Trust
 * for £1,200": a yes/no question about how something came out, and an excerpt that tells only of the attempt
 * (an application, a claim, a bid, a thing being considered) and of no outcome. The article has not said.
 */
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';

/**
 * A yes/no question whose verb is an outcome: given, got, granted, approved, taken to, won, paid, went ahead,
 * signed off, turned down ("did they actually get it", "did he end up taking it to the county", "has the
 * council signed off on the road closure"), or will be ("is bridge street getting shut for the fair").
 */
const OUTCOME_YES_NO =
  /\b(?:is|are|will)\s+(?:[\p{L}\p{N}'\u2019-]+\s+){1,6}?(?:getting|being|be|going\s+to\s+be)\s+(?:approved|granted|given|awarded|accepted|allowed|passed|agreed|funded|paid|closed|shut|signed\s+off|turned\s+down|rejected|refused)\b|\b(?:did|has|have|had)\s+(?:[\p{L}\p{N}'\u2019-]+\s+){0,6}?(?:give|gave|given|get|got|gotten|receive|received|grant|granted|award|awarded|approve|approved|accept|accepted|take|taking|took|taken|win|won|pay|paid|go\s+ahead|went\s+ahead|sign(?:ed)?\s+off|allow|allowed|pass|passed|agree|agreed|say\s+yes|said\s+yes|turn(?:ed)?\s+(?:it\s+|them\s+)?down|reject|rejected|refuse|refused)\b/iu;

/** A question that asks about the attempt itself ("did they apply for it", "have they asked for more"). */
const ATTEMPT_ASKED =
  /\b(?:appl(?:y|ied|ies|ying|ication)|ask(?:ed)?\s+for|request(?:ed)?|submit(?:ted)?|bid|consider(?:ed|ing)?)\b/iu;

/** Words that tell of an attempt whose outcome is still to come. */
const ATTEMPT_SAID =
  /\b(?:(?:was|were|has\s+been|have\s+been)\s+(?:submitted|lodged|sent\s+in)\s+to|(?:has|have|had)\s+(?:also\s+)?applied|applied\s+(?:to|for)|(?:is|are|was|were)\s+applying|put\s+in\s+(?:a\s+bid\s+|an\s+application\s+|a\s+claim\s+)?for|(?:submitted|lodged|made|put\s+in)\s+(?:a|an|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:claim|application|bid|request|appeal)|(?:is|are|was|were)\s+(?:considering|thinking\s+(?:about|of)|weighing\s+up)|(?:has|have)\s+asked\s+(?:[\p{L}\p{N}'\u2019-]+\s+){0,5}?for|application\s+(?:went|was\s+sent|has\s+gone|has\s+been\s+sent)\s+to)\b/iu;

/** Words that tell how it came out. */
const OUTCOME_SAID =
  /\b(?:granted|awarded|approved|received|accepted|agreed|turned\s+down|refused|rejected|declined|won|secured|successful|unsuccessful|paid|gave|given|got|took|taken|dropped|withdrew|withdrawn)\b/iu;

/**
 * Is a yes/no question about an outcome answered by an excerpt that says only that it was tried ("applied
 * to ... for", "was considering taking the matter to ...")?
 */
export function attemptOnlySaid(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  const asked = OUTCOME_YES_NO.exec(plan.asked);
  if (!asked || ATTEMPT_ASKED.test(plan.asked.slice(asked.index))) return false;
  // Yes/no: the clause opens the question or follows the asker's story ("..., did they actually get it");
  // "When did the BBC receive a ruling" asks a date.
  if (!/(?:^|[,;:.!?])\s*$/.test(plan.asked.slice(0, asked.index))) return false;
  return ATTEMPT_SAID.test(excerpt.text) && !OUTCOME_SAID.test(excerpt.text);
}
