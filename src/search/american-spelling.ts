/**
 * The American spelling of a British one ("organised" -> "organized", "centre" -> "center", "travelled" ->
 * "traveled"): the English dictionary is en-US, and a British spelling is a word, not a slip to correct or a
 * name.
 */
export function americanSpelling(word: string): string {
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
