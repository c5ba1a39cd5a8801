/**
 * Chat shorthand read as the words it stands for ("ppl" -> "people"), for questions only: the articles are
 * written out in full. Only spellings that are not English words themselves are listed, so nothing a
 * careful writer types is changed.
 */
const SHORTHAND: Readonly<Record<string, string>> = {
  ppls: 'peoples',
  peeps: 'people',
  govt: 'government',
  gov: 'government',
  govs: 'governments',
  intl: 'international',
  natl: 'national',
  ur: 'your',
  rn: 'now',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  bcuz: 'because',
  abt: 'about',
  wat: 'what',
  wht: 'what',
  hw: 'how',
  wen: 'when',
  wher: 'where',
  whr: 'where',
  thru: 'through',
  tho: 'though',
  yrs: 'years',
  yr: 'year',
  mins: 'minutes',
  hrs: 'hours',
  approx: 'approximately',
  info: 'information',
  pls: 'please',
  w: 'with',
  u: 'you',
  r: 'are',
  wut: 'what',
  wot: 'what',
  whta: 'what',
  theres: 'there is',
  somethin: 'something',
  nothin: 'nothing',
  anythin: 'anything',
  doin: 'doing',
  goin: 'going',
  tryin: 'trying',
  talkin: 'talking',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  kinda: 'kind of',
  sorta: 'sort of',
  dunno: 'do not know',
  cos: 'because',
  b4: 'before',
  '2day': 'today',
  ppl: 'people',
  plz: 'please',
  shd: 'should',
  wud: 'would',
  cud: 'could',
};

/**
 * Chat filler that carries no topic ("lol", "ok so", "hey"): dropped from questions, so an unknown "lol" is
 * never taken for a name the articles lack.
 */
const FILLER = new Set(
  'lol lmao lmfao rofl omg ok okay k hey hi hello yo bro bruh dude guys pls plz thx thanks ty btw idk idc tbh imo imho fyi hmm hm um uh uhh ah ahh oh huh yeah yea yep nah nope ya'.split(
    ' ',
  ),
);

/** The word a piece of shorthand stands for, or undefined when the word is not shorthand. */
export function expandShorthand(word: string): string | undefined {
  return SHORTHAND[word.toLowerCase()];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The text with every piece of shorthand written out (same words otherwise, same order). */
export function writeOutShorthand(text: string): string {
  return text.replace(WORD, (word) =>
    FILLER.has(word.toLowerCase()) ? ' ' : (expandShorthand(word) ?? word),
  );
}
