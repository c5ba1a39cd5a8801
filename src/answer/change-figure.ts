/**
 * "How much have the umpire expenses gone up by", "how much cheaper is the insurance": the question asks the
 * size of a change, and an excerpt that only says there was one ("umpire expenses went up at the county level
 * last October") gives no size. Some figure must be written: a number, a share, "double", "half".
 */
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';

/** "How much ... gone up (by)", "how much more / cheaper / dearer". */
const CHANGE_SIZE_ASKED =
  /\bhow\s+much\b.*\b(?:(?:go|goes|gone|went|going)\s+(?:up|down)|risen|rose|rise|increased?|dropped|drop|fallen|fell|fall|more|less|cheaper|dearer|pricier|higher|lower)\b/i;

/** A figure: a digit, a number word, a share or a multiple. */
const FIGURE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|half|halved|double|doubled|triple|tripled|quarter|third|fifth|tenth|percent|per\s+cent|grand|quid)\b/i;

/** Does a question asking how big a change was get an excerpt that writes no figure? */
export function changeFigureUnsaid(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  return plan.type === 'amount' && CHANGE_SIZE_ASKED.test(plan.asked) && !FIGURE.test(excerpt.text);
}
