/**
 * Questions typed in Roman Urdu or Hindi mixed with English, as members of Pakistani and Indian servers write
 * ("yaar shrine pe kitne log mare", "iskp ne kab se attacks shuru kiye pakistan mein", "bomber ki umar kya
 * thi"): read as the English question they ask, word for word, with the question word put in front ("how many
 * people shrine at died"). The search reads words, not their order, so the gloss need not be good English;
 * the answer is still a verbatim quote of the article. Only a message with two or more words that only Roman
 * Urdu uses ("kya", "hai", "kitne", "mein") is read so, and not one that opens as an English question with no
 * Urdu word that asks ("what are the songs in kuch kuch hota hai" names a film).
 */

/**
 * Roman Urdu / Hindi words that no English question uses: two of them make a message Urdu. Short ones that
 * are English words or common abbreviations ("log", "par", "main", "do", "is") do not count.
 */
const MARKERS = new Set(
  (
    'kya kia kiya kiye hai hain hay tha thi thay ka ke ki ko ne se mein mei mai pe kitne kitna kitni kab ' +
    'kahan kidhar kyun kyu kyon kiyun kaise kese kaisa kaisi kaun kon konsa konsi kaunsa kaunsi kis kisne ' +
    'kisi kin yaar bhai nahi nahin hua hui hue huay wala wali wale baad pehle aur bhi sirf abhi kuch koi ' +
    'gaye gaya gayi raha rahi rahe karte karna karne kar ho hota hoti hote tak liye matlab unka unki unke ' +
    'inka inki inke inhone unhone yeh ye woh wo jab hamari hamare hamara'
  ).split(' '),
);

/**
 * Phrases read before single words, in this order: "kis ne" is "who", "kab se" "since when", "ke baad"
 * "after".
 */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  // "Zimmedari kis ne qabool ki": who claimed it (read before "kis ne" alone).
  [/\bzimm?[ae]dari\s+kis\s*ne\s+(?:qabool|qubool|kabool|li|lee|le)\b/giu, ' who claimed '],
  [/\bzimm?[ae]dari\s+(?:qabool|qubool|kabool|li|lee|le|leni)\b/giu, ' claimed '],
  [/\bkis\s*ne\b|\bkin\s+logon?\s+ne\b|\bkaun\s+(?:tha|thi|the|hai|hain)\s+jis\s*ne\b/giu, ' who '],
  [/\bk(?:o|au)n\s*-?\s*s(?:a|i|e)\b/giu, ' konsa '],
  [/\bkab\s+se\b/giu, ' since when '],
  [/\bkit(?:ne|na|ni)\s+(?:time|der|dair|arse|arsa|arsay|lamba)(?:\s+se)?\b/giu, ' how long '],
  [/\bkit(?:ne|na|ni)\s+pehle\b/giu, ' how long before '],
  [/\bkit(?:ne|na|ni)\s+(?:bara|bada|bari|badi|bare)\b/giu, ' how big '],
  [/\bkit(?:ne|na|ni)\s+(?:strong|zor(?:dar)?|taqatwar|powerful)\b/giu, ' how strong '],
  [/\b(?:zyada|ziada|jyada)\s*tar\b/giu, ' mostly '],
  [/\bsoch\s+samajh\s+(?:ke|kar)?\b/giu, ' deliberate '],
  [/\bkab\s+tak\b/giu, ' until when '],
  [/\bkis\s+(?:tarah|tareeke|tariqe)\s+(?:se|ke|ki|ka)?\b/giu, ' how '],
  [/\bkis\s+(?:liye|liay|lie)\b|\bkis\s+waj(?:a|ah)\s+se\b|\bkyun?\s+ki\b/giu, ' why '],
  [/\bk(?:e|i)?\s+(?:baad|bad)\b/giu, ' after '],
  [/\b(?:se|ke|k)\s+(?:pehle|pehlay|phele)\b/giu, ' before '],
  [/\bk(?:e|i)?\s+(?:sath|saath)\b/giu, ' with '],
  [/\bk(?:e|i)?\s+(?:khilaf|khilaaf|against)\b/giu, ' against '],
  [/\bk(?:e|i)?\s+(?:bare|baare|barey)\s+(?:mein|me|mai|main)\b/giu, ' about '],
  [/\bk(?:e|i)?\s+(?:mutabiq|mutabik|hisaab\s+se|hisab\s+se)\b/giu, ' according to '],
  [/\b(?:ki|ke)\s+waj(?:a|ah)\s+se\b/giu, ' because of '],
  [/\b(?:ka|ki|ke|kya)\s+matlab\b/giu, ' meaning '],
  [/\bfaida\s+uthaya\b/giu, ' exploited '],
  [
    /\bpeech?[ae]y?\s+(?:kaun|kon)\b|\b(?:kaun|kon)\s+(?:hai|tha|the|thi)\s+peech?[ae]y?\b/giu,
    ' who was behind ',
  ],
  [/\bjaan\s+(?:bahaq|ba\s*haq|se\s+gaye)\b/giu, ' killed '],
  [/\bkam\s+(?:az|se)\s+kam\b/giu, ' at least '],
  [/\bab\s+tak\b/giu, ' so far '],
  [/\bpehli\s+(?:baar|bar|dafa)\b/giu, ' first time '],
  [/\bphir\s+se\b/giu, ' again '],
  [/\bpata\s+(?:hai|chala|he)\b|\bmaloom\s+(?:hai|he|hua)\b/giu, ' known '],
  [/\b(?:mar|mare|maray)\s+(?:gaye|gae|gye)\b/giu, ' died '],
  [/\bzakhmi\s+(?:hue|huay|huye|hui)\b/giu, ' injured '],
  [/\bur\s+(?:gaye|gae|gye)\b|\bud\s+(?:gaye|gae|gye)\b/giu, ' blown away '],
];

/** Words and their English (empty: a word that only frames the question). */
const WORDS: Readonly<Record<string, string>> = {
  // Question words.
  kitne: 'how many',
  kitna: 'how much',
  kitni: 'how many',
  kab: 'when',
  kahan: 'where',
  kahaan: 'where',
  kidhar: 'where',
  kyun: 'why',
  kyu: 'why',
  kyon: 'why',
  kiyun: 'why',
  q: 'why',
  kaise: 'how',
  kese: 'how',
  kaisa: 'how',
  kaisi: 'how',
  kaun: 'who',
  kon: 'who',
  kisko: 'who',
  // Little words.
  ka: '',
  ke: '',
  ki: '',
  k: '',
  ko: '',
  ne: '',
  hai: '',
  hain: '',
  hay: '',
  tha: '',
  thi: '',
  thay: '',
  ho: '',
  hota: '',
  hoti: '',
  hote: '',
  hua: 'happened',
  hui: 'happened',
  hue: 'happened',
  huay: 'happened',
  yaar: '',
  yar: '',
  bhai: '',
  ji: '',
  na: '',
  hi: '',
  wala: '',
  wali: '',
  wale: '',
  raha: '',
  rahi: '',
  rahe: '',
  rhe: '',
  kar: '',
  karna: '',
  karne: '',
  karte: '',
  karti: '',
  karta: '',
  kiya: 'did',
  kiye: 'did',
  kia: 'did',
  jo: '',
  jab: '',
  se: 'from',
  mein: 'in',
  mei: 'in',
  mai: 'in',
  me: 'in',
  pe: 'at',
  par: 'at',
  tak: 'until',
  aur: 'and',
  ya: 'or',
  bhi: 'also',
  sirf: 'only',
  ab: 'now',
  abhi: 'now',
  phir: 'then',
  nahi: 'not',
  nahin: 'not',
  sab: 'all',
  koi: 'any',
  kuch: 'some',
  is: 'this',
  us: 'that',
  ye: 'this',
  yeh: 'this',
  wo: 'that',
  woh: 'that',
  un: 'they',
  unka: 'their',
  unki: 'their',
  unke: 'their',
  inka: 'their',
  inki: 'their',
  inke: 'their',
  inhone: 'they',
  unhone: 'they',
  hamari: 'our',
  hamare: 'our',
  hamara: 'our',
  apna: 'own',
  apni: 'own',
  apne: 'own',
  liye: 'for',
  aage: 'next',
  pehle: 'before',
  baad: 'after',
  zyada: 'more',
  ziada: 'more',
  jyada: 'more',
  kam: 'less',
  bara: 'big',
  bada: 'big',
  bari: 'big',
  badi: 'big',
  bare: 'big',
  bade: 'big',
  chota: 'small',
  // Things.
  log: 'people',
  logon: 'people',
  logo: 'people',
  masjid: 'mosque',
  dhamaka: 'blast',
  dhamake: 'blast',
  dhamakay: 'blast',
  dhamaky: 'blast',
  shehar: 'city',
  shehr: 'city',
  sheher: 'city',
  shahar: 'city',
  mulk: 'country',
  mulkon: 'countries',
  mulko: 'countries',
  umar: 'age',
  umr: 'age',
  umer: 'age',
  bacha: 'child',
  bachcha: 'child',
  bache: 'children',
  larka: 'boy',
  ladka: 'boy',
  naam: 'name',
  maqsad: 'goal',
  maksad: 'goal',
  irada: 'intent',
  asal: 'real',
  asli: 'real',
  din: 'days',
  dino: 'days',
  dinon: 'days',
  saal: 'year',
  mahine: 'months',
  hafte: 'weeks',
  waqt: 'time',
  baat: 'matter',
  zikr: 'mention',
  nuqsan: 'damage',
  nuksan: 'damage',
  nuqsaan: 'damage',
  larai: 'battle',
  ladai: 'battle',
  jang: 'war',
  taqat: 'power',
  taaqat: 'power',
  hamla: 'attack',
  hamle: 'attacks',
  hamlay: 'attacks',
  hamlawar: 'attacker',
  sarhad: 'border',
  fauj: 'army',
  hukumat: 'government',
  sarkar: 'government',
  zaireen: 'pilgrims',
  zair: 'pilgrims',
  buzurg: 'saint',
  dargah: 'shrine',
  mazar: 'shrine',
  mazaar: 'shrine',
  cheekh: 'screams',
  cheekhein: 'cries',
  cheekhen: 'cries',
  halat: 'situation',
  haal: 'state',
  masail: 'problems',
  masle: 'problems',
  masla: 'problem',
  taraf: 'toward',
  wajah: 'reason',
  waja: 'reason',
  matlab: 'meaning',
  kaam: 'work',
  jagah: 'place',
  ilaqa: 'area',
  ilaqe: 'areas',
  elaqa: 'area',
  duniya: 'world',
  khabar: 'news',
  dushman: 'enemy',
  aman: 'peace',
  mauqa: 'moment',
  tadad: 'number',
  taadaad: 'number',
  purana: 'old',
  purani: 'old',
  purane: 'old',
  naya: 'new',
  nayi: 'new',
  naye: 'new',
  pehla: 'first',
  pehli: 'first',
  dusra: 'second',
  doosra: 'second',
  aajkal: 'nowadays',
  ajkal: 'nowadays',
  itni: 'so',
  itna: 'so',
  yehi: 'this',
  yahi: 'this',
  qabza: 'control',
  zakhmiyon: 'injured',
  kisi: 'anyone',
  cheez: 'thing',
  uska: 'its',
  iska: 'its',
  jis: '',
  wahan: 'there',
  yahan: 'here',
  ek: 'one',
  kabhi: 'ever',
  dobara: 'again',
  asar: 'effect',
  faida: 'advantage',
  uthaya: 'took',
  chup: 'quiet',
  zimmedari: 'responsibility',
  zimmedar: 'responsible',
  zimmedaar: 'responsible',
  zimmadar: 'responsible',
  zimmadari: 'responsibility',
  ilzaam: 'accusation',
  shakhs: 'person',
  afraad: 'people',
  jaan: 'life',
  dehshatgard: 'terrorists',
  dehshatgardi: 'terrorism',
  dehshat: 'terror',
  tanzeem: 'organisation',
  tanzeemon: 'organisations',
  giroh: 'group',
  khudkush: 'suicide',
  wazir: 'minister',
  sadar: 'president',
  sooba: 'province',
  sube: 'province',
  shehri: 'citizens',
  awam: 'public',
  bachay: 'children',
  bachon: 'children',
  aurtein: 'women',
  aurton: 'women',
  mard: 'men',
  namaz: 'prayers',
  namazi: 'worshippers',
  darbar: 'shrine',
  waqia: 'incident',
  waqiya: 'incident',
  saneha: 'tragedy',
  sanha: 'tragedy',
  hadsa: 'incident',
  tabahi: 'destruction',
  khatra: 'danger',
  khatre: 'danger',
  dhamki: 'threat',
  mansooba: 'plan',
  sazish: 'conspiracy',
  sabab: 'reason',
  natija: 'result',
  anjaam: 'outcome',
  kamyab: 'successful',
  kamiyab: 'successful',
  nakam: 'failed',
  nakaam: 'failed',
  muzakrat: 'talks',
  muahida: 'agreement',
  sulah: 'peace deal',
  fateh: 'victory',
  shikast: 'defeat',
  madad: 'help',
  paisa: 'money',
  paise: 'money',
  hathiyar: 'weapons',
  bayan: 'statement',
  akhbar: 'newspaper',
  sach: 'true',
  jhoot: 'false',
  aaj: 'today',
  pichle: 'last',
  pichla: 'last',
  agle: 'next',
  taqreeban: 'about',
  bohat: 'many',
  bahut: 'many',
  bohot: 'many',
  thoda: 'few',
  mahina: 'month',
  hafta: 'week',
  // Doing.
  qabool: 'accepted',
  halak: 'killed',
  badla: 'revenge',
  di: 'gave',
  bana: 'became',
  ban: 'became',
  shaheed: 'killed',
  barh: 'growing',
  khuli: 'opened',
  keh: 'say',
  bulata: 'calls',
  bulate: 'call',
  karenge: 'will do',
  diya: 'gave',
  diye: 'gave',
  liya: 'took',
  jayenge: 'will go',
  jaenge: 'will go',
  jaega: 'will go',
  jayega: 'will go',
  ja: 'go',
  le: 'take',
  mare: 'died',
  maray: 'died',
  mara: 'killed',
  maare: 'killed',
  maara: 'killed',
  zakhmi: 'injured',
  shuru: 'started',
  khatam: 'ended',
  bola: 'said',
  boli: 'said',
  bole: 'said',
  bolta: 'says',
  bolti: 'says',
  bolte: 'say',
  kaha: 'said',
  kehta: 'says',
  kehte: 'say',
  kehti: 'says',
  bataya: 'told',
  chuna: 'chose',
  mila: 'got',
  mili: 'got',
  milti: 'gets',
  milta: 'gets',
  aya: 'came',
  aaya: 'came',
  ayi: 'came',
  aye: 'came',
  aaye: 'came',
  gaya: 'went',
  gaye: 'went',
  gayi: 'went',
  dekha: 'saw',
  suna: 'heard',
  suni: 'heard',
  laga: 'seemed',
  lagta: 'seems',
  lagti: 'seems',
  chahte: 'want',
  chahta: 'wants',
  chahiye: 'should',
  sakte: 'can',
  sakta: 'can',
  bhagne: 'fleeing',
  bhaga: 'fled',
  ghusna: 'penetrate',
  ghusne: 'penetrate',
  rokna: 'stop',
  nikala: 'pushed out',
  nikla: 'emerged',
  nikle: 'emerged',
  koshish: 'attempt',
  pakra: 'arrested',
  pakre: 'arrested',
  phata: 'exploded',
  mushkil: 'difficult',
  khatarnak: 'dangerous',
  mazboot: 'strong',
  kamzor: 'weak',
  wapis: 'back',
  wapas: 'back',
};

/** The English words a question opens with, as glossed. */
const QUESTION_WORD = /^(?:how|what|who|which|when|where|why)\b/;
/** Words a count asks of, when typed after "kitne": "kitne log" is "how many people". */
const COUNTED = new Set([
  'people',
  'days',
  'years',
  'months',
  'weeks',
  'countries',
  'attacks',
  'pilgrims',
  'children',
  'time',
]);
/** "Kis group", "konsa shehar": which group, which city. */
const WHICH = new Set(['kis', 'kin', 'konsa', 'konsi', 'kaunsa', 'kaunsi']);
const WORD_OR_MARK = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]+/gu;

/** Words that ask, in Urdu. */
const URDU_ASKING = new Set(
  'q kya kia kitne kitna kitni kab kahan kahaan kidhar kyun kyu kyon kiyun kaise kese kaisa kaisi kaun kon kis kisne konsa konsi kaunsa kaunsi'.split(
    ' ',
  ),
);

/** An English question's first word. */
const ENGLISH_OPENING =
  /^\W*(?:what|whats|what['\u2019]s|who|whom|whose|when|where|why|how|which|is|are|was|were|do|does|did|can|could|has|have|had|will|would|should|tell|name|list)\b/iu;

/** Is the message Roman Urdu (two distinct marker words, and it does not open as an English question)? */
export function isRomanUrdu(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  // An English question may name a Hindi title: "what are the songs in kuch kuch hota hai". Not one that
  // asks in Urdu: "IS originally kis group se nikla tha" opens with the group's name (in any letter case).
  if (ENGLISH_OPENING.test(text) && !words.some((word) => URDU_ASKING.has(word))) return false;
  return new Set(words.filter((word) => MARKERS.has(word))).size >= 2;
}

/**
 * A word's English: a word in capitals in a message that is not all capitals stays as typed ("IS" is the
 * group, "is" is "this"); in a message typed all in capitals, capitals say nothing.
 */
function english(word: string, shouting: boolean): string {
  const lower = word.toLowerCase();
  if (!Object.hasOwn(WORDS, lower) || (!shouting && /^\p{Lu}{2,}$/u.test(word))) return word;
  return WORDS[lower]!;
}

/** The English question a Roman Urdu message asks; any other text unchanged. */
export function asEnglishQuestion(text: string): string {
  if (!isRomanUrdu(text)) return text;
  let glossed = text;
  for (const [phrase, meaning] of PHRASES) glossed = glossed.replace(phrase, meaning);
  const shouting = !/\p{Ll}/u.test(text);
  const words = (glossed.match(WORD_OR_MARK) ?? []).map((word) => ({
    word,
    english: english(word, shouting),
  }));
  // "Kya" asks what, unless another word asks, or it opens a yes/no question ("kya iskp wapis aya").
  const asks = words.some(({ english: gloss }) => QUESTION_WORD.test(gloss));
  const parts: string[] = [];
  let question: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const { word, english: gloss } = words[i]!;
    const lower = word.toLowerCase();
    const next = words[i + 1]?.english;
    if (lower === 'kya' || lower === 'kia') {
      if (question === undefined && !asks)
        question = parts.some((part) => /\p{L}/u.test(part)) ? 'what' : 'did';
    } else if (WHICH.has(lower) && question === undefined) {
      // The thing asked which of comes with it: "kis shehar mein" is "which city in".
      question = next !== undefined && /^\p{L}/u.test(next) ? `which ${next}` : 'which';
      if (question !== 'which') i++;
    } else if (question === undefined && (gloss === 'since' || gloss === 'until') && next === 'when') {
      // "Since when", glossed from "kab se", is one question.
      question = `${gloss} when`;
      i++;
    } else if (
      question === undefined &&
      gloss === 'how' &&
      next !== undefined &&
      /^(?:big|strong|long|old|far)$/.test(next)
    ) {
      // "Kitna bara", glossed "how big", is one question.
      question = `how ${next}`;
      i++;
    } else if (question === undefined && QUESTION_WORD.test(gloss)) {
      // The thing counted comes with the count: "kitne log mare" is "how many people died".
      const counted =
        /^how (?:many|much)$/.test(gloss) &&
        next !== undefined &&
        (COUNTED.has(next) || next === words[i + 1]!.word);
      question = counted && /^\p{L}/u.test(next) ? `${gloss} ${next}` : gloss;
      if (question !== gloss) i++;
    } else if (gloss !== '') {
      parts.push(gloss);
    }
  }
  return inEnglishOrder(question, parts, copulaOf(words.map(({ word }) => word.toLowerCase())));
}

/** Past forms the gloss gives, and the forms "did" asks with. */
const BASE_FORMS: Readonly<Record<string, string>> = {
  said: 'say',
  told: 'tell',
  did: 'do',
  chose: 'choose',
  got: 'get',
  came: 'come',
  went: 'go',
  saw: 'see',
  heard: 'hear',
  started: 'start',
  ended: 'end',
  killed: 'kill',
  gave: 'give',
  took: 'take',
  became: 'become',
  emerged: 'emerge',
  exploded: 'explode',
  fled: 'flee',
  arrested: 'arrest',
  happened: 'happen',
  opened: 'open',
  exploited: 'exploit',
};

/** A past form's base, any other word as it is (own keys only: "constructor" is a word typed, no function). */
function baseForm(word: string): string {
  return Object.hasOwn(BASE_FORMS, word) ? BASE_FORMS[word]! : word;
}

/** "Tha" / "thi" say "was", "hai" / "hain" "is"; "ne" marks a doer in the past ("iskp ne kiya": iskp did). */
function copulaOf(words: readonly string[]): 'was' | 'is' | 'did' | undefined {
  if (words.includes('ne')) return 'did';
  if (words.some((word) => word === 'tha' || word === 'thi' || word === 'thay')) return 'was';
  if (words.some((word) => word === 'hai' || word === 'hain' || word === 'hay')) return 'is';
  return undefined;
}

/**
 * The glossed words put in an English question's order, as far as the search and the answer-type reading
 * need it: "what did afghan taliban islamabad blast at say", "what was the name of shrine suicide bomber".
 */
function inEnglishOrder(
  question: string | undefined,
  parts: string[],
  copula: 'was' | 'is' | 'did' | undefined,
): string {
  const body = (words: readonly string[]) => words.join(' ').replace(/\s+([?,.!])/g, '$1');
  const named = parts.indexOf('name');
  if (named >= 0 && (question === undefined || question === 'what')) {
    const cop = copula === 'is' ? 'is' : 'was';
    return `what ${cop} the name of ${body(parts.filter((_, i) => i !== named))}`;
  }
  if (question === undefined) return body(parts);
  if (question === 'did') return `${copula === 'is' || copula === 'was' ? copula : 'did'} ${body(parts)}`;
  if (copula === 'did' && !/^(?:who|how many|how much)$/.test(question))
    return `${question} did ${body(parts.filter((part) => part !== 'did').map(baseForm))}`;
  if (copula === 'is' || copula === 'was') return `${question} ${copula} ${body(parts)}`;
  return `${question} ${body(parts)}`;
}
