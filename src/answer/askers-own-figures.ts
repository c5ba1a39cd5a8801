/**
 * Figures the asker gives about themselves, not about what they ask: their family's ages ("mums 76, can she
 * get the booster", "my son is 3 years, will he get a needle") and figures they heard ("new hide cost?? i heard
 * 100k"). The articles never say them ("aged 75 and over" is the answer), so a question that keeps them is
 * declined for a number the corpus lacks.
 */

/** People an asker speaks for. */
const KIN = String.raw`(?:mum|mom|mam|mother|dad|father|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|papa|son|daughter|kid|child|boy|girl|baby|little\s+one|wife|husband|partner|brother|sister|uncle|aunt|auntie|neighbou?r|friend)`;

/** An age's unit, if said: "3 years", "76 yrs old", "18 months", "9yo". */
const AGE_UNIT = String.raw`(?:\s*(?:years?|yrs?|yo|y\/o|months?)(?:\s+old)?)?`;

/**
 * "my mum is 76", "my little one is 3", "our son's 3 years old", "mums 76", "dad, 81,", "i'm 68": the number
 * and its unit are dropped, the person kept.
 */
const KINS_AGE = new RegExp(
  String.raw`\b((?:(?:my|our)\s+(?:(?:little|old|elderly|young|baby|grand|step)\s+)?${KIN}(?:\s*,|\s+(?:is|who\s+is|turned|turns|just\s+turned))?|${KIN}['\u2019]?s|i['\u2019]?m|i\s+am))\s+(?:now\s+|nearly\s+|almost\s+|just\s+)?\d{1,3}${AGE_UNIT}(?=\s*(?:[,.;:!?)]|$|\s+(?:and|but|so|can|could|will|would|does|do|is|should|how|what|when|where|which|who|he|she|they|i)\b))`,
  'giu',
);

/** "?? i heard 100k", "? someone said £50": a figure heard, after the question is asked. */
const HEARD_FIGURE =
  /([?])\s*(?:i\s+(?:heard|think|thought|read|was\s+told|reckon)|some(?:one|body)\s+said|apparently|people\s+say)\s+(?:it\s+was\s+|it['\u2019]?s\s+|its\s+)?(?:like\s+|about\s+|around\s+|over\s+|nearly\s+)?[£$€]?\d[\d,.]*\s*(?:k|m|bn|grand|quid|pounds?|dollars?)?\s*[?!.]*\s*$/iu;

/** The text without the asker's own ages and heard figures. */
export function withoutAskersOwnFigures(text: string): string {
  return text.replace(KINS_AGE, '$1').replace(HEARD_FIGURE, '$1');
}
