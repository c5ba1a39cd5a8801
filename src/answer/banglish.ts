/**
 * Questions typed in Banglish, English mixed with Bengali (Bangla) in Latin letters, as Bangladeshi and West
 * Bengal members write ("koto jon mara geche bonna te?", "ke korse attack ta", "agun kobe legechilo"): read as
 * the English they ask, word for word, with the question word put in front ("how many people died flood?").
 * The search reads words, not their order, so the gloss need not be good English; English words, names and
 * numbers pass as typed, and the answer is still a verbatim quote of the article. Only a message with two or
 * more words that only Bengali uses ("koto", "keno", "kothay", "hoyeche", "korse") is read so.
 *
 * The same idea as tagalog.ts, kept small and on its own: a glossary of the forms members type (each verb with
 * its tenses and spellings listed, "moreche morse morsilo"), not a grammar. Bengali asks yes or no with a
 * "ki" inside the sentence ("ISKP ki attack korse?") or a closing "naki": such a question reads as one ("did
 * ISKP attack?").
 */

/**
 * Bengali words no English, Roman Urdu / Hindi, Tagalog, French, German or Dutch question uses: two distinct
 * ones make a message Bengali. Left out, though common Bengali, because other chat types them too: "ki",
 * "ke", "ko", "na", "kon", "koi", "kal", "aj", "din", "desh", "naam", "hamla", "shuru", "sarkar", "masjid",
 * "mazar", "kar", "kara", "mare", "mara", "mere", "bole", "bolo", "diye", "ache", "achhe", "kache", "nai",
 * "bhai" (Roman Urdu / Hindi: "kya", "kon sa", "koi", "kal", "mere", "acche", "nai", "bhai"), "ami" (French
 * "friend"), "apni" (Hindi "own"), "de", "la", "je", "oder", "nei", "ora" (French, Dutch, German, Italian),
 * "kina" (Tagalog "kina Juan"), "karon" (Bisaya "now"), "hoy" (Spanish "today"), "jon", "tar", "she", "or",
 * "eta", "ota", "sob", "age", "more", "silo", "morse", "bar", "to", "re", "e", "er", "r", "o", "i", "ta",
 * "ti" (English words, names and abbreviations), "malik", "ekta", "kintu", "jete", "cheshta", "mote",
 * "shakha" (Urdu "owner", Hindi "unity", "but", "living", "effort", "fat", "branch"), "kono" (Japanese).
 * "Kobe" (when) is kept though it is a name: an English question about Kobe Bryant opens in English, and so
 * needs a third marker. The words left out are still glossed once a message is Bengali, and some count
 * beside a marker (see COMPANIONS).
 */
const MARKERS = new Set(
  // Asking: how many, when, where, why, how, which, whom, and the yes/no "naki".
  (
    'koto kotojon koyjon koijon kojon koyta koita kototuku kotodin koddin kotokkhon kobe kokhon kothay ' +
    'kothai kothae kothakar keno kibhabe kivabe kibhave kivave kemne kmne kemon konta konti kongulo kisher ' +
    'kiser kake kader naki ' +
    // Verbs in their typed tenses: happened, did, said, went, was, died, killed, came, took, gave, fled, ...
    'hoyeche hoyechhe hoise hoiche hoyse hoyechilo hoyechhilo hoyesilo hoisilo hoilo holo hobe hocche hosse ' +
    'hocchilo hochchilo hocchhilo hossilo ghoteche ghotse ghotechilo ghotlo korse koreche korechhe ' +
    'korechilo korsilo korlo korbe korche korchhe korsen korechen korte korar kortese bolse boleche ' +
    'bolechhe bollo bolechilo bolsilo bolchen bolechen bolun geche gechhe gese gelo gechilo gesilo giyeche ' +
    'giyechilo chilo chhilo cilo chilen mereche merechhe merese moreche morechhe morsilo eseche esheche ' +
    'ashse ashlo esechilo niyeche diyeche palaise palieche paliye palaye dekheche chay chaay chacche chaise ' +
    'cheyeche hereche harse harche haarche bodleche bodlaise bhenge ragiye dokhol legeche legechilo lagse ' +
    'lagiyechilo chaliyeche dhukeche dhukse bacheche komeche fatiyechilo parbe khulbe jolche jonmo ' +
    // Things: blast, attack, militant, terrorist, injured, killed, mosque, responsibility, incident, ...
    'bisphoron bishphoron bisforon bishforon akromon akroman jongi shontrashi sontrashi sontrasi shontrasi ' +
    'ahoto aahoto nihoto mosjid moshjid dayitto daitto dayittho ghotona ghotna khobor lokjon manush bochor ' +
    'bochhor bosor boyosh boyos karone uddeshyo uddessho lokkho songothon shongothon nirapotta shorkar ' +
    'sorkar shomporko somporko chukti goyenda goenda koushol somossa shomossa beshirbhag odhikangsho ' +
    'jodito jinis jinish kaj konokichu ' +
    // Linking words, pronouns, time and amounts.
    'theke jonno jonne niye moddhe moddhye biruddhe porjonto shathe upor opor ekhon akhon tokhon gotokal ' +
    'ekhono abar shudhu sudhu shobai sobai onek kichu keu tumi amra tomra apnara tader eita oita egulo ' +
    'ogulo eikhane ekhane okhane sekhane shekhane ebong othoba tahole valo bhalo ekti gulo'
  ).split(' '),
);

/**
 * Bengali words other chat types too ("ki", "ke", "na", the endings "er", "te"): each counts as a marker only
 * beside a true marker ("ke korse", "ki hoyechilo", "naam ki chilo"), when two of them come with a true marker
 * anywhere ("karachi te o attack korse"), or three with an "er" ("ISKP er goal ta ki"), so that a short
 * message reads as Bengali; never in a message with a Roman Urdu word ("Kobe ki death kab hui"). "Mane ki"
 * (what does it mean) is Bengali as a pair, and counts as two.
 */
const COMPANIONS = new Set(
  'ki kii ke kon koi ta ti er ra e te o na ni naam nam mara mere ache achhe nai nei bhai vai kar kara hoy jon'.split(
    ' ',
  ),
);

/**
 * Roman Urdu's commonest words that Bengali does not use: a message with two of them is Urdu, whatever else it
 * holds. Not "ki" and "ke": in Bengali they are "what" and "who".
 */
const URDU = new Set(
  (
    'hai hain kya kia tha thi ne se mein nahi kitne kitna kab kahan kyun kyu kaise kaun hua hui hue gaya ' +
    'gayi raha rahi hota hoti'
  ).split(' '),
);

/**
 * Particles, classifiers, case endings typed apart ("attack ta", "Pakistan e", "ISKP er"), forms of address
 * and the asker's own words ("amake bolo", "plz"): how Bengali frames a question, not what it asks.
 */
const DROPPED = new Set(
  (
    're ta ti to toh tow ro i o je jeta jeti e te er r ra der gulo gula guli gulor gulir ekta ekti ekjon ' +
    'bhai vai bro vaiya bhaiya bhaia apu apa dada di didi mama please plz pls ektu acha accha achha ok ' +
    'okay hmm ha haa hae han ami amar amake amader tahole tahle taile tobe jodi tai jeno bolo bolun bolen ' +
    'bolben janao janan janaben dekhi dekho hoye kore ' +
    // "Is" and "there is" ("ache", "hoy"): a yes/no question reads "is" when it has no other verb.
    'ache achhe ase ashe hoy'
  ).split(' '),
);

/** A glossary table: each line is Bengali forms, a colon, and their English. */
function glossary(table: string): Array<[string, string]> {
  return table
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [forms = '', english = ''] = line.split(':');
      return forms
        .trim()
        .split(/\s+/)
        .map((form): [string, string] => [form, english.trim()]);
    });
}

/**
 * Verbs: each with its tenses and spellings ("-che" / "-se" has done, "-chilo" / "-silo" had done, "-lo"
 * did). Some are helpers after another verb or a noun, read as nothing there (see AFTER_A_WORD): "mara geche"
 * is "died", "attack korse" "attack".
 */
const VERBS: ReadonlyMap<string, string> = new Map([
  ...glossary(`
    mara mora moreche morechhe morse morsilo morechilo morchhe morlo: died
    nihoto nihot nihoter: killed
    mere mereche merechhe merese marse marlo mare marche marchhe: killed
    khun hotta hottya hotya hotyakando: killing
    ahoto aahoto ahot ahato aahot ahoter jokhom jokhomi jakhmi: injured
    fatse fateche fatechhe fatlo fatiyeche fatiyechilo fatiyechhilo fatalo fataise fatano fatay: exploded
    shikar swikar sikar shikaar: claimed
    bolse boleche bolechhe bollo bolechilo bolsilo bolchilo bolechen bollen bolche bolchhe bolchen bolsen: said
    hoyeche hoyechhe hoise hoiche hoyse hoyeshe holo hoilo hoyechilo hoyechhilo hoyesilo hoisilo hoiselo: happened
    hoichilo hoichhilo: happened
    ghoteche ghotechhe ghotse ghotechilo ghotlo ghotsilo ghote hocche hosse hobe: happened
    hocchilo hochchilo hocchhilo hossilo hochchhilo: happened
    shuru suru shuro arombho aromvo: started
    eseche esheche asche ashse ashlo elo esechilo ashchilo: came
    sore shore: moved
    jete: go
    pare parbe pari paren: can
    jonmo: born
    geche gechhe gese gelo gechilo gechhilo gesilo giyeche giyechilo giyechhilo jay jabe: went
    felse feleche felechhe fello felechilo: threw
    dise diyeche dilo diyechilo disilo: gave
    nise niyeche nilo niyechilo nisilo: took
    chay chae chaise cheyeche cheyechilo chacche chasse chaay: want
    korse koreche korechhe korlo korechilo korsilo korbe korte kora korchhe korche korsen korechen: did
    korechhilen korlen korechilen korchilo korchhilo korechhilo kortese kortesilo: did
    porse poreche porechhe porechilo porlo: fell
    korar: doing
    palaise palieche paliyeche palalo palay paliye palaye palaiya: fled
    hereche herechhe harse harche harchhe haarche hare: lost
    greftar grefter giraftar dhorse dhoreche dhorechhe: arrested
    uddhar uddar: rescued
    dekhse dekheche dekhechhe dekhlo: saw
    jani jano janen jana: know
    bodlaise bodleche bodlechhe bodlay: changed
    bereche berechhe barse bariyeche: increased
    lorse loreche lorechhe: fought
    thamse thameche thamechhe atkaise atkeche thamano: stopped
    pure purse puriye: burned
    bhenge venge: collapsed
    choriye choriyeche: spread
    ragiye ragiyeche: provoked
    dewar deoyar deyar deya dewa pathano pathate: send
    dokhol: captured
    kaj kaaj: work
    khule khulbe khulse khuleche khulechhe khullo: opened
    lagiyeche lagiyechilo lagaise lagalo: set
    jolche jolse jolchilo jolchhe: burning
    newa neya nea: taken
    legeche legechhe legechilo laglo lagse lege: started
    chalay chalise chaliyeche chaliyechilo chalano chalalo: carried out
    dhuke dhukse dhukeche dhukechhe dhuklo probesh: entered
    beriye beroy: came out
    bachse bacheche bachechhe beche: survived
    haraise hariyeche hariyechhe: lost
    komse komeche komechhe: decreased
    jitse jiteche jitechhe: won
    pathaise pathiyeche pathiyechhe: sent
    dhongsho dhwongsho: destroyed
    khujchilo khujse khujeche khuje: searching
    douracchilo dourachilo douraise dourse: running
    nachchilo nachchhilo nacchilo: dancing
    gaichilo gaichhilo: chanting
    thake thaken thakto: live
    protishtha protistha protishthito: founded
    gothon gothito: formed
    shomorthon somorthon: support
    cheshta chesta: tried
    dosh doshi: blamed
    dabi: claim
  `),
]);

/**
 * Helper verbs, read as nothing after another word: "korse" (did) after any word but a question ("attack
 * korse", "shuru korse": not "ke korse", who did it), "geche" (went), "hoyeche" (happened), "felse",
 * "dise", "nise" after a verb ("mara geche", "ahoto hoyeche", "mere felse", "shuru hoise").
 */
const AFTER_A_WORD = new Set(
  (
    'korse koreche korechhe korlo korechilo korsilo korbe korte kora korar korchhe korche korsen korechen ' +
    'korechhilen korlen korechilen korchilo korchhilo korechhilo kortese kortesilo'
  ).split(' '),
);
const AFTER_A_VERB = new Set(
  (
    'geche gechhe gese gelo gechilo gechhilo gesilo giyeche giyechilo giyechhilo jay jabe felse feleche ' +
    'felechhe fello felechilo dise diyeche dilo diyechilo disilo nise niyeche nilo niyechilo nisilo hoyeche ' +
    'hoyechhe hoise hoiche hoyse hoyeshe holo hoilo hoyechilo hoyechhilo hoyesilo hoisilo hoiselo hocche ' +
    'hosse hobe hocchilo hochchilo hocchhilo hossilo hochchhilo eseche esheche asche ashse ashlo elo ' +
    'esechilo ashchilo porse poreche porechhe porechilo porlo'
  ).split(' '),
);

/** "Chilo" (was): read as the yes/no question's verb ("was"), not a word searched. */
const WAS = new Set('chilo chhilo cilo silo chilen chhilen chila chilona'.split(' '));

/** Verbs in the future ("korbe", "hobe"): a yes/no question with one asks "will". */
const WILL = new Set('korbe korben hobe hoibo jabe dibe nibe ashbe asbe marbe chalabe ghotbe'.split(' '));

/** What "ki" before a verb asks "what" of ("ki hoyeche", "ki bolse"); before any other ("ki mara geche"), yes or no. */
const ASKS_WHAT = new Set('happened did said want know saw gave took send doing tried'.split(' '));

/**
 * Words and their English. "Age" (before) and "more" are left as typed: they are English words too, and
 * "bomber er age" asks the bomber's age.
 */
const WORDS: ReadonlyMap<string, string> = new Map([
  // Question words. "Ki" and "ke" are read apart (see banglishAsEnglish): "ki" asks what, or yes or no.
  ...glossary(`
    koto kto koyto koto-ta kotota koyta koita koiti koyti kotogulo kotogula: how many
    koy: how many
    koyjon koijon kojon kotojon koto-jon: how many people
    kototuku kotokhani: how much
    kotodin koddin kotokkhon kotokkhan: how long
    kisher kiser: what
    kara: who
    kake kak: whom
    kar kader: whose
    kon konta konti kongulo kongula: which
    kobe kbe kobey: when
    kokhon kokhn kkhon: when
    kothay kothai kothae kothy kothaye koi: where
    kothakar kothakaar kothaker: where from
    keno kno kn kenu kano: why
    kibhabe kivabe kibhave kivave kevabe kemne kmne kemon: how
  `),
  // Pronouns, pointers, amounts.
  ...glossary(`
    se shey sey: he
    tar tahar tini tinar: his
    tara tahara ora: they
    tader tahader oder: their
    amra apnara tomra tumi apni: we
    ei eita eitaa eta eigulo egulo: this
    oi oita ota sei shei oigulo ogulo shegulo: that
    ekhane eikhane ekhan: here
    okhane oikhane sekhane shekhane: there
    shob shobai sobai sob shokol sokol: all
    onno onnano: other
    ek: one
    onek anek: many
    beshi besi: more
    kom: fewer
    kichu: some
    keu: anyone
    prothom prothome prthm: first
    shesh shesher sesh: last
    shobcheye sobcheye: most
    beshirbhag beshirvag odhikangsho: most
  `),
  // Linking words, time and measure: "theke" is "from", "e" (in, at) is dropped; both are only stop words to
  // the search.
  ...glossary(`
    theke thika theika thekey: from
    jonno jonne jonyo jnno: for
    niye: about
    diye dara: by
    shathe sathe shate sate songe: with
    moddhe modhye moddhye moidde: in
    kache kachhe: to
    upor upore opor: on
    biruddhe birudhe biruddho: against
    porjonto: until
    bhitore vitore bhetore: inside
    baire: outside
    pashe: near
    pichone pechone pichhone: behind
    por pore porer: after
    agei ager: before
    mote motabek motobek onujayi: according
    ar: and
    ebong abong: and
    kintu kintoo: but
    ba othoba: or
    karon karone: because
    na ni nah nai nei: not
    ekhon akhon ekhn akhn: now
    tokhon tokhn: then
    ajke aajke aj aaj: today
    gotokal gotokaal kal kalke: yesterday
    ekhono akhono: still
    abar abr: again
    shudhu sudhu: only
    shomprotik sompratik shompratik: recent
    bochor bochhor bosor bachar bochore bochhore: year
    shal sal sale: year
    mash mas: month
    saptaho shoptaho soptaho: week
    raat rat rate: night
    shokal sokal: morning
    shomoy somoy: time
    bar baar: times
    jon: people
  `),
  // People, places, things and what they are like.
  ...glossary(`
    hamla hamlay akromon akroman akromone: attack
    atmoghati attoghati atmaghati attoghoti: suicide
    bomb boma bom bomar: bomb
    bisphoron bishphoron bisforon bishforon bisporon bisfuron bisphorone bishphorone: blast
    jongi jongira jongider jongigosthi: militants
    shontrashi sontrashi sontrasi shontrasi santrasi: terrorists
    shontrash sontras shontras: terrorism
    mosjid moshjid mosjide masjid masjide: mosque
    mazar majar mazare majare dorgah dargah: shrine
    pir: saint
    namaj namaz: prayer
    musolli musulli: worshippers
    police pulish pulis: police
    sena shena senabahini: army
    shoinik sainik: soldiers
    sorkar shorkar sarkar: government
    desh desher: country
    shohor shahor shohore: city
    rajdhani: capital
    elaka elakay: area
    simanto shimanto: border
    prodesh: province
    lok lokjon manush manus manusher: people
    nari mohila: women
    shishu bacha bachcha: children
    chele: boy
    meye: girl
    kishor kishore: teenage
    torun: young
    malik: owner
    neta: leader
    prodhan: chief
    montri: minister
    mukhpatro: spokesman
    bisheshoggo bisheshgo: analysts
    dol gosthi goshthi: group
    songothon shongothon: organization
    shakha: branches
    lokkho lokhho lokko: goal
    uddesho uddeshyo uddessho uddesso: aim
    ghotona ghotna: incident
    khobor khbr shongbad: news
    barta: message
    koushol kousol: tactics
    somossa shomossa shomossha: problems
    bonna bonya: flood
    agun aagun: fire
    karkhana: factory
    bhumikompo: earthquake
    jhor: storm
    nodi: river
    bari basha: house
    rasta: road
    jayga jaygay jagay jaiga jaygae: place
    hashpatal haspatal: hospital
    lash: bodies
    naam nam: name
    boyosh boyos: age
    songkha shongkha sonkha: number
    nirapotta nirapatta: security
    goyenda goenda: intelligence
    shanti: peace
    chukti: deal
    juddho juddo yuddho: war
    lorai: fight
    shotru shatru: enemy
    shomporko somporko: ties
    markin marikin: American
    juktorashtro: United States
    afganistan: Afghanistan
    beluchistan: Balochistan
    siriya sirya: Syria
    irak: Iraq
    taka: money
    ostro: weapons
    khoti khoyokhoti: damage
    jure jodito: linked
    shoktishali: powerful
    bipodjonok: dangerous
    boro: big
    choto: small
    notun: new
    purono puran: old
    shotti sotti: true
    kono konokichu: any
    jinis jinish: thing
    onusari anusari: followers
    shomorthok somorthok: supporters
    tirthojatri tirthajatri: pilgrims
    ouli auliya owlia sadhu: saint
    shohid: martyr
    niyontron: control
    chitkar: shouting
    doshok: decade
    proyas: attempts
    mittha: false
  `),
  ...VERBS,
]);

/** Each form of the first word followed by each of the next: "dayitto shikar", "dayitto nise", ... */
function crossed(...words: string[]): string[] {
  return words.reduce<string[]>(
    (phrases, forms) =>
      phrases.flatMap((phrase) => forms.split(' ').map((form) => `${phrase} ${form}`.trim())),
    [''],
  );
}

/** The forms of "responsibility" and of "took" or "accepted" it ("dayitto shikar", "dai nise"). */
const RESPONSIBILITY = 'dayitto daitto dayittho dayitwo daittyo dayitta dai dayi daay daayitto';
const TOOK = 'shikar swikar sikar shikaar nise niyeche nilo niyechilo';

/**
 * Phrases read before single words, once the particles are dropped: "dayitto shikar korse" and "dai nise"
 * both read "claimed responsibility". An empty English drops the phrase: "jante chai" (I want to know) asks
 * nothing itself.
 */
const PHRASES: ReadonlyMap<string, string> = new Map(
  (
    [
      [crossed(RESPONSIBILITY, TOOK), 'claimed responsibility'],
      // "Dayitto ke nise": who took it.
      [crossed(RESPONSIBILITY, 'ke', TOOK), 'who claimed responsibility'],
      [crossed('koto koy', 'jon lok manush manus lokjon'), 'how many people'],
      [['koto din', 'koto somoy', 'koto shomoy', 'koto din dhore', 'koto bochor dhore'], 'how long'],
      [['koto age'], 'how long ago'],
      [['koto bar', 'koto baar', 'kotobar'], 'how many times'],
      [['koto taka'], 'how much money'],
      [['koto dur', 'koto dure'], 'how far'],
      [['koto boro'], 'how big'],
      // Of a person, the age: "bomber er boyosh koto chilo".
      [['boyosh koto', 'boyos koto', 'koto boyosh', 'koto boyos', 'koto bochor boyosh'], 'how old'],
      [['koto tarikh', 'koto tarikhe'], 'what date'],
      [crossed('kon koto', 'shal sal sale shale bochor bochore bochhor bochhore bosor'), 'what year'],
      [['kon din', 'kon dine', 'kon tarikh', 'kon tarikhe'], 'what day'],
      [crossed('kon', 'jayga jaygay jagay jaiga jaygae elakay elaka'), 'where'],
      [crossed('kon', 'kon', 'jayga jaygay jagay jaiga jaygae elakay elaka'), 'where'],
      [['mane ki', 'mane kii'], 'what meaning of'],
      [[...crossed('kothay kotha kothai koi', 'theke thika theika'), 'kotheke', 'kothatheke'], 'where from'],
      [['kobe theke', 'kokhon theke', 'kbe theke'], 'since when'],
      [['kobe porjonto', 'kokhon porjonto'], 'until when'],
      [
        [
          'ki karone',
          'ki karon',
          'ki jonno',
          'ki jonne',
          'kisher jonno',
          'kiser jonno',
          'kisher jonne',
          'ki uddeshe',
        ],
        'why',
      ],
      [['ki bhabe', 'ki vabe', 'ki bhave', 'ki vave', 'kon bhabe', 'kemon kore'], 'how'],
      [['ki dhoroner', 'ki dhoron', 'ki rokom'], 'what kind'],
      // A word said twice asks for a list: "ke ke ahoto hoyeche".
      [['ki ki'], 'what'],
      [['ke ke', 'kara kara'], 'who'],
      [['kon kon'], 'which'],
      [['kothay kothay', 'kothai kothai'], 'where'],
      [['jana geche', 'jana jay', 'jana gese'], 'known'],
      // "Kothay niye geche": where they were taken.
      [crossed('niye', 'geche gechhe gese gelo gechilo gesilo giyeche giyechilo jay'), 'taken'],
      [['islami rashtro', 'islamic rashtro'], 'Islamic state'],
      [['atmoghati bomber', 'attoghati bomber'], 'suicide bomber'],
      // The asker's frame: "ami jante chai", "amake bolte paren", "amar mone hoy".
      [
        [
          'jante chai',
          'jante chacchi',
          'jante chaisilam',
          'bolte paren',
          'bolte parben',
          'bolte parbe',
          'bolte paro',
          'mone hoy',
        ],
        '',
      ],
    ] as const
  ).flatMap(([forms, english]) => forms.map((form): [string, string] => [form, english])),
);
const LONGEST_PHRASE = Math.max(...[...PHRASES.keys()].map((phrase) => phrase.split(' ').length));

/** The English a question opens with, as glossed. */
const QUESTION_WORD = /^(?:how|what|who|whom|whose|which|when|where|why|since when|until when)\b/;

/** Questions that take the thing they ask of with them: "kon group" is "which group", "koto bomb" "how many bomb". */
const TAKES_NEXT = /^(?:which|how many|how much)$/;

/** An English question's first word: such a message needs a third marker ("who is Kobe, ekhon theke?"). */
const ENGLISH_OPENING =
  /^\W*(?:what|whats|who|when|where|why|how|which|is|are|was|were|do|does|did|can|could|has|have|had|will|would|should)\b/i;

/** A word in capitals ("IS", "ISKP"): a name, in a message not typed all in capitals. */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** A case ending or classifier typed after an apostrophe or hyphen: "ISKP'r", "shrine-e", "attack-ta". */
const ENDING = /^(.+?)['\u2019-](?:er|r|e|te|ta|ti|ra|der|gulo|gula|guli|ke|re|o|i|eo|rao|tao|tai|y)$/iu;

/**
 * The words of a message as typed, without the punctuation around them ("geche?" is "geche") or an ending
 * typed apart ("ISKP'r" is "ISKP").
 */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .map((word) => ENDING.exec(word)?.[1] ?? word)
    .filter((word) => word !== '');
}

/** Is the message typed all in capitals (so capitals say nothing of names)? */
function isShouting(text: string): boolean {
  return !/\p{Ll}/u.test(text);
}

/** Does a word (lower case) ask, as a question word does ("koto", "keno")? "Ki" and "ke" ask too. */
function asks(word: string): boolean {
  return word === 'ki' || word === 'ke' || QUESTION_WORD.test(WORDS.get(word) ?? '');
}

/** Is the word one the glossary reads ("mara", "gese")? In a Bengali message it is no English slip. */
export function isBanglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  return WORDS.has(lower) || DROPPED.has(lower) || MARKERS.has(lower) || COMPANIONS.has(lower);
}

/**
 * Is the message Bengali or Banglish? It holds two distinct Bengali marker words (three when it opens as an
 * English question and no Bengali word asks), companions counting as COMPANIONS says, a word in capitals not
 * counting unless all is in capitals, and not two of Roman Urdu's commonest words.
 */
export function isBanglish(text: string): boolean {
  const shouting = isShouting(text);
  const words = wordsOf(text)
    .filter((word) => shouting || !ACRONYM.test(word))
    .map((word) => word.toLowerCase());
  const urdu = new Set(words.filter((word) => URDU.has(word))).size;
  if (urdu >= 2) return false;
  const marked = new Set(words.filter((word) => MARKERS.has(word)));
  if (urdu === 0) {
    if (/\bmane\s+kii?\b/iu.test(text)) marked.add('mane').add('ki');
    const companions = new Set(words.filter((word) => COMPANIONS.has(word)));
    const many = companions.size >= (marked.size > 0 ? 2 : 3) && (marked.size > 0 || companions.has('er'));
    words.forEach((word, i) => {
      const beside = MARKERS.has(words[i - 1] ?? '') || MARKERS.has(words[i + 1] ?? '');
      if (COMPANIONS.has(word) && (beside || many)) marked.add(word);
    });
  }
  const englishOpening = ENGLISH_OPENING.test(text) && !words.some(asks);
  return marked.size >= (englishOpening ? 3 : 2);
}

/**
 * A glossed piece of the message: its text, whether the glossary gave it (not a word as typed), whether it
 * is a verb or has a helper verb after it ("attack korse"), and what it is to the reading: "ki" or "ke" (read
 * once the whole message is seen), or a closing "naki" / "na" that asks yes or no.
 */
interface Piece {
  text: string;
  glossed: boolean;
  verb?: boolean;
  tensed?: boolean;
  kind?: 'ki' | 'ke' | 'tag';
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

/** A table of English pairs, one a line: a past form, a colon, its base form ("carried out: carry out"). */
function pairs(table: string): Array<[string, string]> {
  return table
    .trim()
    .split('\n')
    .map((line): [string, string] => {
      const [past = '', base = ''] = line.split(':');
      return [past.trim(), base.trim()];
    });
}

/** Past forms the gloss gives, and the forms "did" asks with ("did ISKP claim"). */
const BASE_FORMS: ReadonlyMap<string, string> = new Map(
  pairs(`
    died: die
    killed: kill
    exploded: explode
    claimed: claim
    said: say
    happened: happen
    started: start
    came: come
    went: go
    threw: throw
    gave: give
    took: take
    fled: flee
    lost: lose
    arrested: arrest
    rescued: rescue
    saw: see
    changed: change
    increased: increase
    fought: fight
    stopped: stop
    burned: burn
    collapsed: collapse
    provoked: provoke
    captured: capture
    founded: found
    formed: form
    tried: try
    blamed: blame
    opened: open
    moved: move
    entered: enter
    survived: survive
    decreased: decrease
    won: win
    sent: send
    destroyed: destroy
    fell: fall
    carried out: carry out
    came out: come out
  `),
);

/** The pieces' words, a verb in the form "did" asks with ("came" is "come") when the question asks so. */
function inBaseForm(pieces: readonly Piece[], asked: boolean): string {
  return pieces
    .map((piece) => (asked && piece.verb === true ? (BASE_FORMS.get(piece.text) ?? piece.text) : piece.text))
    .join(' ');
}

/**
 * Is a piece a question word the glossary gave? Only a glossed one: an English "what" typed stays where it is,
 * so that the same message in capitals ("WHAT", not glossed) reads the same.
 */
function isAsked(piece: Piece): boolean {
  return piece.glossed && piece.kind === undefined && QUESTION_WORD.test(piece.text);
}

/**
 * The English gloss of a Bengali or Banglish message, word for word with the question word first ("koto jon
 * mara geche bonna te?" is "how many people died flood?"), a yes/no question opening "did", "was" or "is"
 * ("ISKP ki attack korse?" is "did ISKP attack?"); any other text unchanged. Words the glossary lacks
 * (English, names, numbers) are kept as typed, and so is a word in capitals in a message not all in capitals
 * ("IS", "ISKP"). Punctuation is dropped, all but a closing "?".
 */
export function banglishAsEnglish(text: string): string {
  if (!isBanglish(text)) return text;
  const shouting = isShouting(text);
  const name = (word: string) => !shouting && ACRONYM.test(word);
  const words = wordsOf(text).filter((word) => name(word) || !DROPPED.has(word.toLowerCase()));
  const pieces: Piece[] = [];
  let was = false;
  let will = false;
  for (let i = 0; i < words.length;) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    const phrase = name(word) ? undefined : phraseAt(words, i);
    if (phrase !== undefined) {
      const [piece, length] = phrase;
      if (piece.text !== '') pieces.push(piece);
      i += length;
      continue;
    }
    i++;
    if (name(word)) {
      pieces.push({ text: word, glossed: false });
      continue;
    }
    const last = i === words.length;
    const previous = pieces.at(-1);
    const closing = `${lower} ${words[i]?.toLowerCase() ?? ''}`;
    if (WILL.has(lower)) will = true;
    if (WAS.has(lower)) was = true;
    else if (
      lower === 'naki' ||
      lower === 'kina' ||
      (last && lower === 'na') ||
      (i === words.length - 1 && /^(?:na ki|ki na)$/.test(closing))
    ) {
      // A closing "naki", "na", "na ki" or "ki na" ("attack korse na ki?") asks yes or no.
      if (!last) i++;
      pieces.push({ text: '', glossed: true, kind: 'tag' });
    } else if (lower === 'ki' || lower === 'kii') pieces.push({ text: 'what', glossed: true, kind: 'ki' });
    else if (lower === 'ke') {
      // "Ke" asks who first, last, or before its verb ("hamla ta ke korse", "bomber ta ke chilo"); before
      // anything else, or after a "ki" that asks yes or no, it marks the one done to ("ISKP Pakistan ke
      // target korse"), and is dropped.
      const after = words[i]?.toLowerCase() ?? '';
      const kiBefore = pieces.some((piece) => piece.kind === 'ki');
      if (pieces.length === 0 || last || ((VERBS.has(after) || WAS.has(after)) && !kiBefore))
        pieces.push({ text: 'who', glossed: true, kind: 'ke' });
    } else if (
      previous !== undefined &&
      ((AFTER_A_WORD.has(lower) && !isAsked(previous) && previous.kind === undefined) ||
        (AFTER_A_VERB.has(lower) && previous.verb === true))
    )
      // A helper verb after its word: "attack korse" is "attack", "mara geche" "died". What it says of the
      // time is kept for a yes/no question ("did").
      previous.tensed = true;
    else {
      const english = WORDS.get(lower);
      pieces.push(
        english === undefined
          ? { text: word, glossed: false }
          : { text: english, glossed: true, verb: VERBS.has(lower) },
      );
    }
  }
  return inEnglishOrder(pieces, will ? 'will' : was ? 'was' : 'is', /\?\s*$/.test(text) ? '?' : '', text);
}

/**
 * The glossed pieces put in the order an English question has: the question word first, with the thing it
 * counts or picks ("how many people", "which group"); "ki" read as "what" or as asking yes or no; a name asked
 * as English asks it ("what is the name of the bomber").
 */
function inEnglishOrder(pieces: Piece[], tense: 'will' | 'was' | 'is', end: string, text: string): string {
  // A question word proper ("koto", "keno") is what is asked; "ki" and "ke" beside it are only stress ("ke ki
  // bolse" asks who).
  const asked = pieces.findIndex(isAsked);
  const who = pieces.findIndex((piece) => piece.kind === 'ke');
  const what = pieces.findIndex((piece) => piece.kind === 'ki');
  const opening = asked >= 0 ? asked : who >= 0 ? who : what;
  // "Ki" first, last ("bomber er naam ki"), or before a verb ("shrine e ki hoyechilo") asks what; inside the
  // sentence, before what is said ("ISKP ki abar attack korbe?"), it asks yes or no.
  const next = pieces[what + 1];
  const kiAsksYesNo =
    opening >= 0 &&
    opening === what &&
    pieces.slice(0, what).some((piece) => piece.kind !== 'tag') &&
    next !== undefined &&
    next.kind !== 'tag' &&
    !(next.verb === true && ASKS_WHAT.has(next.text)) &&
    next.text !== 'name';
  const kept = pieces.filter(
    (piece, i) => (piece.kind === undefined || (i === opening && !kiAsksYesNo)) && piece.text !== '',
  );
  if (kept.length === 0) return text;
  const body = (list: readonly Piece[]) => list.map((piece) => piece.text).join(' ');
  const question = opening >= 0 && !kiAsksYesNo ? pieces[opening] : undefined;
  // "Bomber er naam ki", "ki naam chilo mosjid tar", "bomber er naam?": the name asked, as English asks it
  // ("what is the name of the mosque"), so that the answer must name one.
  const named = kept.findIndex((piece) => piece.text.toLowerCase() === 'name');
  if (named >= 0 && !kiAsksYesNo && (question === undefined || /^(?:what|who)$/.test(question.text))) {
    const rest = kept.filter((piece, i) => i !== named && piece !== question && !isAsked(piece));
    return `what ${tense === 'was' ? 'was' : 'is'} the name of ${body(rest)}${end}`;
  }
  // No question word, but a "ki" inside, a closing "naki" or a question mark: yes or no ("did", "was", "is").
  if (
    question === undefined &&
    (kiAsksYesNo || end === '?' || pieces.some((piece) => piece.kind === 'tag'))
  ) {
    const verb = kept.some((piece) => piece.verb === true || piece.tensed === true);
    const asking = tense === 'will' || !verb ? tense : 'did';
    return `${asking} ${inBaseForm(kept, verb)}${end}`;
  }
  if (question === undefined) return body(kept) + end;
  // "Kothay theke eseche": where did it come from, as English asks it.
  if (question.text === 'where from') {
    const rest = kept.filter((piece) => piece !== question);
    const verb = rest.some((piece) => piece.verb === true);
    return `where ${verb ? 'did' : tense === 'will' ? 'will' : tense} ${inBaseForm(rest, verb)} from${end}`;
  }
  // The question word put in front, with the thing it counts or picks when that comes next.
  const at = kept.indexOf(question);
  const taken = kept[at + 1];
  const takes =
    TAKES_NEXT.test(question.text) && taken !== undefined && taken.verb !== true && !isAsked(taken);
  const front = kept.splice(at, takes ? 2 : 1);
  return body([...front, ...kept]) + end;
}
