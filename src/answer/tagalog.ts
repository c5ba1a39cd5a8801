/**
 * Questions typed in Taglish, English mixed with Tagalog, as Filipino members write ("ilan yung namatay sa
 * baha?", "sino po yung mayor", "kailan nagsimula ang ulan sa bayan"): read as the English they ask, word for
 * word, with the question word put in front ("how many died at flood?"). The search reads words, not their
 * order, so the gloss need not be good English; English words, names and numbers pass as typed, and the
 * answer is still a verbatim quote of the article. A message is read so by the density of its Tagalog words:
 * two words only Tagalog uses ("ang", "yung", "po", "ilan", "bakit", an affixed verb such as "tinarget"), or
 * one beside Tagalog's shared small words ("sino si Sabahat Khan"), and not when Urdu, Malay, Bengali,
 * Spanish or Portuguese words outnumber them.
 *
 * The same idea as roman-urdu.ts and spanish.ts, kept on its own: a glossary of the forms members type, not a
 * grammar. A verb root's affixed forms are written out from it ("patay": "pinatay", "pinapatay",
 * "papatayin", "napatay", "nakapatay"...; see `verbForms`), the irregular ones and those whose English
 * differs listed one by one ("namatay": "died").
 */

import { ACRONYM, glossary, isShouting, withoutEdges } from './glossary-table.js';

/**
 * Tagalog words no English, Roman Urdu, Malay or Spanish question uses (the question words, the linkers "ang",
 * "ng", "mga", "yung", the particles "po", "ba", "daw", "lang", "talaga", the pronouns): one of them with
 * Tagalog's small shared words (`SMALL_WORDS`), or two of them, make a message Tagalog (see `isTagalog`).
 * Every affixed verb form of the glossary counts too ("tinarget", "namatay", "pinasabog"). Left out, though
 * common Tagalog, because English, Roman Urdu / Hindi or Malay chat types them too: "na", "ka", "ko" (Urdu
 * "na", "ka", "ko"), "si" (Hindi "choti si"), "ni" (Punjabi "ni" for "nahi"), "kasi" (Hindi "kasi" for
 * "kaisi"), "pala" (Hindi, "raised"), "dun" / "doon" (Hindi "bata dun"), "din" (Urdu "day"), "sila" (Malay
 * "please"), "anak", "mata", "bata" (Malay), and "pa", "may", "at", "raw", "bat", "hindi" (English words;
 * "bat" opening a message is read "bakit"). They are `SMALL_WORDS`, glossed once a message is Tagalog.
 */
const MARKERS = new Set(
  (
    'ang ng mga yung iyong ung po opo ba daw lang lng talaga tlga tlaga naman nmn nga rin ano anong anu ' +
    'anung sino sinong cno cnong sinu kanino ilan ilang magkano bakit bkt bkit saan saang ' +
    'nasaan asan nasan kailan kelan kilan paano pano papaano panong gaano gano alin aling siya sya ' +
    'niya nya nila nito ito yun iyon dito nung noong nuong nang diba dba ngayon kahapon lahat ' +
    'kanila kanilang kanya kaniya sakanila sakanya tayo natin namin ganito ganun ganon ganoon ' +
    'yata siguro tsaka saka kase kc sya xa cla nyo ninyo ' +
    "tungkol hanggang habang dahil galing papunta papuntang pagkatapos bago ba't"
  ).split(' '),
);

/**
 * Tagalog's small words that other chat types too ("na", "sa", "si", "pa", "ka", "ko", "din", "kasi"):
 * alone they say nothing, but beside one marker they make a message Tagalog when Tagalog words are a good
 * share of it ("sino si Sabahat Khan", "ilang taon na siya").
 */
const SMALL_WORDS = new Set(
  (
    'sa na pa si ni ka ko mo din rin raw kasi doon dun don sila anak bata mata may at hindi di ' +
    'nag mag naka nakapag pinag ma pang pag kung kapag yan yon dyan diyan jan kaya pala mula kami pero'
  ).split(' '),
);

/**
 * Small words English spells too ("at", "may", "pa", "don", "raw", "din"): beside one marker they do not make
 * a message Tagalog ("Ang Lee at Cannes").
 */
const ENGLISH_TOO = new Set('at may pa don dun raw ma din mo bat pang yon di'.split(' '));

/** Roman Urdu's commonest words: a message with two of them is Urdu, whatever else it holds ("kon sa"). */
const URDU = new Set('hai hain kya kia tha thi ne se mein ki ke nahi'.split(' '));

/**
 * Words of Roman Urdu / Hindi, Malay / Indonesian, Bengali, Spanish and Portuguese chat that Tagalog never
 * writes: a message holding two of them, and no more Tagalog markers than them, is not Tagalog ("siapa yang
 * menyerang masjid di Islamabad", "em que ano foi o ataque na mesquita", "ke ei hamla ta koreche").
 */
const FOREIGN = new Set(
  // Roman Urdu and Hindi.
  (
    'kitne kitna kitni kab kaun kon kyun kyu kyon kahan kaise kaisa hua hui hue mare gaya gaye gayi ' +
    'raha rahe rahi wale wali aur bhi yeh woh wo jis jisne kiya kiye karo batao hamla ' +
    // Malay and Indonesian.
    'apa siapa mana bagaimana gimana kenapa mengapa berapa yang dari dan ini itu adalah ada tidak tak ' +
    'bukan sudah udah telah akan dengan untuk kepada oleh mereka dia kita saya aku apakah bila bilakah ' +
    'dimana orang serangan masjid mati terbunuh cedera kumpulan tujuan umur pada dalam juga atau ' +
    'berlaku terjadi siapakah kapan gak nggak tau sebab ' +
    // Bengali.
    'keno kothay koto kobe kivabe kemon kara kader hoyeche hoyechilo chilo korechilo koreche korlo ' +
    'theke ar ei oi ta ti gulo manush gese geche gelo ache nai hobe jon boyosh amra tomra apni ' +
    // Spanish and Portuguese.
    'que qué quem quien quienes onde donde quando cuando cuantos cuantas quantos quantas porque por foi ' +
    'fue fueron foram es está esta são em el los las os da dos das del com con um uma una un ' +
    'qual cual morreram murieron murio morreu mesquita mezquita ataque atentado'
  ).split(' '),
);

/** Malay's and Indonesian's affixed words ("menyerang", "jelaskan"): Tagalog writes neither affix so. */
const MALAY_AFFIXED = /^(?:meng|meny|memb|memp|diser)\p{L}{3,}$|^\p{L}{4,}kan$/u;

/** Particles, linkers and the speaker's own pronouns: how Tagalog frames a question, not what it asks. */
const DROPPED = new Set(
  (
    'ang ng mga yung iyong iyung ung un po opo ho ba bang daw raw lang lng lamang talaga tlga tlaga naman nmn ' +
    'pala kasi kc kase na pa ' +
    'nga din rin si sina ni nina ay kaya eh e ha diba dba nang mismo ka ko mo ako ikaw kayo sana siguro ' +
    'yata kung pag kapag ' +
    // An affix typed apart from the English verb it goes on ("nag claim", "naka survive", "mag attack").
    'nag mag naka nakapag makapag pinag nakipag ' +
    // "There was" / "there is" ("bakit nagkaroon ng baha"): the thing itself is what is asked about.
    'nagkaroon magkaroon mayroon meron'
  ).split(' '),
);

/**
 * Forms no reader should take for a Tagalog verb's: English words and names an affix makes of a root
 * ("i" + "sa" is no verb; "pinas" is the Philippines), and other chat's words.
 */
const NOT_VERB_FORMS = new Set('pinas umaga ina inan nag mag naka pag pang ma na pa'.split(' '));

/** A root's first consonants and first vowel: "takbo" is "t", "a"; "atake" is "", "a". */
function onset(root: string): [string, string] {
  const match = /^([^aeiou]*)([aeiou])/.exec(root);
  return [match?.[1] ?? '', match?.[2] ?? ''];
}

/** A root with "-in" or "-an" after it: "-hin", "-han" after a vowel, a last "o" often typed "u" ("sabugin"). */
function suffixed(root: string, suffix: 'in' | 'an'): string[] {
  const plain = /[aeiou]$/.test(root) ? `${root}h${suffix}` : `${root}${suffix}`;
  const raised = root.replace(/o([^aeiou]*)$/, 'u$1');
  const forms = [plain, /[aeiou]$/.test(raised) ? `${raised}h${suffix}` : `${raised}${suffix}`];
  if (/[aeiou]$/.test(root)) forms.push(`${root}${suffix === 'in' ? 'nin' : 'nan'}`);
  return forms;
}

/**
 * A verb root's affixed forms, as members type them: "-um-" (did: "tumakbo", "umatake"), "mag-" / "nag-"
 * ("nagsimula"), "-in-" and "-in" (done to: "pinatay", "patayin"), "-an" ("sugatan", "nasugatan"), "ma-" /
 * "na-" ("nasira"), "naka-" / "nakapag-" (managed to), "i-" ("ilipat", "inilipat"), "pa-" (had it done:
 * "pinasabog"), "pag-" (the act: "pagsabog"), and each with its first syllable said twice, the progressive
 * and future ("tumatakbo", "tatakbo", "pinapatay", "papatayin", "nagsisimula"). A vowel-initial root takes
 * "mag-", "pag-" with a hyphen or without ("pag-atake", "pagatake").
 */
function verbForms(root: string): string[] {
  const [consonants, vowel] = onset(root);
  const syllable = consonants + vowel;
  const twice = syllable + root;
  const infixed = (infix: string, word: string) =>
    consonants === '' ? infix + word : consonants + infix + word.slice(consonants.length);
  const hyphen = consonants === '' ? ['', '-'] : [''];
  const forms = [
    root,
    twice,
    infixed('um', root),
    infixed('um', twice),
    infixed('in', root),
    infixed('in', twice),
    ...suffixed(root, 'in'),
    ...suffixed(twice, 'in'),
    ...suffixed(root, 'an'),
    ...suffixed(twice, 'an'),
    ...suffixed(infixed('in', root), 'an'),
    ...suffixed(infixed('in', twice), 'an'),
    ...suffixed(`na${root}`, 'an'),
    `ma${root}`,
    `na${root}`,
    `ma${twice}`,
    `na${twice}`,
    `naka${root}`,
    `maka${root}`,
    `nakaka${root}`,
    `makaka${root}`,
    `i${root}`,
    `ini${root}`,
    `ini${twice}`,
    `i${twice}`,
    `i${infixed('in', root)}`,
    `i${infixed('in', twice)}`,
    `pina${root}`,
    `pinapa${root}`,
    ...suffixed(`pa${root}`, 'in'),
    ...suffixed(`papa${root}`, 'in'),
    `nagpa${root}`,
    `magpa${root}`,
    `pagka${root}`,
    ...hyphen.flatMap((mark) => [
      `mag${mark}${root}`,
      `nag${mark}${root}`,
      `mag${mark}${twice}`,
      `nag${mark}${twice}`,
      `pag${mark}${root}`,
      `nakapag${mark}${root}`,
      `makapag${mark}${root}`,
      `pinag${mark}${root}`,
    ]),
  ];
  // "L" and "y" roots often take "ni-" for "-in-" ("nilipat", "niyakap").
  if (/^[ly]/.test(root)) forms.push(`ni${root}`, `ni${twice}`);
  return [...new Set(forms)].filter((form) => form.length > 3 && !NOT_VERB_FORMS.has(form));
}

/**
 * A table of verb roots and their English ("patay: killed"): every affixed form of each root reads so. A
 * form listed in the glossary's own tables keeps that reading ("namatay": "died").
 */
function verbTable(table: string): Array<[string, string]> {
  return glossary(table).flatMap(([root, english]) =>
    verbForms(root).map((form): [string, string] => {
      if (form !== root) AFFIXED.add(form);
      return [form, english];
    }),
  );
}

/** The affixed forms the verb table makes (not its roots): each is a Tagalog marker ("tinarget"). */
const AFFIXED = new Set<string>();

/** Verb roots of news and chat; their affixed forms are written out (`verbForms`). */
const VERBS = verbTable(`
  patay: killed
  sabog: exploded
  atake: attacked
  salakay: attacked
  tira: hit
  tama: hit
  sugat: injured
  saktan: hurt
  takbo: fled
  takas: fled
  hanap: searching
  sabi: said
  gawa: did
  simula: started
  umpisa: started
  tapos: ended
  lipat: moved
  balik: returned
  kuha: took
  sakop: captured
  agaw: seized
  tigil: stopped
  hinto: stopped
  lakas: strengthened
  hina: weakened
  dami: increased
  taas: rose
  baba: fell
  laki: grew
  liit: shrank
  lala: worsened
  bago: changed
  dala: brought
  padala: sent
  punta: went
  dating: arrived
  alis: left
  pasok: entered
  labas: came out
  tawag: called
  target: targeted
  bomba: bombed
  pasabog: detonated
  angkin: claimed
  ako: claimed
  claim: claimed
  aresto: arrested
  huli: caught
  dakip: arrested
  tulong: helped
  ligtas: rescued
  sira: destroyed
  wasak: destroyed
  wala: lost
  talo: defeated
  panalo: won
  laban: fought
  suko: surrendered
  tatag: founded
  kilala: known
  alam: knew
  kita: saw
  rinig: heard
  basa: read
  sulat: wrote
  ulat: reported
  pahayag: announced
  anunsyo: announced
  balita: reported
  banta: threatened
  takot: feared
  galit: angry
  pigil: stopped
  pilit: forced
  plano: planned
  handa: prepared
  tulak: pushed
  palit: replaced
  hati: split
  sama: joined
  kampi: allied
  kasundo: agreed
  usap: talked
  kausap: talked
  tanong: asked
  sagot: answered
  pili: chose
  gamit: used
  hingi: demanded
  bigay: gave
  kaya: managed
  sunog: burned
  baril: shot
  hold: held
  tago: hid
  tayo: built
  lusob: invaded
  tawid: crossed
  lapit: approached
  layo: distanced
  hawak: controlled
  kontrol: controlled
  buo: formed
  pondo: funded
  suporta: supported
  pakinabang: benefited
  tahimik: quiet
  kilos: operated
  galaw: moved
  iwan: left
  hirap: struggled
  sayaw: dancing
  awit: chanting
  kanta: singing
  sigaw: shouting
  iyak: crying
  bukas: opened
  sara: closed
  ulan: rained
  baha: flooded
  lindol: quake
  tulog: slept
  kain: ate
  lakad: walked
  sakay: rode
  uwi: went home
  hintay: waited
  dasal: prayed
  lubog: sank
  guho: collapsed
  bagsak: fell
  putok: fired
  tiwala: trusted
  duda: doubted
  asa: hoped
  isip: thought
  tingin: looked
  turo: pointed
  sisi: blamed
  parusa: punished
  kulong: jailed
  litis: tried
  bitay: executed
  pasya: decided
  boto: voted
`);

/**
 * Words and their English. "May" (there is) and "at" (and) are left as typed: they are English words too,
 * and "May" may be the month.
 */
const WORDS: ReadonlyMap<string, string> = new Map([
  // Verbs' affixed forms, written out; the tables below win where they list a form ("namatay": "died").
  ...VERBS,
  // Question words.
  ...glossary(`
    ano anu anong anung ano-ano anu-ano ano-anong: what
    sino sinong sino-sino sinu-sino cno cnong sinu sinung: who
    kanino: whose
    ilan ilang: how many
    magkano mgkano: how much money
    bakit bkit bkt ba't: why
    saan nasaan asan nasan saan-saan san: where
    saang: which
    taga-saan tiga-saan: where from
    kailan kelan kilan: when
    paano pano papaano papano paanong panong pa'no: how
    gaano gano gaanong: how
    alin aling alin-alin: which
  `),
  // Pronouns, pointers, amounts.
  ...glossary(`
    siya sya xa: he
    niya nya: his
    sila cla: they
    nila kanila kanilang: their
    kami tayo: we
    kanya kaniya sakanya: him
    sakanila: them
    kayo ninyo nyo: you
    iba't-iba iba-iba: various
    ilan-ilan: few
    kasama kasamang: with
    kasabay kasabay-sabay: along with
    sabay: same time
    halos: almost
    lamang: only
    mahigit lagpas higit: more than
    kulang: less than
    bawat: each
    kahit: even
    puro: all
    iilan: few
    ilang-ilang: several
    madami madaming: many
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
    tungkol patungkol ukol: about
    papunta papuntang patungo patungong: to
    pabalik: back
    kaysa kesa: than
    tulad gaya katulad: like
    ayon: according
    kapwa: both
    maging: become
    bilang: as
    sapagkat: because
    kaso: but
    samantala: meanwhile
    kasalukuyan: currently
    dati-rati noon: before
    nakaraan nakaraang: last
    susunod: next
    mamaya: later
    kanina: earlier
    madalas: often
    palagi lagi: always
    minsan: once
    muli ulit uli: again
    agad-agad: immediately
    biglaan bigla: suddenly
    talagang: really
    mismong: itself
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
    taong: people
    mamamayan: citizens
    tagasuporta: supporters
    miyembro kasapi: members
    mandirigma manlalaban: fighters
    terorista: terrorists
    rebelde: rebels
    separatista: separatists
    ekstremista: extremists
    deboto peregrino: pilgrims
    sumasamba: worshippers
    santo: saint
    dambana: shrine
    moske mosque: mosque
    eksperto dalubhasa: experts
    analista: analysts
    mananaliksik: researcher
    mamamahayag reporter: reporter
    ahensya ahensiya: agency
    tinedyer teenager binatilyo: teenage
    edad gulang: age
    petsa: date
    segundo: second
    minuto: minute
    siglo: century
    dekada: decade
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
    punong-ministro: prime minister
    alkalde: mayor
    opisyal opisyales: officials
    saksi: witness
    biktima: victims
    suspek salarin: suspect
    kalaban kaaway: enemy
    kakampi kaalyado kaanib kasosyo katuwang: partnered
    kapatid: brothers
    magulang: parents
    nanay ina: mother
    tatay ama: father
    bata: child
    batang: young
    matanda luma: old
    babae: woman
    lalaki: man
    pamilya: family
    anak: children
    residente: residents
    manggagawa: workers
    bansa bansang: country
    mga-bansa: countries
    hangganan border: border
    rehiyon: region
    teritoryo: territory
    kabisera kapital: capital
    lungsod-kabisera: capital
    amerika kano: United States
    Pilipinas: Philippines
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
    pampasabog: explosive
    suicide: suicide
    pagpapakamatay: suicide
    sasakyan: vehicle
    pangalan pangalang: name
    tawag: called
    tinatawag: called
    mensahe: message
    layunin layon pakay: goal
    dahilan sanhi rason: reason
    motibo: motive
    estratehiya diskarte: strategy
    taktika: tactics
    kasaysayan: history
    seguridad: security
    intelihensya paniktik: intelligence
    pwersa puwersa: forces
    operasyon: operations
    presensya presensiya: presence
    impluwensya: influence
    kapangyarihan: power
    pagtutok pokus: focus
    pagbagsak: breakdown
    negosasyon: negotiations
    usapang-pangkapayapaan: peace talks
    organisasyon samahan: organization
    paniniwala: belief
    relihiyon: religion
    muslim: Muslim
    sekta: sect
    pananalakay: attacks
    hakbang: step
    pagtaas: rise
    pagdami: increase
    kahinaan: weakness
    kahalagahan: importance
    simbolo: symbol
    pansin atensyon: attention
    kaguluhan: chaos
    populasyon: population
    karamihan: most
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
    madali: easy
    mataas: high
    mababa: low
    malala: severe
    masama: bad
    mabuti maganda: good
    mabilis: fast
    mabagal: slow
    matagal: long
    tahimik: silent
    sikat popular: popular
    marahas bayolente: violent
    pangunahin pangunahing: main
    huling: last
    luma lumang: old
    una: first
    pangalawa ikalawa: second
    pangatlo ikatlo: third
    pinakamalaki: largest
    pinakamalakas: strongest
    pinakamarahas: most violent
    handa: ready
    posible: possible
    sigurado: sure
    tama: correct
    lahat-lahat: all
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
    atake pag-atake pagatake pagsalakay: attack
    utak pakana: mastermind
    sabi sinabi nagsabi sinasabi sinabe: said
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
    nahihirapan nahirapan: struggling
    makapasok pumasok nakapasok: entered
    namuno pinamunuan pinamumunuan nangunguna: led
    samantalahin sinamantala sinasamantala: exploited
    nakatira tumira nakatirang: live
    nakipag-partner nakipagsanib nakipag-alyansa nakipagsabwatan: partnered
    nakipag-usap: talked
    nagpasabog nagpapasabog magpapasabog pinasabog: blew up
    binuksan binubuksan bubuksan buksan: opened
    isinara sinarhan: closed
    natalo talo natatalo matatalo: losing
    nanalo: won
    pigilan pinigilan mapigilan napigilan: stop
    pumigil: stopped
    nagpakamatay: blew himself up
    nagbuwis: gave
    nagpadala pinadala ipinadala padala: sent
    nagdulot dulot idinulot: caused
    naging: became
    nagkaroon: had
    ginagawa gumagawa: doing
    pupunta papunta pumupunta: go
    tinutukoy: meant
    naganap nagaganap: happened
    lumakas lumalakas: grew
    humina humihina: weakened
    kinaya kakayanin: managed
    nasunog: burned
    tinarget tinatarget tatargetin: targeted
    nag-target: targeted
    inako inaako umako: claimed
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
      [['gaano kadalas', 'gano kadalas'], 'how often'],
      [['gaano kadami', 'gano kadami'], 'how many'],
      [['gaano kalapit', 'gano kalapit'], 'how near'],
      [['ilang porsyento', 'ilang porsiyento', 'ilang percent'], 'what percentage'],
      [['anong klase', 'anong klaseng', 'anong uri', 'anong uri ng'], 'what kind of'],
      [['anong grupo', 'aling grupo', 'saang grupo'], 'which group'],
      [['saang lugar', 'saang bansa', 'anong lugar'], 'where'],
      [['anong araw', 'saang araw'], 'what day'],
      [['anong buwan', 'saang buwan'], 'what month'],
      [['para kanino'], 'for whom'],
      [['sino sa', 'sino sa kanila'], 'who of'],
      // "Ano meron sa", "ano ganap sa": what is going on at a place.
      [['ano ganap', 'anong ganap'], 'what happened'],
      // "Sino may pakana", "sino utak": who is behind it, not who has a plot or a brain.
      [['may pakana', 'nagpakana'], 'mastermind'],
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
    .map(withoutEdges)
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
 * Is the message Tagalog or Taglish? Real Taglish holds few Tagalog words among its English ("bakit nila
 * tinarget yung shrine", "sino si Sabahat Khan"), so its Tagalog words are counted by their density: two
 * distinct markers (`MARKERS`, and the verbs' affixed forms) make it Tagalog, or one marker beside one of
 * Tagalog's shared small words (`SMALL_WORDS`) when Tagalog words are at least a third of the message. A
 * message opening as an English question, no Tagalog word asking, needs a third marker ("who is Ang Lee, sa
 * Da Nang?"). A word in capitals does not count unless all is in capitals. Not a message with two of Roman
 * Urdu's commonest words, nor one holding two words of Urdu, Malay, Bengali, Spanish or Portuguese chat
 * (`FOREIGN`, Malay's affixed words) and no more Tagalog markers than them.
 */
export function isTagalog(text: string): boolean {
  const shouting = isShouting(text);
  const words = wordsOf(text)
    .filter((word) => shouting || !ACRONYM.test(word))
    .map((word) => word.toLowerCase());
  if (new Set(words.filter((word) => URDU.has(word))).size >= 2) return false;
  const markers = new Set(words.filter(isMarker)).size;
  if (markers === 0) return false;
  const foreign = new Set(words.filter((word) => FOREIGN.has(word) || MALAY_AFFIXED.test(word))).size;
  if (foreign >= 2 && foreign >= markers) return false;
  const englishOpening = ENGLISH_OPENING.test(text) && !words.some(asks);
  if (englishOpening) return markers >= 3;
  if (markers >= 2) return true;
  const small = words.filter((word) => SMALL_WORDS.has(word) && !ENGLISH_TOO.has(word)).length;
  const tagalog = words.filter((word) => isMarker(word) || SMALL_WORDS.has(word)).length;
  return foreign === 0 && small >= 1 && tagalog * 3 >= words.length;
}

/** Is the word (lower case) one only Tagalog writes: a marker, or a verb's affixed form ("tinarget")? */
function isMarker(word: string): boolean {
  return MARKERS.has(word) || AFFIXED.has(word) || TAGALOG_PREFIXED.test(word);
}

/** A Tagalog affix typed before an English verb with a hyphen: "na-claim", "nag-attack", "i-target". */
const TAGALOG_PREFIXED = /^(?:nag|mag|na|ma|ni|i|in|pinag|naka|nakapag|makapag|pa|pina|nagpa|um)-\p{L}{3,}$/u;

/**
 * The glossary's English for a word, or for what a hyphened Tagalog affix is put before ("na-claim" reads
 * "claim", "nag-attack" "attack", "i-target" "target", "pag-atake" as listed).
 */
function glossOf(word: string): string | undefined {
  const english = WORDS.get(word);
  if (english !== undefined || !TAGALOG_PREFIXED.test(word)) return english;
  const root = word.slice(word.indexOf('-') + 1);
  return WORDS.get(root) ?? root;
}

/**
 * Is the word at `i` the start of a saint's place name ("San Jose", "Santa Liwayway", "Santo Tomas"), not
 * "san" typed for "saan" (where)?
 */
function placeName(words: readonly string[], i: number): boolean {
  return /^Sant?[ao]?$/.test(words[i]!) && /^\p{Lu}/u.test(words[i + 1] ?? '');
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
    const english = name(word) || placeName(words, i) ? undefined : glossOf(word.toLowerCase());
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
