/**
 * Questions typed in Taglish, English mixed with Tagalog, as Filipino members write ("ilan yung namatay sa
 * baha?", "sino po yung mayor", "kailan nagsimula ang ulan sa bayan"): read as the English they ask, word for
 * word, with the question word put in front ("how many died at flood?"). The search reads words, not their
 * order, so the gloss need not be good English; English words, names and numbers pass as typed, and the
 * answer is still a verbatim quote of the article. Only a message with two or more words that only Tagalog
 * uses ("ang", "yung", "po", "ilan", "bakit") is read so.
 *
 * The same idea as roman-urdu.ts, kept small and on its own: a glossary of the forms members type (each verb
 * with its affixed forms listed, "patay namatay napatay"), not a grammar.
 */

import { ACRONYM, glossary, isShouting } from './glossary-table.js';

/**
 * Tagalog words no English or Roman Urdu question uses: two distinct ones make a message Tagalog. Left out,
 * though common Tagalog, because English or Roman Urdu / Hindi chat types them too: "na", "ka", "ko" (Urdu
 * "na", "ka", "ko"), "si" (Hindi "choti si"), "ni" (Punjabi "ni" for "nahi"), "kasi" (Hindi "kasi" for
 * "kaisi"), "pala" (Hindi, "raised"), "dun" / "doon" (Hindi "bata dun"), "din" (Urdu "day"), and "pa",
 * "may", "at", "raw", "bat", "hindi" (English words; "bat" opening a message is read "bakit"). They are
 * still glossed once a message is Tagalog. "Sa" is Hindi too ("kon sa"), but it is Tagalog's commonest word,
 * and no other marker is Hindi.
 */
const MARKERS = new Set(
  (
    'ang ng mga yung iyong ung po opo ba daw lang talaga naman nga rin sa ano anong sino sinong kanino ' +
    'ilan ilang magkano bakit saan saang nasaan kailan kelan paano pano papaano gaano gano alin aling siya sya ' +
    'niya nya sila nila nito ito yun iyon dito nung noong nang diba ngayon kahapon lahat namatay nasawi ' +
    'napatay pinatay nasugatan sumabog pagsabog umatake inatake sinabi nangyari nagsimula nakuha kinuha ' +
    'tumakas lumikas lumipat pumunta nagbago dumami lumala gumana tumigil binaha bumaha nahihirapan'
  ).split(' '),
);

/** Roman Urdu's commonest words: a message with two of them is Urdu, whatever else it holds ("kon sa"). */
const URDU = new Set('hai hain kya kia tha thi ne se mein ki ke nahi'.split(' '));

/** Particles, linkers and the speaker's own pronouns: how Tagalog frames a question, not what it asks. */
const DROPPED = new Set(
  (
    'ang ng mga yung iyong iyung ung un po opo ho ba bang daw raw lang lamang talaga naman pala kasi na pa ' +
    'nga din rin si sina ni nina ay kaya eh e ha diba dba nang mismo ka ko mo ako ikaw kayo sana siguro ' +
    'yata kung pag kapag ' +
    // "There was" / "there is" ("bakit nagkaroon ng baha"): the thing itself is what is asked about.
    'nagkaroon magkaroon mayroon meron'
  ).split(' '),
);

/**
 * Words and their English. "May" (there is) and "at" (and) are left as typed: they are English words too,
 * and "May" may be the month.
 */
const WORDS: ReadonlyMap<string, string> = new Map([
  // Question words.
  ...glossary(`
    ano anu anong anung ano-ano anu-ano ano-anong: what
    sino sinong sino-sino sinu-sino: who
    kanino: whose
    ilan ilang: how many
    magkano: how much
    bakit bkit bkt ba't: why
    saan nasaan asan nasan: where
    saang: which
    taga-saan tiga-saan: where from
    kailan kelan kilan: when
    paano pano papaano papano paanong panong pa'no: how
    gaano gano: how
    alin aling alin-alin: which
  `),
  // Pronouns, pointers, amounts.
  ...glossary(`
    siya sya: he
    niya nya: his
    sila: they
    nila kanila kanilang: their
    kami tayo: we
    namin natin: our
    ito ire: this
    nito: its
    iyon yun yon: that
    dito: here
    doon dun don: there
    ganito ganyan ganun ganoon: like that
    lahat: all
    iba ibang: other
    isa isang: one
    marami maraming dami: many
    konti kaunti: few
    mas lalo: more
    pinaka pinakamarami: most
    una unang: first
    huli huling: last
  `),
  // Linking words, time and measure: "sa" is "at" or "in" as the English needs; both are only stop words to
  // the search.
  ...glossary(`
    sa nasa: at
    mula galing buhat: from
    hanggang: until
    tungkol: about
    para: for
    dahil: because
    laban kontra: against
    habang: while
    bago: before
    pagkatapos matapos: after
    noong nung nuong: in
    pero: but
    o: or
    tapos saka: then
    hindi di: not
    wala walang: no
    meron mayroon: any
    loob: inside
    labas: outside
    malapit: near
    likod: behind
    ngayon: now
    ngayong: this
    kahapon: yesterday
    agad kaagad: immediately
    bukas: tomorrow
    dati dating: former
    taon: year
    buwan: month
    linggo: week
    araw: day
    oras: hour
    gabi: night
    umaga: morning
    beses: times
    edad: age
    bilang: number
    katao tao: people
  `),
  // People, places, things and what they are like.
  ...glossary(`
    grupo pangkat: group
    pamahalaan gobyerno: government
    pulis pulisya: police
    sundalo: soldiers
    militar hukbo: military
    pinuno lider: leader
    pangulo presidente: president
    alkalde: mayor
    opisyal opisyales: officials
    saksi: witness
    biktima: victims
    suspek salarin: suspect
    kalaban kaaway: enemy
    bata: child
    batang: young
    matanda luma: old
    babae: woman
    lalaki: man
    pamilya: family
    anak: children
    residente: residents
    manggagawa: workers
    bansa: country
    lugar pook: place
    lungsod siyudad syudad: city
    bayan: town
    probinsya lalawigan: province
    bahay: house
    kalsada daan: road
    tulay: bridge
    ilog: river
    dagat: sea
    tubig: water
    baha: flood
    bagyo: typhoon
    lindol: earthquake
    sunog apoy: fire
    ulan: rain
    ospital: hospital
    paaralan eskwelahan: school
    simbahan: church
    pera: money
    armas baril: weapons
    bomba: bomb
    sasakyan: vehicle
    pangalan: name
    dahilan sanhi: reason
    layunin: goal
    plano: plan
    balita: news
    ulat: report
    pahayag: statement
    pinsala: damage
    tulong: help
    kapayapaan: peace
    digmaan giyera gera: war
    labanan: battle
    banta: threat
    panganib: danger
    epekto: effect
    kasunduan: agreement
    kinalaman: connection
    totoo: true
    mali: wrong
    malaki: big
    maliit: small
    mahalaga: important
    delikado mapanganib: dangerous
    malakas: strong
    mahina: weak
    bagong: new
    mahirap: difficult
  `),
  // Doing: each verb with the affixed forms typed ("na-" done, "-um-" did, "-in-" done to, "pag-" the act).
  ...glossary(`
    patay namatay mamatay namamatay nasawi pumanaw: died
    napatay pinatay pumatay: killed
    pagpatay: killing
    pagkamatay: death
    sugat sugatan sugatang nasugatan nasaktan: injured
    sabog sumabog sumasabog pinasabog: exploded
    pagsabog: explosion
    atake umatake inatake sumalakay sinalakay: attacked
    pag-atake pagatake pagsalakay: attack
    sabi sinabi nagsabi sinasabi: said
    nagsalita: spoke
    inanunsyo ipinahayag: announced
    gusto gustong nais: want
    ayaw: refuse
    nangyari nangyayari mangyayari: happened
    simula nagsimula sinimulan: started
    natapos nagtapos: ended
    nakuha kinuha kumuha nasakop sinakop: captured
    tumakas tumakbo: fled
    dinala dinadala nagdala dalhin: taken
    lumikas inilikas paglikas: evacuated
    lumipat inilipat ilipat: moved
    pumunta nagpunta: went
    dumating: arrived
    umalis: left
    bumalik: returned
    nagbago binago pagbabago: changed
    dumami tumaas lumaki: increased
    lumala: intensified
    bumaba: fell
    humupa: subsided
    gumana: worked
    nagtagumpay: succeeded
    nabigo: failed
    tumigil huminto itinigil: stopped
    ginawa gumawa nagawa: did
    nakita: saw
    nalaman: learned
    alam: know
    hinuli inaresto naaresto dinakip: arrested
    tumulong tinulungan: helped
    nailigtas iniligtas: rescued
    nawala: lost
    nawawala: missing
    nasira sinira: destroyed
    binaha bumaha: flooded
    tinamaan tumama: hit
    itinatag: founded
    lumaban: fought
    sumuko: surrendered
    tinawag: called
    umako inako: claimed
    nahihirapan nahirapan: struggling
    makapasok pumasok nakapasok: entered
  `),
]);

/**
 * Phrases read before single words, once the particles are dropped: "ano ang ibig sabihin ng" and "ano ibig
 * sabihin" both read "ibig sabihin" (so no phrase needs "sino ang": "sino" alone is "who").
 */
const PHRASES: ReadonlyMap<string, string> = new Map(
  (
    [
      // "Ano ang ibig sabihin ng DRRMO": "what meaning of DRRMO", which the query plan reads as asking what a
      // name stands for.
      [['ibig sabihin', 'ibig sabihen', 'ibig sbhn'], 'meaning of'],
      [['para saan'], 'what for'],
      [['taga saan', 'tiga saan'], 'where from'],
      // Of a person, the age: "ilang taon yung suspect".
      [['ilang taon', 'ilan taon'], 'how old'],
      [['ilang beses'], 'how many times'],
      [['ilang araw'], 'how many days'],
      [['gaano katagal', 'gano katagal'], 'how long'],
      [['gaano kalakas', 'gano kalakas'], 'how strong'],
      [['gaano kalala', 'gano kalala'], 'how bad'],
      [['gaano kalaki', 'gano kalaki'], 'how big'],
      [['gaano kalayo', 'gano kalayo'], 'how far'],
      [['gaano karami', 'gano karami'], 'how many'],
      [['anong oras'], 'what time'],
      [['anong taon', 'saang taon'], 'what year'],
      [['mula kailan', 'simula kailan', 'magmula kailan'], 'since when'],
      [['hanggang kailan'], 'until when'],
      [['hanggang ngayon'], 'still'],
      // A word said twice asks for a list: "sino sino ang nasugatan".
      [['sino sino'], 'who'],
      [['ano ano'], 'what'],
      [['saan saan'], 'where'],
      [['nasa likod'], 'behind'],
      [['may kinalaman'], 'involved'],
      [['may gawa'], 'responsible'],
    ] as const
  ).flatMap(([forms, english]) => forms.map((form): [string, string] => [form, english])),
);
const LONGEST_PHRASE = Math.max(...[...PHRASES.keys()].map((phrase) => phrase.split(' ').length));

/** The English a question opens with, as glossed. */
const QUESTION_WORD = /^(?:how|what|who|whose|which|when|where|why|since when|until when)\b/;

/** An English question's first word: such a message needs a third marker ("who is Ang Lee, sa Da Nang?"). */
const ENGLISH_OPENING =
  /^\W*(?:what|whats|who|when|where|why|how|which|is|are|was|were|do|does|did|can|could|has|have|had|will|would|should)\b/i;

/**
 * The words of a message as typed, without the punctuation around them ("baha?" is "baha"); a "bat" first is
 * "bakit" (why), elsewhere the English word.
 */
function wordsOf(text: string): string[] {
  const words = text
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
  if (words[0]?.toLowerCase() === 'bat') words[0] = 'bakit';
  return words;
}

/** Does a word (lower case) ask, as a question word does ("ilan", "bakit")? */
function asks(word: string): boolean {
  return QUESTION_WORD.test(WORDS.get(word) ?? '');
}

/** The English the glossary gives one word ("namatay": "died"), as typed inside an English question. */
export function tagalogWordGloss(word: string): string | undefined {
  return WORDS.get(word.toLowerCase());
}

/** Is the word one the glossary reads ("namatay", "yung")? In a Tagalog message it is no English slip. */
export function isTagalogWord(word: string): boolean {
  const lower = word.toLowerCase();
  return WORDS.has(lower) || DROPPED.has(lower) || MARKERS.has(lower);
}

/**
 * Is the message Tagalog or Taglish? It holds two distinct Tagalog marker words (three when it opens as an
 * English question and no Tagalog word asks), a word in capitals not counting unless all is in capitals, and
 * not two of Roman Urdu's commonest words.
 */
export function isTagalog(text: string): boolean {
  const shouting = isShouting(text);
  const words = wordsOf(text)
    .filter((word) => shouting || !ACRONYM.test(word))
    .map((word) => word.toLowerCase());
  if (new Set(words.filter((word) => URDU.has(word))).size >= 2) return false;
  const markers = new Set(words.filter((word) => MARKERS.has(word))).size;
  const englishOpening = ENGLISH_OPENING.test(text) && !words.some(asks);
  return markers >= (englishOpening ? 3 : 2);
}

/** A glossed piece of the message, and whether it is English given by the glossary (not a word as typed). */
interface Piece {
  text: string;
  glossed: boolean;
}

/** The phrase starting at a word, as a piece and the number of words it takes; none when no phrase starts. */
function phraseAt(words: readonly string[], start: number): [Piece, number] | undefined {
  for (let length = Math.min(LONGEST_PHRASE, words.length - start); length >= 2; length--) {
    const phrase = words
      .slice(start, start + length)
      .join(' ')
      .toLowerCase();
    const english = PHRASES.get(phrase);
    if (english !== undefined) return [{ text: english, glossed: true }, length];
  }
  return undefined;
}

/**
 * The English gloss of a Tagalog or Taglish message, word for word with the question word first ("ilan yung
 * namatay sa baha?" is "how many died at flood?"); any other text unchanged. Words the glossary lacks
 * (English, names, numbers) are kept as typed, and so is a word in capitals in a message not all in capitals
 * ("IS", "NDRRMC"). Punctuation is dropped, all but a closing "?".
 */
export function tagalogAsEnglish(text: string): string {
  if (!isTagalog(text)) return text;
  const shouting = isShouting(text);
  const name = (word: string) => !shouting && ACRONYM.test(word);
  const words = wordsOf(text).filter((word) => name(word) || !DROPPED.has(word.toLowerCase()));
  const pieces: Piece[] = [];
  for (let i = 0; i < words.length;) {
    const word = words[i]!;
    const english = name(word) ? undefined : WORDS.get(word.toLowerCase());
    const [piece, length] = phraseAt(words, i) ?? [
      english === undefined ? { text: word, glossed: false } : { text: english, glossed: true },
      1,
    ];
    pieces.push(piece);
    i += length;
  }
  if (pieces.length === 0) return text;
  // The first question word asked, put in front. Only a glossed one: an English "what" typed stays where it
  // is, so that the same message in capitals ("WHAT", not glossed) reads the same.
  const asked = pieces.findIndex((piece) => piece.glossed && QUESTION_WORD.test(piece.text));
  if (asked > 0) pieces.unshift(...pieces.splice(asked, 1));
  const end = /\?\s*$/.test(text) ? '?' : '';
  // "Ano pangalan nung mosque", "sino pangalan ng bomber": the name asked, as English asks it ("what is the
  // name of the mosque"), so that the answer must name one.
  const named = pieces.findIndex((piece) => piece.text.toLowerCase() === 'name');
  if (named >= 0 && (asked < 0 || /^(?:what|who)$/.test(pieces[0]!.text))) {
    const rest = pieces
      .filter(
        (piece, i) =>
          i !== named &&
          !(piece.glossed && QUESTION_WORD.test(piece.text)) &&
          !/^(?:in|of)$/.test(piece.text),
      )
      .map((piece) => piece.text);
    return `what is the name of ${rest.join(' ')}${end}`;
  }
  return pieces.map((piece) => piece.text).join(' ') + end;
}
