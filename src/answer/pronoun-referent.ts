/**
 * "When did she get attacked", asked with no one named before it: "she" points at someone the question does not
 * name, and an excerpt whose passage speaks of no woman at all ("While ISKP has conducted attacks in Pakistan
 * since 2015 ...") answers about somebody else. (Chat asked of the bot has no earlier message to say who.)
 */
import type { QueryPlan } from './query-plan.js';

const SHE = /\b(?:she|her|hers|herself|she['\u2019]s|shes|she['\u2019]d|she['\u2019]ll)\b/i;
/** "When did she ...", "what did she say", "how old is she": the question opens on her, no one named first. */
const SHE_OPENS =
  /^\W*(?:(?:so|and|but|ok|hey)\W+)?(?:when|where|why|how(?:\s+\w+)?|what|who|which|did|does|is|was|has|had|will|can|could)\s+(?:\w+\s+){0,2}?(?:she|she['\u2019]s|shes)\b/i;
/** Words that say who "she" is within the question: "my daughter ... can she", "the lady who ...". */
const WOMAN_NAMED =
  /\b(?:woman|women|lady|ladies|girl|girls|gal|mum|mom|mother|mam|daughter|sister|aunt|auntie|gran|granny|grandma|grandmother|nan|nana|niece|wife|girlfriend|fiancee|partner|mrs|ms|miss|madam|queen|princess|female|actress|chairwoman|chairlady|headmistress|landlady|she-\w+)\b/i;
/** The same, as an article writes of a woman. */
const WOMAN_WRITTEN = new RegExp(`${SHE.source}|${WOMAN_NAMED.source}`, 'i');

/**
 * Does the question open on "she" without saying who, no specific name in it either, and the passage never
 * write of a woman?
 */
export function pronounUnmet(plan: QueryPlan, passageText: string): boolean {
  return (
    SHE_OPENS.test(plan.question) &&
    plan.specific.size === 0 &&
    !WOMAN_NAMED.test(plan.question) &&
    !WOMAN_WRITTEN.test(passageText)
  );
}
