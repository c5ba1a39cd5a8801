/**
 * Questions typed in Roman Urdu or Hindi mixed with English, as members of Pakistani and Indian servers write
 * ("yaar shrine pe kitne log mare", "iskp ne kab se attacks shuru kiye pakistan mein", "bomber ki umar kya
 * thi"): read as the English question they ask, word for word, with the question word put in front ("how many
 * people shrine at died"). The search reads words, not their order, so the gloss need not be good English;
 * the answer is still a verbatim quote of the article. Only a message with two or more words that only Roman
 * Urdu uses ("kya", "hai", "kitne", "mein") is read so, and not one that opens as an English question with no
 * Urdu word that asks ("what are the songs in kuch kuch hota hai" names a film).
 */

import { capitalsSayNothing, glossary } from './glossary-table.js';

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
    'inka inki inke inhone unhone yeh ye woh wo jab hamari hamare hamara kaunse konse kisse kiska kiski kiske ' +
    'isse usse isme usme unko inko unhe inhe kyunki kyuki karke sabse batao bataya hone'
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
  // "pakistan ko dushman kaha": with "ko", saying something of someone is calling them it.
  [
    /\bko\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:kaha|kahaa|kehta|kehte|kehti|bola|boli|bole|bulaya|bulata|bulate|bulati|qarar\s+diya)\b/giu,
    ' called $1 ',
  ],
  [/\bkit(?:ne|na|ni)\s+(?:time|der|dair|arse|arsa|arsay|lamba)(?:\s+se)?\b/giu, ' how long '],
  [/\bkit(?:ne|na|ni)\s+pehle\b/giu, ' how long before '],
  [/\bkit(?:ne|na|ni)\s+(?:bara|bada|bari|badi|bare)\b/giu, ' how big '],
  [/\bkit(?:ne|na|ni)\s+(?:strong|zor(?:dar)?|taqatwar|powerful|tez|taiz|shadeed)\b/giu, ' how strong '],
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
  [
    /\b(?:faida|fayda|faayda|faeda)\s+(?:uthaya|uthaaya|uthaye|uthay[ae]|utha\s+(?:rahe|raha|liya))\b/giu,
    ' exploited ',
  ],
  // "Kaha pe", "kaha se", "kaha jayenge": kahan typed without its n (not "kaha" said: "usne kaha tha").
  [
    /\bkaha(?=\s+(?:kaha|pe|par|se|tak|hua|hui|hue|kiye|kiya|kia|jayenge|jaenge|jaayenge|ja|jaa|gaye|gayi|gaya|chale|rehte|rehta)\b)/giu,
    'kahan',
  ],
  [/\bkit(?:ne|na|ni)\s+(?:saal|sal|baras|umar|umr)\s+(?:ka|ki|ke)\b/giu, ' how old '],
  [/\bkam\s+(?:umar|umr|umer)\b/giu, ' teenage '],
  // A request's politeness: "kya aap bata sakte hain ke", "mujhe yeh batayein ke", "zara batayein".
  [
    /\b(?:kya\s+)?(?:aap|ap)\s+(?:bata|btaa|batla)\s+(?:sakte|sakti|saktay)\s+(?:hain|hai|hen|ho)\s*(?:ke|ki|k)?\b/giu,
    ' ',
  ],
  [
    /\b(?:mujhe|mujhay|hamein|humein)\s+(?:ye|yeh|yah)?\s*(?:batayein|bataen|batain|bataein|batao|bataiye|bataiyega)\s*(?:ke|ki|k)?\b/giu,
    ' ',
  ],
  [/\bassalam\s*(?:o|u)?\s*alaikum\b|\bsalaam\b|\baadab\b/giu, ' '],
  [/\b(?:aa?kh(?:i)?ri|asal|asli)\s+(?:manzil|maqsad|maksad|hadaf|goal)\b/giu, ' ultimate goal '],
  [/\basal\s+(?:mein|me|mai)\b/giu, ' actually '],
  [
    /\b(?:toot|tut|toota|tuta|tooti|tuti|toote|tute)\s+(?:gaya|gya|gayi|gai|gaye|gae|gye|chuka|chuki|chuke)\b/giu,
    ' broke down ',
  ],
  [/\bkaa?mi?yaa?b\s+(?:hui|huin|hua|hue|huay|rahi|raha|rahe|hon|hoti|hota|hote)\b/giu, ' succeed '],
  [/\bnaa?kaa?m\s+(?:hui|huin|hua|hue|huay|rahi|raha|rahe|ho\s+(?:gaye|gayi|gaya|gae|gai))\b/giu, ' failed '],
  [/\b(?:kat|kutt?|kaat)\s+(?:gaye|gae|gye|gaya|gya|gayi|gai)\b/giu, ' cut off '],
  [/\bkis\s+waqt\b/giu, ' when '],
  [/\bk(?:e|i)\s+waqt\b/giu, ' during '],
  [/\bkar\s+(?:raha|rahe|rahi|rha|rhe|rhi)\b/giu, ' doing '],
  [/\bwap(?:a|i)s\s+(?:aa|a)(?:ya|ye|yi|ega|egi|enge|na|ne|ta|ti|te)?\b/giu, ' returned '],
  [/\bk(?:i|e)\s+taraf\s+se\b/giu, ' by '],
  [/\bya\s+(?:phir|fir)\b/giu, ' or '],
  [/\b(?:fazai|hawai|hawaai)\s+(?:hamle|hamlay|hamlon|hamla|hamlo)\b/giu, ' airstrikes '],
  [/\bnishana\s+(?:banaya|banaye|banayi|banata|banate|banati|banana|bana)\b/giu, ' targeted '],
  [/\b(?:hamayat|himayat)\s+yafta\b|\bpusht\s*-?\s*panahi\b/giu, ' backed '],
  [/\bwazir\s*-?\s*e?\s*-?\s*aa?zam\b/giu, ' prime minister '],
  [/\bbain\s*-?\s*ul\s*-?\s*aqwami\b/giu, ' international '],
  [/\bkhana\s+jangi\b/giu, ' civil war '],
  [/\b(?:shiddat|inteha)\s+pasand(?:on|o)?\b/giu, ' extremists '],
  [/\bkhud\s*-?\s*kush\b/giu, ' suicide '],
  [/\bqadam\s+(?:jamana|jamane|jamaye|jamaya|jama)\b/giu, ' penetrate '],
  [/\b(?:cheekh|cheekhein)\s+(?:o\s+)?pukar\b/giu, ' cries '],
  [/\baankhon\s+dekh[ae]\s+(?:gawah|gawaah)\b/giu, ' eyewitness '],
  [/\bdar\s*-?\s*ul\s*-?\s*hukumat\b/giu, ' capital '],
  [/\bkam\s+ho\s+(?:rahi|raha|rahe)\b/giu, ' decreasing '],
  [/\b(?:barh|badh)\s+(?:rahi|raha|rahe)\b/giu, ' increasing '],
  [/\b(?:taalluq|talluq|taluq)\s+(?:rakhte|rakhta|rakhti)\b/giu, ' belongs '],
  [/\bkon\s+kon\s+se\b|\bkaun\s+kaun\s+se\b/giu, ' which '],
  // "Shehzad ki age kitni hai", "bomber ki umar kya thi", "kitni umar": how old.
  [
    /\b(?:umar|umr|umer|age)\s+(?:kit(?:ni|na|ne)|kya|kia)\b|\bkit(?:ni|na|ne)\s+(?:umar|umr|umer|age)\b/giu,
    ' how old ',
  ],
  // "Deals ka kuch fayda hua": did they work (succeed).
  [
    /\b(?:faida|fayda|faayda|faeda)\s+(?:hua|hoa|howa|huwa|hui)\b|\bkaam\s+(?:aaya|aya|aayi|ayi|aaye|aye|kiya|kia)\b/giu,
    ' succeed ',
  ],
  [/\b(?:is|us)\s*se\s+(?:pehle|pehlay|phele)\b/giu, ' before this '],
  [/\bab(?:hi)?\s+bhi\b/giu, ' still '],
  [/\babhi\s+tak\b/giu, ' so far '],
  [/\bsab\s*se\b/giu, ' most '],
  [/\bbaad\s+(?:mein|me|mai)\b/giu, ' later '],
  [/\bk(?:e|i)\s+(?:dauran|douran)\b/giu, ' during '],
  [/\b(?:haath|hath)\s+mila(?:ya|ye|ae|a|i|kar|ke)?\b/giu, ' partnered '],
  [/\b(?:haath|hath)\s+(?:hai|tha|the|thi)\b/giu, ' involved '],
  [/\b(?:kabza|qabza|kabzaa|qabzaa)\s+(?:kiya|kia|kiye|kar\s+liya|kar\s+lia|kar\s+liye)\b/giu, ' took over '],
  [/\b(?:kabza|qabza|kabzaa|qabzaa)\s+(?:karne|karna|karte|kar)\b/giu, ' take over '],
  [/\b(?:daawa|dawa|dava)\s+(?:kiya|kia|kiye|ki)\b/giu, ' claimed '],
  [/\bjaan\s+(?:gayi|gai|gyi|gayee|chali\s+gayi)\b/giu, ' died '],
  [/\bbach\s+(?:gaye|gae|gye|gaya|gya|gayi|nikle|nikla)\b/giu, ' survived '],
  [/\bu(?:d|r)a\s+(?:diya|dia|diye|dya|de)\b/giu, ' blew up '],
  [/\bulta\s+(?:pad|par|padh)(?:\s*(?:gaya|gya|gayi|gai))?\b/giu, ' backfired '],
  [/\bhone\s+wal[ae]\s+(?:hai|hain|he)\b/giu, ' will happen '],
  [/\bandar\s+k[ie]\b/giu, ' internal '],
  [/\ble\s+(?:gaye|gae|gye|gaya|gya|gayi|gai)\b/giu, ' took '],
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
  // "Log kis ki cheekhein nahi sun paye": whose cries (read last, once "kis ke saath" and the like are read).
  [/\bkis\s+k(?:i|a|e)\b/giu, ' whose '],
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
  kiska: 'whose',
  kiski: 'whose',
  kiske: 'whose',
  kisse: 'who',
  kisliye: 'why',
  kyunki: 'because',
  kyuki: 'because',
  kyonki: 'because',
  isliye: 'so',
  islie: 'so',
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
  isse: 'this',
  usse: 'that',
  isme: 'in this',
  usme: 'in that',
  ismein: 'in this',
  usmein: 'in that',
  isko: 'this',
  usko: 'that',
  inko: 'them',
  unko: 'them',
  inhe: 'them',
  unhe: 'them',
  unse: 'them',
  inse: 'them',
  dusre: 'other',
  doosre: 'other',
  dusri: 'other',
  doosri: 'other',
  aakhri: 'last',
  akhri: 'last',
  jaise: 'such as',
  jese: 'such as',
  bas: 'just',
  sahi: 'right',
  galat: 'wrong',
  ghalat: 'wrong',
  hamesha: 'always',
  kafi: 'a lot',
  kaafi: 'a lot',
  andar: 'inside',
  bahar: 'outside',
  baahar: 'outside',
  saath: 'with',
  sath: 'with',
  dauran: 'during',
  douran: 'during',
  karke: '',
  karkay: '',
  sainkdon: 'hundreds',
  saikdon: 'hundreds',
  sekron: 'hundreds',
  sainkron: 'hundreds',
  hazaron: 'thousands',
  hazaaron: 'thousands',
  darjanon: 'dozens',
  sau: 'hundred',
  aap: '',
  ap: '',
  mujhe: '',
  mujhay: '',
  hamein: '',
  humein: '',
  zara: '',
  batayein: 'tell',
  bataen: 'tell',
  batain: 'tell',
  bataein: 'tell',
  bataiyega: 'tell',
  dein: '',
  sakti: '',
  saktay: '',
  mazeed: 'more',
  maujooda: 'current',
  mojooda: 'current',
  andaruni: 'internal',
  androoni: 'internal',
  bairooni: 'foreign',
  jaisay: 'like',
  jaisa: 'like',
  tarah: 'way',
  qisam: 'kind',
  kism: 'kind',
  qism: 'kind',
  aagay: 'next',
  agay: 'next',
  akhir: 'finally',
  aakhir: 'finally',
  overall: '',
  kitnay: 'how many',
  jitna: 'the more',
  utna: 'the more',
  haqeeqat: 'truth',
  waqai: 'really',
  shayad: 'maybe',
  zaroor: 'surely',
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
  asal: 'main',
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
  baba: 'saint',
  peer: 'saint',
  sant: 'saint',
  fakir: 'saint',
  faqeer: 'saint',
  khanqah: 'shrine',
  mandir: 'temple',
  fayda: 'advantage',
  faayda: 'advantage',
  mauka: 'moment',
  mouka: 'moment',
  moqa: 'moment',
  dosti: 'friendship',
  rishte: 'ties',
  rishta: 'ties',
  talluqat: 'relations',
  taalluqat: 'relations',
  nuksaan: 'damage',
  nukhsan: 'damage',
  kabza: 'control',
  qabzaa: 'control',
  kabzaa: 'control',
  zameen: 'territory',
  zamin: 'territory',
  maut: 'death',
  mautein: 'deaths',
  mauten: 'deaths',
  aatanki: 'terrorist',
  atanki: 'terrorist',
  aatankwadi: 'terrorists',
  atankwadi: 'terrorists',
  aatank: 'terror',
  atank: 'terror',
  sangathan: 'organisation',
  neta: 'leader',
  sardar: 'leader',
  sarbarah: 'head',
  sargana: 'ringleader',
  ameer: 'leader',
  desh: 'country',
  deshon: 'countries',
  sena: 'army',
  faujiyon: 'soldiers',
  sipahi: 'soldier',
  ghatna: 'incident',
  suraksha: 'security',
  hifazat: 'security',
  hifazati: 'security',
  tareekh: 'date',
  tarikh: 'date',
  sadi: 'century',
  sadee: 'century',
  giraftari: 'arrests',
  aspatal: 'hospital',
  aspataal: 'hospital',
  haspatal: 'hospital',
  qatil: 'killer',
  katil: 'killer',
  mulzim: 'accused',
  dhamakon: 'blasts',
  bam: 'bomb',
  fidayeen: 'suicide attackers',
  fidai: 'suicide attacker',
  mureed: 'devotees',
  murid: 'devotees',
  aqeedatmand: 'devotees',
  shraddhalu: 'pilgrims',
  shrdhalu: 'pilgrims',
  naach: 'dancing',
  nach: 'dancing',
  dhamaal: 'dancing',
  dhamal: 'dancing',
  naare: 'chants',
  naara: 'chant',
  bheed: 'crowd',
  bheer: 'crowd',
  majma: 'crowd',
  gharwale: 'families',
  gharwalon: 'families',
  khandaan: 'family',
  khandan: 'family',
  parivaar: 'family',
  parivar: 'family',
  walidain: 'parents',
  maa: 'mother',
  baap: 'father',
  naujawan: 'young',
  nojawan: 'young',
  kamsin: 'teenage',
  iraada: 'intent',
  mansha: 'intention',
  paigham: 'message',
  paighaam: 'message',
  sandesh: 'message',
  amreeka: 'america',
  amrika: 'america',
  amerika: 'america',
  amriki: 'american',
  amreeki: 'american',
  amrikan: 'american',
  roos: 'russia',
  roosi: 'russian',
  rusi: 'russian',
  misr: 'egypt',
  afriqa: 'africa',
  afreeka: 'africa',
  shumali: 'north',
  janubi: 'south',
  junubi: 'south',
  maghribi: 'western',
  kamzori: 'weakness',
  kamzoriyan: 'weaknesses',
  kamzoriyon: 'weaknesses',
  markaz: 'center',
  markazi: 'central',
  tawajju: 'focus',
  tawajjo: 'focus',
  dhyan: 'focus',
  dhyaan: 'focus',
  ahmiyat: 'importance',
  ahmiyet: 'importance',
  aham: 'important',
  ahem: 'important',
  raaye: 'opinion',
  umeed: 'hope',
  ummeed: 'hope',
  samjhauta: 'deal',
  samjhota: 'deal',
  baatcheet: 'talks',
  koshishein: 'efforts',
  koshishen: 'efforts',
  kaamyabi: 'success',
  kamyabi: 'success',
  himayati: 'supporters',
  hamayati: 'supporters',
  maqbool: 'popular',
  mashhoor: 'famous',
  mashoor: 'famous',
  firqa: 'sect',
  firqawarana: 'sectarian',
  firqawaraana: 'sectarian',
  zila: 'district',
  zilla: 'district',
  sarhadi: 'border',
  samay: 'time',
  raat: 'night',
  jumma: 'friday',
  juma: 'friday',
  likha: 'written',
  likhi: 'written',
  likhe: 'written',
  lekhak: 'writer',
  musannif: 'author',
  kahani: 'story',
  maqam: 'place',
  makaam: 'place',
  dawa: 'claim',
  daawa: 'claim',
  ailan: 'announcement',
  elaan: 'announcement',
  pul: 'bridge',
  ghar: 'house',
  gharon: 'houses',
  gaon: 'village',
  gaaon: 'village',
  sadak: 'road',
  pani: 'water',
  paani: 'water',
  barish: 'rain',
  baarish: 'rain',
  aag: 'fire',
  imarat: 'building',
  imaarat: 'building',
  wada: 'promise',
  waada: 'promise',
  toota: 'broke',
  tuta: 'broke',
  tooti: 'broke',
  banaya: 'built',
  banayenge: 'will build',
  banega: 'will be built',
  mulazim: 'workers',
  mazdoor: 'workers',
  kisan: 'farmers',
  kheti: 'farming',
  fasal: 'crops',
  bazaar: 'market',
  bazar: 'market',
  mandi: 'market',
  sardi: 'winter',
  garmi: 'summer',
  alamat: 'symbol',
  alaamat: 'symbol',
  nishani: 'sign',
  chaal: 'gambit',
  chal: 'move',
  chhaap: 'signature',
  chaap: 'signature',
  muhar: 'stamp',
  idaara: 'institute',
  idaare: 'institute',
  idara: 'institute',
  idare: 'institute',
  taluqat: 'relations',
  taalluqaat: 'relations',
  talluqaat: 'relations',
  halaak: 'killed',
  halaakt: 'deaths',
  halakatein: 'deaths',
  tawaqqo: 'expectation',
  tawaqqa: 'expectation',
  tawaqo: 'expectation',
  khayal: 'view',
  khayaal: 'view',
  andaza: 'estimate',
  andaaza: 'estimate',
  nizaam: 'system',
  nizam: 'system',
  manzil: 'goal',
  silsila: 'order',
  silsile: 'order',
  awaam: 'public',
  riyasat: 'state',
  riyaasat: 'state',
  gawah: 'witness',
  gawaah: 'witness',
  chashmdeed: 'eyewitness',
  shiddat: 'intensity',
  jangju: 'fighters',
  jangjoo: 'fighters',
  lafz: 'word',
  alfaz: 'words',
  iraade: 'intent',
  irade: 'intent',
  shakal: 'form',
  shakl: 'form',
  maujoodgi: 'presence',
  mojoodgi: 'presence',
  hamlon: 'attacks',
  hamlo: 'attacks',
  ilaqon: 'areas',
  ilaqo: 'areas',
  ilaqay: 'areas',
  shehron: 'cities',
  shehro: 'cities',
  afsar: 'officer',
  afsaraan: 'officers',
  ahlkar: 'officials',
  hukaam: 'officials',
  hukkam: 'officials',
  darul: 'capital',
  jamaat: 'group',
  guruh: 'group',
  maslak: 'sect',
  aqeeda: 'belief',
  nazriya: 'ideology',
  nazariya: 'ideology',
  soch: 'thinking',
  kaarwai: 'operation',
  karwai: 'operation',
  karrwai: 'operation',
  amal: 'action',
  rad: 'reaction',
  jawab: 'response',
  mazammat: 'condemnation',
  muzammat: 'condemnation',
  intizamat: 'arrangements',
  intezamat: 'arrangements',
  pohanch: 'reach',
  pahunch: 'reach',
  scene: 'situation',
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
  aayi: 'came',
  aai: 'came',
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
  shant: 'quiet',
  shaant: 'quiet',
  khamosh: 'silent',
  badh: 'growing',
  badha: 'increased',
  badhi: 'increased',
  badhe: 'increased',
  barha: 'increased',
  barhi: 'increased',
  barhe: 'increased',
  badhti: 'growing',
  barhti: 'growing',
  badhta: 'growing',
  barhta: 'growing',
  bhadka: 'provoked',
  bhadke: 'provoked',
  bhadak: 'provoked',
  bhadkaya: 'provoked',
  bharka: 'provoked',
  bharke: 'provoked',
  bharkaya: 'provoked',
  dikhana: 'show',
  dikhaana: 'show',
  dikhaya: 'showed',
  dikhane: 'show',
  batao: 'tell',
  btao: 'tell',
  bataiye: 'tell',
  batana: 'tell',
  samjhao: 'explain',
  samjhaiye: 'explain',
  jeet: 'winning',
  jeete: 'won',
  jeeta: 'won',
  jeetna: 'win',
  haar: 'losing',
  haare: 'lost',
  bhaagne: 'fleeing',
  bhaag: 'flee',
  bhaage: 'fled',
  bhage: 'fled',
  dhoond: 'searching',
  dhoondh: 'searching',
  dhundh: 'searching',
  dhoondte: 'searching',
  dhundte: 'searching',
  dhoondhte: 'searching',
  talaash: 'search',
  talash: 'search',
  chilla: 'shouting',
  chillate: 'shouting',
  chillana: 'shouting',
  giraftar: 'arrested',
  giraftaar: 'arrested',
  pakda: 'arrested',
  pakde: 'arrested',
  pakdi: 'arrested',
  ghayal: 'injured',
  ghayalon: 'injured',
  maante: 'believe',
  mante: 'believe',
  manna: 'believe',
  maanna: 'believe',
  kehna: 'say',
  bheja: 'sent',
  bheji: 'sent',
  bheje: 'sent',
  shaamil: 'involved',
  shamil: 'involved',
  mulawwis: 'involved',
  mulawis: 'involved',
  rakhi: 'kept',
  rakha: 'kept',
  rakhe: 'kept',
  chahti: 'wants',
  samjha: 'understood',
  uthaate: 'exploit',
  uthate: 'exploit',
  uthana: 'exploit',
  hatna: 'retreat',
  peeche: 'behind',
  peechay: 'behind',
  pichhe: 'behind',
  tab: 'then',
  dikkat: 'difficulty',
  diqqat: 'difficulty',
  badlav: 'change',
  badlaav: 'change',
  tabdeeli: 'change',
  tabdili: 'change',
  khula: 'opened',
  ghusa: 'entered',
  ghuse: 'entered',
  usi: 'that same',
  isi: 'this same',
  subah: 'morning',
  ubhri: 'emerged',
  ubhra: 'emerged',
  ubhre: 'emerged',
  ubharna: 'emerge',
  muntaqil: 'relocate',
  muntaqli: 'relocation',
  badlegi: 'will change',
  badlega: 'will change',
  badlay: 'changed',
  badli: 'changed',
  lagega: 'will take',
  lagegi: 'will take',
  lagay: 'take',
  maanti: 'believes',
  manti: 'believes',
  pukarti: 'calls',
  pukarta: 'calls',
  pukarte: 'call',
  zahir: 'shows',
  zaahir: 'shows',
  mehdood: 'restricted',
  mahdood: 'restricted',
  samjhi: 'seen',
  samjhe: 'seen',
  nikli: 'emerged',
  nikaala: 'pushed out',
  nikale: 'pushed out',
  karega: 'will',
  karegi: 'will',
  chalega: 'will',
  pohanchay: 'reached',
  pohanche: 'reached',
  pahunche: 'reached',
  pahuncha: 'reached',
  lagaya: 'gave',
  lagai: 'gave',
  mutate: 'change',
  jamana: 'establish',
  jamaya: 'established',
  rakhni: 'keep',
  rakhna: 'keep',
  rakhte: 'have',
};

/**
 * Verbs as members type them, stem by stem: "stem: base, past" makes the stem's forms ("rok: stop, stopped"
 * reads rok rokna rokne roko rokta rokte roka roki roke rokega rokenge). A stem ending in a vowel takes "y"
 * before its endings ("bata": bataya batayi bataye batayega). Forms an English word spells ("bane", "hate")
 * are left out; the glossary above keeps its own reading of a form it lists.
 */
const VERBS = `
  rok ruk: stop, stopped
  nikal: emerge, emerged
  nikaal: expel, expelled
  sun sunn: hear, heard
  cheekh cheekhne chikh chilla: scream, screamed
  keh: say, said
  bol: say, said
  maar mar: kill, killed
  bhag bhaag: flee, fled
  dhoond dhoondh dhund dhundh dhoondh: search, searched
  chah chaah: want, wanted
  pakad pakar: arrest, arrested
  chhup chup: hide, hid
  badh barh: increase, increased
  ghat ghatt: decrease, decreased
  jeet jit: win, won
  haar: lose, lost
  chal chall: continue, continued
  samajh samjh: understand, understood
  lag: seem, seemed
  dekh: see, saw
  soch: think, thought
  likh: write, wrote
  padh parh: read, read
  mil: get, got
  bach: survive, survived
  gir: fall, fell
  phat: explode, exploded
  uth: rise, rose
  jal: burn, burned
  chhod chod chor chhor: leave, left
  tod tor: break, broke
  toot tut: break, broke
  jod jor: join, joined
  bhej: send, sent
  maan: believe, believed
  pahunch pohanch pohonch puhanch pahonch: reach, reached
  ghus: enter, entered
  bhool bhul: forget, forgot
  seekh: learn, learned
  badal: change, changed
  sambhal: handle, handled
  khul: open, opened
  kaat kat: cut, cut
  lad lar: fight, fought
  darr: fear, feared
  rakh: keep, kept
  kheench khench: pull, pulled
  takra: clash, clashed
  bana: build, built
  bata: tell, told
  bula: call, called
  pukar: call, called
  dikha: show, showed
  utha: raise, raised
  chala: run, ran
  jala: burn, burned
  gira: topple, toppled
  mita: erase, erased
  phaila: spread, spread
  bhaga: drive out, drove out
  samjha: explain, explained
  chhupa chupa: hide, hid
  dhamka: threaten, threatened
  hata: remove, removed
  bacha: save, saved
  mana: persuade, persuaded
  kama: earn, earned
  sikha: teach, taught
  dohra: repeat, repeated
  apna: adopt, adopted
  gawa: lose, lost
  kho: lose, lost
  ro: cry, cried
  aa: come, came
  ja jaa: go, went
  de: give, gave
  le: take, took
  kar: do, did
  ho: be, was
  pa paa: able, able
  sak: can, could
`;

/** Endings of a stem ending in a consonant, and of one ending in a vowel, with the form each gives. */
const CONSONANT_ENDINGS: ReadonlyArray<readonly [string, 'base' | 'past' | 'will']> = [
  ['', 'base'],
  ['na', 'base'],
  ['ne', 'base'],
  ['ni', 'base'],
  ['o', 'base'],
  ['ein', 'base'],
  ['iye', 'base'],
  ['ta', 'base'],
  ['ti', 'base'],
  ['te', 'base'],
  ['tay', 'base'],
  ['kar', 'base'],
  ['a', 'past'],
  ['i', 'past'],
  ['e', 'past'],
  ['ay', 'past'],
  ['ega', 'will'],
  ['egi', 'will'],
  ['enge', 'will'],
  ['oge', 'will'],
  ['unga', 'will'],
];
const VOWEL_ENDINGS: ReadonlyArray<readonly [string, 'base' | 'past' | 'will']> = [
  ['', 'base'],
  ['na', 'base'],
  ['ne', 'base'],
  ['ni', 'base'],
  ['o', 'base'],
  ['yein', 'base'],
  ['ein', 'base'],
  ['iye', 'base'],
  ['ta', 'base'],
  ['ti', 'base'],
  ['te', 'base'],
  ['tay', 'base'],
  ['kar', 'base'],
  ['ya', 'past'],
  ['yi', 'past'],
  ['ye', 'past'],
  ['i', 'past'],
  ['e', 'past'],
  ['ae', 'past'],
  ['ga', 'will'],
  ['gi', 'will'],
  ['nge', 'will'],
  ['yega', 'will'],
  ['yegi', 'will'],
  ['yenge', 'will'],
  ['ega', 'will'],
  ['egi', 'will'],
  ['enge', 'will'],
];

/**
 * Forms an ending makes that are other words: English ones ("bane", "hate", "mare", "lage"), or another
 * Urdu word ("chala" is no form of "chal" alone), left out of the verb table.
 */
const NOT_VERB_FORMS = new Set(
  (
    'bane bana mane mana pate pati pata sake saki sako hate hat lade lad jale tore tote tora mile mila ' +
    'bole bola chale rote roti rota gire gira pae pai paa pao payi dena dene lena lene lege leta lete ' +
    'leti dete deta deti dei hone hona hota hoti hote hoo hoe hoi hoya kare kari karo kara kartay chup ' +
    'chupa chupe chupi lago lage lagi mare mara maro mari mart kato kate kata kati sune suna suni jano ' +
    'jane jata jati jate jao jaye jaya jae jai jaa aao aata aati aate aae aai aaya aaye aayi aana ' +
    'chalo gira bachi bache bacha kat phate challenge today torte tutti jodi banana manana roe leo lei lee ' +
    'dee pane sunni milo giro chore khulna lara'
  ).split(' '),
);

/** Each verb form and its English. */
function verbForms(table: string): Array<[string, string]> {
  return table
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [stems = '', english = ''] = line.split(':');
      const [base = '', past = ''] = english.split(',').map((part) => part.trim());
      return stems
        .trim()
        .split(/\s+/)
        .flatMap((stem) =>
          (/[aeiou]$/.test(stem) ? VOWEL_ENDINGS : CONSONANT_ENDINGS).map(
            ([ending, form]): [string, string] => [
              stem + ending,
              form === 'past' ? past : form === 'will' ? `will ${base}` : base,
            ],
          ),
        );
    })
    .filter(([form]) => !NOT_VERB_FORMS.has(form));
}

/**
 * More of everyday and news talk, in glossary lines ("forms: English"). The table above keeps its own reading
 * of a word listed in both.
 */
const MORE_WORDS = `
  jata jati jate jaata jaati jaate jaye jaaye jae jaayen jayen jana jaana: 
  hoga hogi honge hongi: will
  dega degi denge: will give
  lega legi lenge: will take
  agar agr: if
  lekin lekn magar mgr: but
  kyunke kyonke kiunke kyuke kunke: because
  warna: otherwise
  balke balki: rather
  taake taki: so that
  halanke halaanke: although
  yani yaani: namely
  fir phr: then
  srf: only
  sabhi saare saari sare: all
  kch kuchh: some
  kabhie: ever
  wagaira waghaira: etc
  bilkul: completely
  bahot boht bht: many
  ziyada jyaada zayada: more
  thode thodi thora thori: few
  dono donon: both
  pura poora poori puri poore: whole
  adha aadha aadhe: half
  aksar: often
  foran fauran turant: immediately
  jaldi: quickly
  dheere dheeray dhire aahista ahista: slowly
  tez taiz: fast
  upar oopar: above
  neeche: below
  aaspaas: around
  qareeb kareeb: near
  qareeban kareeban: about
  beech bich darmiyan: between
  samne saamne: front
  alawa ilawa: besides
  siwa siwaye: except
  bajaye: instead
  bawajood: despite
  zariye zariya: through
  bina baghair begair: without
  tahat: under
  mutaliq mutalliq: about
  khilaf khilaaf: against
  wahi wohi: same
  jitne jitni: the more
  utne utni: the more
  itne: so
  aisa aise aisi esa ese: such
  kal: yesterday
  aj: today
  shaam: evening
  dopahar: afternoon
  baras: years
  mahino mahinon: months
  hafton: weeks
  ghanta ghante ghanton: hours
  daur: era
  zamana zamane: times
  pehlay pahle pehley: before
  jaga: place
  shaher: city
  qasba qasbe: town
  suba soobe subon: province
  mumalik: countries
  ilaake ilake elaqe ilaaqa ilaaqe: area
  dariya darya: river
  sailaab sailab selaab: flood
  pahad pahar: mountain
  sadkon: roads
  masjidon masajid: mosques
  dargahon mazaron mazaaron: shrines
  madrasa madrassa madaris: seminary
  daftar: office
  thana thaane: police station
  qaid: prison
  adalat: court
  faujon: armies
  fauji: military
  pulis: police
  sipahiyon jawanon: soldiers
  hukumaton: governments
  sarkari: government
  wazeer: minister
  sadr: president
  rehnuma rahnuma: leader
  insan insaan: person
  insano insaanon: people
  aadmi admi: man
  aurat: woman
  bachche bacche bachchon bacchon: children
  naujawanon nojawanon: young
  zaer zaireen: pilgrims
  namaziyon: worshippers
  dost: friend
  dushmano dushmanon: enemies
  saathi sathi: allies
  himayat hamayat: support
  tanzeemein tanzeemen: organisations
  girohon groh: groups
  firqon: sects
  dehshatgardon dahshatgard dahshatgardon: terrorists
  shiddatpasand intehapasand intehapasandon: extremists
  jangjuon jangjuon: fighters
  lashkar: army
  baghi baaghi baghiyon: rebels
  alagwadi alehdgi alaihdgi: separatists
  dhamakey dhamakon: blasts
  khudkash: suicide
  halaakaton: deaths
  mauton mout: death
  lash laash: body
  lashein laashein: bodies
  khoon: blood
  qatal qatl: killing
  nuqsanat: damage
  barbadi: destruction
  dhuan: smoke
  awaaz awaz: sound
  cheekhon chikh: screams
  shor: noise
  bhagdar bhagdad: stampede
  khauf khof: fear
  ghabrahat: panic
  dabaav dabao dabaw: pressure
  zor: strength
  zordar taqatwar: powerful
  badey baray baday bary: big
  choti chote chhota chhoti chhote: small
  lamba lambi lambe: long
  uncha unchi: high
  awwal: first
  teesra teesri: third
  aakhiri akhiri: last
  khaas khas: particular
  aam: common
  mukhtalif: different
  alag: separate
  khatron: dangers
  mehfooz: safe
  mumkin: possible
  namumkin: impossible
  zaroori zaruri: necessary
  aasan asan: easy
  sakht: strict
  naram: soft
  shadeed: severe
  bhayanak khaufnaak: terrible
  dardnaak afsosnaak: tragic
  kamyabiyan kamyabiyon kaamyabiyan: gains
  hasil haasil: gained
  nakami naakaami nakaami: failure
  koshishon: efforts
  maqasid: goals
  hadaf: goal
  nishana nishane: target
  wajuhat: reasons
  asbaab asbab: reasons
  fawaid: benefits
  nataij: results
  asraat asrat: effects
  khabrein khabren khabron: news
  risala: magazine
  akhbaar: newspaper
  bayanat: statements
  daawe dawe: claims
  ilzam ilzamat: accusation
  naamon: names
  siyasat: politics
  siyasi: political
  siyasatdan: politicians
  jamhuriyat: democracy
  intekhabat intikhabat: elections
  mazakraat muzakraat: talks
  muahide muahiday muahidon muaahida: agreement
  amn: peace
  jangon: wars
  ladaiyan laraiyan: battles
  fasaad fasad: unrest
  tashaddud tashadud: violence
  imdaad imdad: aid
  zimmedariyan: responsibility
  ilaqai: regional
  qaumi: national
  qaum quam: nation
  aqwam: nations
  almi aalmi: global
  khufia: intelligence
  jasoos: spy
  taleem: education
  maeeshat maishat: economy
  ghurbat: poverty
  raqam: money
  muawza muawaza: compensation
  tijarat: trade
  kaarobar karobar: business
  mansoobe: plans
  tareeqa tariqa tareeka tarika: way
  shuruaat shuruat ibtida: beginning
  dhamkiyan: threats
  pabandi pabandiyan: sanctions
  saza: punishment
  insaaf: justice
  qanoon kanoon: law
  azadi: freedom
  ittehad ittehadi: coalition
  behtar: better
  behtari: improvement
  kasheedgi tanaav tanao: tension
  hawai fazai: air
  tayyare jahaz: planes
  goli goliyan: bullets
  asla aslaha hathiyaron: weapons
  barood: explosives
  waqiat waqea: incidents
  mauqe mauke: moment
  der: late
  safar: travel
  musafir: travellers
  raasta rasta: route
  mulaqat: meeting
  taqreer: speech
  sawal: question
  misal: example
  tafseel tafseelat: details
  sachai: truth
  afwah: rumour
  saboot suboot: proof
  mauqif moqif: stance
  tajzia tajziya: analysis
  tajziakar tajziyakar mubassir mubassireen: analysts
  mahir maahir maahireen: experts
  muhaqqiq: researcher
  tehqeeq tahqeeq: research
  mazhab: religion
  mazhabi: religious
  islami: islamic
  musalman musalmano: muslims
  aabadi abaadi: population
  akseriyat aksariyat: majority
  aqliyat: minority
  pairokar: followers
  wafadar wafaadar: loyal
  dastay daste: troops
  pusht: backed
  peshqadmi: advancing
  pasapai: retreat
  muhasra: siege
  inteqam intiqam: revenge
  andruni andarooni andaruni: internal
  shaakh shakh: offshoot
  shaakhein shakhein shaakhen shakhen shakhon shaakhon: offshoots
  ehem: important
  pichli pichhle pichhla: last
  agli agla: next
  haal: state
  das: ten
  pachas: fifty
  hazaar hazar: thousand
  yurop europe: europe
  wapsi: return
`;

/** Every word read: the verb forms, then the words above, the hand-made table winning over both. */
const GLOSSARY: ReadonlyMap<string, string> = new Map([
  ...verbForms(VERBS),
  ...glossary(MORE_WORDS),
  ...Object.entries(WORDS),
]);

/** The English words a question opens with, as glossed. */
const QUESTION_WORD = /^(?:how|what|who|whose|which|when|where|why)\b/;
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
/** Words after which "kya" asks yes or no: a copula or a verb ending the clause ("hai kya", "hua kya"). */
const VERB_BEFORE_YES_NO = new Set(
  'hai hain hay tha thi the thay ho hoga hogi hua hui hue kiya kiye kia gaya gayi gaye raha rahi rahe'.split(
    ' ',
  ),
);
/** Words that may follow a closing "kya" ("target list me hai kya inke"): pronouns, not what is asked. */
const TRAILING = new Set('inke unke inki unki inka unka iska uska yaar bhai bro'.split(' '));
/** "Kis group", "konsa shehar": which group, which city. */
const WHICH = new Set(['kis', 'kin', 'konsa', 'konsi', 'kaunsa', 'kaunsi']);
const WORD_OR_MARK = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]+/gu;

/**
 * Words of the other chat languages read here that Roman Urdu never types: Bengali verbs and question words
 * ("ke korse", "ki hoyechilo", "koto jon"), and Tagalog, Spanish, Portuguese and Malay function words. With
 * one of them, "ke" and "ki" are Bengali's "who" and "what", not Urdu's "of": the message needs three Urdu
 * markers to be Urdu.
 */
const OTHER_LANGUAGE = new Set(
  (
    'korse korche korchhe koreche korechhe korechilo korlo korbe hoyeche hoyechhe hoyechilo hoyechhilo ' +
    'holo hobe bolse bolche boleche bolechhe bollo bolechilo chilo chhilo achhe kobe koto keno kothay ' +
    'kothai kivabe kibhabe kemne niye theke geche gechhe gelo ' +
    'ang ng mga yung sino ilan bakit saan kailan paano ' +
    'el los las quien quienes donde cuando cuantos cuantas porque murieron ' +
    'quem onde quando quantos quantas morreram ' +
    'yang siapa berapa kenapa mengapa bagaimana apakah'
  ).split(' '),
);

/** Words that ask, in Urdu. */
const URDU_ASKING = new Set(
  'q kya kia kitne kitna kitni kab kahan kahaan kidhar kyun kyu kyon kiyun kaise kese kaisa kaisi kaun kon kis kisne konsa konsi kaunsa kaunsi kaunse konse kisse kiska kiski kiske'.split(
    ' ',
  ),
);

/** An English question's first word. */
const ENGLISH_OPENING =
  /^\W*(?:what|whats|what['\u2019]s|who|whom|whose|when|where|why|how|which|is|are|was|were|do|does|did|can|could|has|have|had|will|would|should|tell|name|list)\b/iu;

/**
 * Is the message Roman Urdu (two distinct marker words, three with a word only another chat language types,
 * and it does not open as an English question)?
 */
export function isRomanUrdu(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  // An English question may name a Hindi title: "what are the songs in kuch kuch hota hai". Not one that
  // asks in Urdu: "IS originally kis group se nikla tha" opens with the group's name (in any letter case).
  if (ENGLISH_OPENING.test(text) && !words.some((word) => URDU_ASKING.has(word))) return false;
  const foreign = words.some((word) => OTHER_LANGUAGE.has(word));
  return new Set(words.filter((word) => MARKERS.has(word))).size >= (foreign ? 3 : 2);
}

/**
 * A word's English: a word in capitals in a message that is not all capitals stays as typed ("IS" is the
 * group, "is" is "this"); in a message typed all in capitals, capitals say nothing.
 */
function english(word: string, shouting: boolean): string {
  const english = GLOSSARY.get(word.toLowerCase());
  if (english === undefined || (!shouting && /^\p{Lu}{2,}$/u.test(word))) return word;
  return english;
}

/** Is the word one this reading knows ("kis", "tha")? Not a slip to correct in a Roman Urdu message. */
export function isRomanUrduWord(word: string): boolean {
  const lower = word.toLowerCase();
  return GLOSSARY.has(lower) || MARKERS.has(lower);
}

/** The English question a Roman Urdu message asks; any other text unchanged. */
export function asEnglishQuestion(text: string): string {
  if (!isRomanUrdu(text)) return text;
  // Typed all in capitals or with every word capitalised, capitals say nothing: read as lower case, so that
  // letter case never changes the reading ("WHAT DATE WAS ... KAB HUA THA").
  if (text !== text.toLowerCase() && capitalsSayNothing(text)) return asEnglishQuestion(text.toLowerCase());
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
      // Last, or after the verb ("karachi target list me hai kya", "bacha tha kya"), it asks yes or no.
      const previous = words[i - 1]?.word.toLowerCase() ?? '';
      const last = words
        .slice(i + 1)
        .every(({ word: after }) => !/\p{L}/u.test(after) || TRAILING.has(after.toLowerCase()));
      if (question === undefined && !asks)
        question =
          parts.some((part) => /\p{L}/u.test(part)) && !last && !VERB_BEFORE_YES_NO.has(previous)
            ? 'what'
            : 'did';
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
