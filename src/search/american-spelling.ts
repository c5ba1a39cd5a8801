/**
 * The American spelling of a British one ("organised" -> "organized", "centre" -> "center", "travelled" ->
 * "traveled"): the English dictionary is en-US, and a British spelling is a word, not a slip to correct or a
 * name.
 */
export function americanSpelling(word: string): string {
  const listed = AMERICAN_OF_BRITISH.get(word);
  if (listed !== undefined) return listed;
  return (
    word
      .replace(/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1')
      // "analyse", "paralysed": the British -yse.
      .replace(/ys(e|ed|es|ing)$/, 'yz$1')
      // "programme", "kilogrammes".
      .replace(/gramme(s)?$/, 'gram$1')
      .replace(/our(s|ed|ing|ite|ites)?$/, 'or$1')
      .replace(/tre(s)?$/, 'ter$1')
      .replace(/ogue$/, 'og')
      .replace(/ence$/, 'ense')
      // "travelled", "cancelling", "labeller": the British double l of an unstressed last syllable.
      .replace(/(?<=[aeiou][^aeiou]*[aeiou])ll(ed|ing|er|ers)$/, 'l$1')
  );
}

/**
 * British spellings no rule above writes the American way (the en-GB dictionary knows them as words, so they are
 * not corrected as slips): a question's "practise" or "tyres" reads an article's "practice" or "tires".
 */
const VARIANTS: ReadonlyArray<readonly [british: string, american: string]> = [
  ['practise', 'practice'],
  ['practised', 'practiced'],
  ['practises', 'practices'],
  ['practising', 'practicing'],
  ['grey', 'gray'],
  ['tyre', 'tire'],
  ['tyres', 'tires'],
  ['jewellery', 'jewelry'],
  ['cheque', 'check'],
  ['cheques', 'checks'],
  ['kerb', 'curb'],
  ['mould', 'mold'],
  ['mouldy', 'moldy'],
  ['plough', 'plow'],
  ['pyjamas', 'pajamas'],
  ['manoeuvre', 'maneuver'],
  ['manoeuvres', 'maneuvers'],
  ['sceptical', 'skeptical'],
  ['aeroplane', 'airplane'],
  ['aeroplanes', 'airplanes'],
  ['enrol', 'enroll'],
  ['enrolment', 'enrollment'],
  ['fulfil', 'fulfill'],
  ['ageing', 'aging'],
  ['judgement', 'judgment'],
  ['aluminium', 'aluminum'],
  ['artefact', 'artifact'],
  ['moustache', 'mustache'],
  ['maths', 'math'],
  ['mum', 'mom'],
  ['mums', 'moms'],
  ['cosy', 'cozy'],
  ['sulphur', 'sulfur'],
];
const AMERICAN_OF_BRITISH = new Map(VARIANTS);
const BRITISH_OF_AMERICAN = new Map(VARIANTS.map(([british, american]) => [american, british]));

/** The other spelling of a lower-case word the list above holds ("grey": "gray", "gray": "grey"), or undefined. */
export function listedOtherSpelling(word: string): string | undefined {
  return AMERICAN_OF_BRITISH.get(word) ?? BRITISH_OF_AMERICAN.get(word);
}
