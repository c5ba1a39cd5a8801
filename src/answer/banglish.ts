/**
 * Questions typed in Banglish, English mixed with Bengali (Bangla) in Latin letters, as Bangladeshi and West
 * Bengal members write ("koto jon mara geche bonna te?", "ke korse attack ta", "agun kobe legechilo"): read as
 * the English they ask, word for word, with the question word put in front ("how many people died flood?").
 * The search reads words, not their order, so the gloss need not be good English; English words, names and
 * numbers pass as typed, and the answer is still a verbatim quote of the article. A message is read so when
 * it holds two words that only Bengali uses ("koto", "keno", "kothay", "hoyeche", "korse"), or one and enough
 * of the small words Bengali frames a sentence with ("IS ki pakistan er kono group er sathe haat milaise?"), or
 * enough of those alone ("shrine ta kon district e?"); never a message in Roman Urdu, Tagalog, Spanish,
 * Portuguese or Indonesian.
 *
 * The same idea as tagalog.ts, kept small and on its own: a glossary of the forms members type, not a grammar:
 * an irregular verb with its tenses and spellings listed ("moreche morse morsilo"), a regular one by its root
 * and the endings chat puts on it ("milaise", "milacche", "milaitese", "miliyeche" from "mil"). Bengali asks
 * yes or no with a "ki" inside the sentence ("ISKP ki attack korse?") or a closing "naki": such a question
 * reads as one ("did ISKP attack?").
 */

import { ACRONYM, glossary as glossaryTable, isShouting, withoutEdges } from './glossary-table.js';

/**
 * A word as the glossary looks it up: in lower case, and "chh" as "ch", so that West Bengal's spellings read
 * as Bangladesh's ("korchhe" is "korche", "hoyechhilo" "hoyechilo"). The tables list one spelling.
 */
function key(word: string): string {
  return word.toLowerCase().replace(/chh/g, 'ch');
}

/** A set of words from a list typed with spaces, each as `key` reads it. */
function wordSet(list: string): ReadonlySet<string> {
  return new Set(
    list
      .split(/\s+/)
      .filter((word) => word !== '')
      .map(key),
  );
}

/**
 * Bengali words no English, Roman Urdu / Hindi, Tagalog, Spanish, Portuguese, French, German or Dutch
 * question uses: two distinct ones make a message Bengali. Besides these, every glossary word of five or more
 * letters is one (see `isMarker`), unless SHARED lists it. Left out, though common Bengali, because other chat
 * types them too: "ki", "ke", "ko", "na", "kon", "koi", "kal", "aj", "din", "desh", "naam", "hamla", "shuru",
 * "sarkar", "masjid", "mazar", "kar", "kara", "mare", "mara", "mere", "bole", "bolo", "diye", "ache",
 * "achhe", "kache", "nai", "bhai" (Roman Urdu / Hindi: "kya", "kon sa", "koi", "kal", "mere", "acche",
 * "nai", "bhai"), "ami" (French "friend"), "apni" (Hindi "own"), "de", "la", "je", "oder", "nei", "ora"
 * (French, Dutch, German, Italian), "kina" (Tagalog "kina Juan"), "karon" (Bisaya "now"), "hoy" (Spanish
 * "today"), "ase" (Spanish chat's "hace"), "jon", "tar", "she", "or", "eta", "ota", "sob", "age", "more",
 * "silo", "morse", "bar", "to", "re", "e", "er", "r", "o", "i", "ta", "ti", "dike", "chap", "pay" (English
 * words, names and abbreviations), "malik", "ekta", "kintu", "jete", "cheshta", "mote", "shakha" (Urdu
 * "owner", Hindi "unity", "but", "living", "effort", "fat", "branch"), "kono" (Japanese). "Kobe" (when) is
 * kept though it is a name: an English question about Kobe Bryant opens in English, and so needs a third
 * marker, and a name typed with a capital inside a message does not count. The words left out are still
 * glossed once a message is Bengali, and some count beside a marker (see COMPANIONS).
 */
const MARKERS = wordSet(
  // Asking: how many, when, where, why, how, which, whom, and the yes/no "naki".
  'koto kotojon koyjon koijon kojon koyta koita kototuku kotodin koddin kotokkhon kobe kokhon kothay ' +
    'kothai kothae kothakar keno kibhabe kivabe kibhave kivave kemne kmne kemon konta konti kongulo ' +
    'kisher kiser kake kader naki kotha kottheke konkhane konhane ' +
    // Verbs in their typed tenses: happened, did, said, went, was, died, killed, came, took, gave, fled, ...
    'hoyeche hoise hoiche hoyse hoyechilo hoyesilo hoisilo hoilo holo hobe hocche hosse hocchilo ' +
    'hochchilo hossilo ghoteche ghotse ghotechilo ghotlo korse koreche korechilo korsilo korlo korbe ' +
    'korche korsen korechen korte korar kortese bolse boleche bollo bolechilo bolsilo bolchen bolechen ' +
    'bolun geche gese gelo gechilo gesilo giyeche giyechilo chilo cilo chilen mereche merese moreche ' +
    'morsilo eseche esheche ashse ashlo esechilo niyeche diyeche palaise palieche paliye palaye dekheche ' +
    'chay chaay chacche chaise cheyeche hereche harse harche haarche bodleche bodlaise bhenge ragiye ' +
    'dokhol legeche legechilo lagse lagiyechilo chaliyeche dhukeche dhukse bacheche komeche fatiyechilo ' +
    'parbe khulbe jolche jonmo nise dise koise hoitese korlam korsi nilo pelo paise koro kori jabe pabe ' +
    'dibe nibe hoite ' +
    // Things: blast, attack, militant, terrorist, injured, killed, mosque, responsibility, incident, ...
    'bisphoron bishphoron bisforon bishforon akromon akroman jongi shontrashi sontrashi sontrasi ' +
    'shontrasi ahoto aahoto nihoto mosjid moshjid dayitto daitto dayittho ghotona ghotna khobor lokjon ' +
    'manush bochor bosor boyosh boyos karone uddeshyo uddessho lokkho songothon shongothon nirapotta ' +
    'shorkar sorkar shomporko somporko chukti goyenda goenda koushol somossa shomossa beshirbhag ' +
    'odhikangsho jodito jinis jinish kaj konokichu kisu kichu jela zila jila shob onek ' +
    // Linking words, pronouns, time and amounts.
    'theke jonno jonne niye moddhe moddhye biruddhe porjonto shathe sathe upor opor ekhon akhon tokhon ' +
    'gotokal ekhono abar shudhu sudhu shobai sobai keu tumi amra tomra apnara tader eita oita egulo ogulo ' +
    'eikhane ekhane okhane sekhane shekhane ebong othoba tahole valo bhalo ekti gulo gula guli der',
);

/**
 * Glossary words of five or more letters that other chat types too, and so no marker: Roman Urdu and Hindi
 * ("hamla", "masjid", "shikar", "jakhmi", "rasta", "kintu"), English ("police", "purse", "fello"), French
 * ("chasse"), and spellings of names English uses ("afganistan").
 */
const SHARED = wordSet(
  'kintu kintoo cheshta chesta shakha malik kache ache masjid masjide sarkar shuru shuro hamla hamlay ' +
    'mazar majar mazare karon namaz namaj dargah dorgah shanti sainik shishu bacha bachcha kishor kishore ' +
    'shatru niyontron shoktishali rasta karkhana elaka mohila rajdhani basha haspatal jakhmi shikar ' +
    'swikar sikar shikaar giraftar uddhar uddar janen barse purse khule lagalo thake thaken fello chasse ' +
    'afganistan beluchistan siriya sirya puran anusari auliya owlia sadhu chitkar police kalke asche ' +
    'paren nache bhitore baire insaf insaaf zamin jameen tarikh tarikhe zinda azad dushman fauj morcha ' +
    'khatam shuruat kaafi kafi zyada bache bachi bachche bachchi dilo morse niche nicher gorse israil ' +
    'libia afrika shakti parse',
);

/**
 * Bengali words other chat types too ("ki", "ke", "na", the endings "er", "te"): each counts as a marker only
 * beside a true marker ("ke korse", "ki hoyechilo", "naam ki chilo"), or when two of them come with a true
 * marker anywhere ("karachi te o attack korse", "IS ki pakistan er kono group er sathe haat milaise"); never in
 * a message with a Roman Urdu, Tagalog, Spanish or Portuguese word ("Kobe ki death kab hui"). "Mane ki" (what
 * does it mean) is Bengali as a pair, and counts as two.
 */
const COMPANIONS = wordSet(
  'ki kii ke kon koi ta ti er ra e te o na ni naam nam mara mere ache nai nei bhai vai kar kara hoy jon ' +
    'der gula gulo guli ar ase ashe aise kono din desh hamla mazar masjid shuru kore hoye diye bole kintu ' +
    'ekta ekti tar eta ota sob dike chap pare lok aro',
);

/**
 * The small words a Bengali sentence is framed with, case endings and classifiers typed apart ("pakistan er",
 * "shrine ta", "district e") and "ki", "ke", "kon", "ar", "o", "na", "ache" (is): three of them make a
 * message Bengali with no marker ("shah noorani shrine ta kon district e?"), when one of them is Bengali's own
 * ("er", "der", "gulo", "kon", "ra", "ki"); so do two when one is "er" ("pakistan ki IS er main focus?").
 */
const FUNCTION_WORDS = wordSet('er ki ke ta te e ra der gula gulo kon ar o na ti ache ase ashe');
const OWN_FUNCTION_WORDS = wordSet('er der gula gulo kon ra ki');

/**
 * Roman Urdu's commonest words that Bengali does not use: a message with two of them is Urdu, whatever else it
 * holds, and with one its Bengali-looking words ("ki", "kon") do not count. Not "ki" and "ke": in Bengali
 * they are "what" and "who".
 */
const URDU = wordSet(
  'hai hain kya kia tha thi ne se mein nahi kitne kitna kab kahan kyun kyu kaise kaun hua hui hue gaya ' +
    'gayi raha rahi hota hoti ka ko aur bhi kuch yeh woh wo pe liye wala wale wali kitni kis kisne kiya ' +
    'rahe karna karte karne unka unki unke nahin abhi sirf pehle hoga hogi karega kyon',
);

/**
 * Tagalog's, Spanish's, Portuguese's and Indonesian's commonest words: a message with two of them is in that
 * language, and with one its Bengali-looking words ("o", "e", "na", "te", "ta", "ke") do not count.
 */
const OTHER = wordSet(
  'ang ng mga yung po nang sa sino ilan bakit que los las del el la en es fue una os foi em pelo pela ' +
    'nao não quem quando onde isso esse essa qual ele eles ela tem pra mais muito como porque quien ' +
    'cuando donde cual cuantos cuantas quantos quantas fueron hubo houve teve tinha ataque atacou paso ' +
    'yang dan dari ini itu siapa kapan berapa untuk dengan oleh tidak sudah',
);

/**
 * Particles, classifiers, case endings typed apart ("attack ta", "Pakistan e", "ISKP er"), forms of address
 * and the asker's own words ("amake bolo", "plz"): how Bengali frames a question, not what it asks.
 */
const DROPPED = wordSet(
  're ta ti to toh tow ro i o je jeta jeti e te er r ra der gulo gula guli gulor gulir ekta ekti ekjon ' +
    'bhai vai bro vaiya bhaiya bhaia vaia bhaijan apu apa dada di didi mama please plz pls ektu acha ' +
    'accha ok okay hmm ha haa hae han ami amar amake amader apnar tomar tahole tahle taile tobe jodi tai ' +
    'jeno bolo bolun bolen bolben janao janan janaben dekhi dekho hoye kore ashole asole eto oto emon ' +
    'hobar howar hower ashlei ' +
    // "Is" and "there is" ("ache", "hoy"): a yes/no question reads "is" when it has no other verb.
    'ache ase ashe aase asey hoy',
);

/**
 * Two words typed apart read as one, before the particles are dropped (the second is one): "kom kore" (at
 * least), "shesh e" (in the end), "ber kore" (pushed out), "kemon kore" (how).
 */
const JOINED: ReadonlyMap<string, string> = new Map([
  ['kom kore', 'kompokkhe'],
  ['shesh e', 'sheshe'],
  ['sesh e', 'sheshe'],
  ['ber kore', 'berkore'],
  ['bhai bon', 'bhaibon'],
  ['vai bon', 'bhaibon'],
  ['bole dake', 'dake'],
  ['kemon kore', 'kibhabe'],
  ['mone kore', 'mone'],
  ['ki kore', 'kikore'],
  ['kii kore', 'kikore'],
  ['ar o', 'aro'],
]);

/** A glossary table of this reader, each form keyed as lookups read words ("chh" as "ch"). */
function glossary(table: string): Array<[string, string]> {
  return glossaryTable(table, key);
}

/**
 * The endings chat puts on a verb's root ("kor", do), as Bangladesh and West Bengal type them: does (kore,
 * kori, koro, koren), is doing (korche, korcche, kortese, kortase, korteche, korchi, korchen), has done
 * (korse, korsen, korsi), did (korlo, korlen, korlam, korla), was doing (korchilo, kortesilo, kortasilo,
 * kortechilo), had done (korsilo, korsilen), will (korbe, korben, korbo, korba), to (korte), if (korle), used
 * to (korto, korten), the doing (kora, korar); and on the root of "has done" (koreche; "mar" has "mereche",
 * "har" "hereche"): koreche, korechen, korechi, korechilo, korechilen.
 */
const ROOT_ENDINGS =
  'e i o en che cche tese tase teche chi tesi chen tesen se sen si lo len lam la chilo tesilo tasilo ' +
  'techilo chilen silo silen be ben bo ba te le to ten a ar';
const PERFECT_ENDINGS = 'eche echen echi echilo echilen';

/**
 * The endings of a verb made with "-ano" ("milano", to join): milay, milai, milao, milaise, milaisen, milaisi,
 * milalo, milalen, milalam, milate, milabe, milaben, milabo, milacche, milache (West Bengal's "milachhe"),
 * milasse, milaitese, milaitase, milacchen, milacchilo, milachilo, milaitesilo, milaitasilo, milaisilo,
 * milano, milanor, milale, milaiche, milailo, milaiya; and miliyeche, miliyechen, miliyechilo, miliye, typed
 * without the "y" too (milieche, miliechilo, milie).
 */
const CAUSATIVE_ENDINGS =
  'ay ai ao aise aisen aisi alo alen alam ate abe aben abo acche ache asse aitese aitase acchen acchilo ' +
  'achilo aitesilo aitasilo aisilo ano anor ale aiche ailo aiya';
const CAUSATIVE_PERFECT_ENDINGS = 'iyeche iyechen iyechilo iye ieche iechilo ie';

/**
 * Forms the endings would make that are other words, and not these verbs: English "more" and "bare",
 * "daka" (Dhaka typed without its "h"), "Pathan", "mile", "bacha" (child), "dhore" (for: "2 bochor dhore"),
 * "chara" (without).
 */
const NOT_FORMS = wordSet('more bare daka pathan mile bacha bachar dhore chara');

/**
 * A table of verb roots and their English, one verb a line: the roots (spellings of one root, and a root for
 * "has done" after a slash: "mar/mer"), a colon, the English; each root with each ending.
 */
function conjugated(table: string, endings: string, perfectEndings: string): Array<[string, string]> {
  return table
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [roots = '', english = ''] = line.split(':');
      return roots
        .trim()
        .split(/\s+/)
        .flatMap((spelling) => {
          const [root = '', perfect = root] = spelling.split('/');
          return [
            ...endings.split(' ').map((ending) => root + ending),
            ...perfectEndings.split(' ').map((ending) => perfect + ending),
          ];
        })
        .filter((form) => !NOT_FORMS.has(form))
        .map((form): [string, string] => [key(form), english.trim()]);
    });
}

/** Verbs whose forms follow ROOT_ENDINGS: the roots and their English. */
const REGULAR_VERBS = conjugated(
  `
    kor: did
    bol: said
    dekh: saw
    shun sun: heard
    bujh bojh: understand
    lor: fought
    thak/thek: live
    jit: won
    har/her: lost
    mar/mer: killed
    mor: died
    ghot: happened
    fat/fet: exploded
    jol: burning
    khul: opened
    bach/bech: survived
    kom: decreased
    dhuk: entered
    rakh/rekh: kept
    char/cher: left
    likh lekh: wrote
    pouch: reached
    uth: rose
    khuj khoj: searching
    nach: dancing
    dour: running
    dak: call
    gor: formed
    fel: threw
    jan/jen: know
    dhor: arrested
    badh/bedh bandh/bendh: tied
  `,
  ROOT_ENDINGS,
  PERFECT_ENDINGS,
);

/** Verbs made with "-ano", whose forms follow CAUSATIVE_ENDINGS. */
const CAUSATIVE_VERBS = conjugated(
  `
    mil: joined
    har: lost
    pal: fled
    tham atk: stopped
    path: sent
    chal ghot: carried out
    fat: exploded
    dour: running
    bodl palt: changed
    nibh nebh nev: put out
    ag eg: advancing
    pouch: reached
    bach: saved
    dhuk: entered
    rag: provoked
    chech: shouting
    bar: increased
    kom: decreased
    dekh: showed
    lag: set
    ur: blown away
    chor: spread
  `,
  CAUSATIVE_ENDINGS,
  CAUSATIVE_PERFECT_ENDINGS,
);

/**
 * Verbs: the regular ones above, then those the endings do not make (the irregular "hoa", "jaoa", "asha",
 * "deya", "neya", "chaoa", "pawa"; nouns made verbs, "dokhol", "shuru") and the spellings they miss, each
 * with its tenses as Bangladesh and West Bengal type them ("-se" / "-che" / "-eche" has done, "-silo" /
 * "-chilo" / "-echilo" had done, "-lo" / "-ilo" did, "-tese" / "-tesilo" is and was doing, "-be" will, "-te"
 * to, "-le" if); a form listed here wins over one the endings make. Some are helpers after another verb or a
 * noun, read as nothing there (see AFTER_A_WORD): "mara geche" is "died", "attack korse" "attack".
 */
const VERBS: ReadonlyMap<string, string> = new Map([
  ...REGULAR_VERBS,
  ...CAUSATIVE_VERBS,
  ...glossary(`
    mara mora moreche morse morsilo morechilo morlo morte morbe mortese morche: died
    morchilo morle mortesilo moira: died
    nihoto nihot nihoter: killed
    mere mereche merese marse marlo mare marche marsilo merechilo marbe marte marle: killed
    martese martesilo maira mairese: killed
    khun hotta hottya hotya hotyakando: killing
    ahoto aahoto ahot ahato aahot ahoter jokhom jokhomi jakhmi: injured
    fatse fateche fatlo fatiyeche fatiyechilo fatalo fataise fatano fatay fete: exploded
    fetse feteche fetlo fatbe fataisilo fataite: exploded
    shikar swikar sikar shikaar: claimed
    bolse boleche bollo bolechilo bolsilo bolchilo bolechen bollen bolche bolchen bolsen: said
    bole boltese boltesilo bolle bolbe bolte koise koiche koisilo koitese koilo boilo bolsilen bolechen: said
    hoyeche hoise hoiche hoyse hoyeshe holo hoilo hoyechilo hoyesilo hoisilo hoiselo: happened
    hoichilo hoitese hoitesilo hoteche hoto hole hoile hote hoite hoiyeche hoyese: happened
    ghoteche ghotse ghotechilo ghotlo ghotsilo ghote hocche hosse hobe ghotbe ghotte: happened
    hocchilo hochchilo hossilo hocche: happened
    shuru suru shuro arombho aromvo: started
    eseche esheche asche ashse ashlo elo esechilo ashchilo aise aisilo aislo asse asilo ashsilo: came
    eshechilo ashbe asbe ashte aste ashle asle ashtese astese ashtesilo asha asa: came
    beriye beroy beriyeche beriyechilo: came out
    sore shore sorse shorse sorlo shorlo soreche shoreche sorte shorte sorechilo: moved
    jete jaite jaoa jawa jaowa: go
    pare parbe pari paren parche parlo parsilo parto parbo parechilo parse parsi parsen: can
    pareni parenai parena parchena parlona: could not
    jonmo: born
    geche gese gelo gechilo gesilo giyeche giyechilo jay jabe: went
    jacche jasse jaitese jaitesilo jacchilo jassilo jache jachche gele giye jai: going
    felse feleche fello felechilo: threw
    dise diyeche dilo diyechilo disilo dey dicche disse ditese ditesilo dibe dite dile deya dewa deoa: gave
    dewar deoyar deyar dicchilo diyeche: giving
    nise niyeche nilo niyechilo nisilo ney nicche nisse nitese nibe nite nile newa neya nea neoa: took
    chay chae chaise cheyeche cheyechilo chacche chasse chaay chai chao chaisilo chaitese chaitesilo: want
    chaibe chabe chaite chaile chailo chailen chaichilo cheyechilo chaiche cheyeche: want
    korse koreche korlo korechilo korsilo korbe korte kora korsen korechen korle korto: did
    korlen korechilen korechilo korsilam korlam korsi: did
    kortese kortesilo korchilo korche korcche korteche kortechilo korchen korchilen kortase kortasilo: doing
    korchi kortesi kortesen korchilen: doing
    porse poreche porechilo porlo porbe porte porle: fell
    korar: doing
    palaise palieche paliyeche palalo palay paliye palaye palaiya palacche palasse palaitese palano: fled
    palate palabe palaisilo paliyechilo: fled
    hereche harse harche haarche hare harlo harbe harte harsilo herechilo: lost
    haraise hariyeche haraitese haraitesilo haracche harasse harache haralo harano: lost
    haraite haraiche harabe hariyechilo: lost
    greftar grefter giraftar dhorse dhoreche dhorlo dhorte dhorbe dhorechilo dhorsilo: arrested
    uddhar uddar: rescued
    dekhse dekheche dekhlo dekhtese dekhtesilo dekhchilo dekhte dekhle dekhbe dekhsilo: saw
    dekhechilo dekha: saw
    dekhay dekhaise dekhiyeche dekhalo dekhacche dekhano: showed
    shune shunse shuneche shunlo shunte shunle shunbe shunsilo shunechilo shuntese: heard
    shunchi shunsi shona suna shunechilo: heard
    jani jano janen jana janto janse jeneche janlo: know
    bujhi bujhe bujhse bujheche bujhlo bujhte bujhbo bojha bujhlam bujhay bujhacche bujhaise: understand
    bodlaise bodleche bodlay bodlalo bodlate bodlacche bodlaitese bodlano bodlaiche: changed
    paltaise paltay paltacche paltano paltaitese paltalo paltiyeche paltese: changed
    bereche barse bariyeche bareche barche barcche bartese baraise barate barbe barano: increased
    baraitese barteche barlo: increased
    lorse loreche lore lorlo lorte lorbe lortese lorche lorteche: fought
    thamse thameche atkaise atkeche thamano thamay thamaise thamiyeche thamalo: stopped
    thamate thamabe atkano atkay atkate atkabe thamte thamaite atkaite thamlo: stopped
    pure purse puriye pureche purlo: burned
    bhenge venge: collapsed
    choriye choriyeche chorano choraise chorse: spread
    ragiye ragiyeche ragaise ragay ragse: provoked
    pathano pathate pathaise pathiyeche pathay pathalo pathabe pathacche: sent
    dokhol: captured
    dokhole: control
    kaj kaaj: work
    khule khulbe khulse khuleche khullo: opened
    lagiyeche lagiyechilo lagaise lagalo: set
    jolche jolse jolchilo: burning
    legeche legechilo laglo lagse lege: started
    lagbe lage lagto lagche lagtese: takes
    chalay chalise chaliyeche chaliyechilo chalano chalalo chalaise chalacche chalaitese chalate: carried out
    chalabe: carried out
    dhuke dhukse dhukeche dhuklo probesh dhoke dhukte dhukbe dhukle dhukche dhuktese: entered
    dhukar dhukano dhuksilo dhukechilo: entered
    bachse bacheche beche: survived
    bachay bachaise bachiyeche bachate bachano: saved
    komse komeche kome komche komtese komaise komiyeche komte: decreased
    jitse jiteche jite jitlo jitte jitbe: won
    dhongsho dhwongsho: destroyed
    khujchilo khujse khujeche khuje khoje khujlo khujte khujtese khujtesilo khoja: searching
    douracchilo dourachilo douraise dourse doure dourtese dourtesilo dourano: running
    nachchilo nacchilo nache nachse nacheche nachtese nachtesilo nachte nacha: dancing
    gaichilo gaitese gaitesilo gaiche: chanting
    chechacchilo chechachilo chechaitesilo chechaise chechay chechano chechaiche: shouting
    thake thaken thakto thakse thekeche thaklo thakbe thakte thakle thaktese thakchilo thaka: live
    protishtha protistha protishthito: founded
    gothon gothito gorse goreche gorlo gorte: formed
    shomorthon somorthon: support
    cheshta chesta: tried
    dosh doshi: blamed
    dabi: claim
    milaise milieche milay milacche milaitese milalo milate milano milaiche milaisilo: joined
    pouchay pouche pouchaise pouchaiche pouchese poucheche pouchlo: reached
    pouchte pouchabe pouchano pouchacche pouchaitese pouchalo: reached
    agay agai agacche agasse agaitese agaise agiyeche egiyeche egiye agiye agate agacchilo: advancing
    egocche egoche agaye: advancing
    ure uira uriye urse: blown away
    dake dakse dakeche dako dakay dakto: call
    paise paisilo peyeche peyechilo pelo pabe pele paitese pacche peye paben: got
    rakhe rakhse rekheche rakhlo rakhte: kept
    chare charse chereche charlo charte charbe chere: left
    uthse utheche uthlo uthte: rose
    mene: follow
    berkore: pushed out
    likhse likheche likhlo likhechen: wrote
  `),
]);

/**
 * Helper verbs, read as nothing after another word: "korse" (did) after any word but a question ("attack
 * korse", "shuru korse": not "ke korse", who did it), "khaile" (if it takes: "push khaile", pushed), and
 * "geche" (went), "hoyeche" (happened), "felse", "dise", "nise", "jacche" after a verb ("mara geche", "ahoto
 * hoyeche", "mere felse", "shuru hoise", "mara jacche").
 */
const AFTER_A_WORD: ReadonlySet<string> = new Set([
  ...conjugated('kor: did', ROOT_ENDINGS, PERFECT_ENDINGS).map(([form]) => form),
  ...wordSet('khaile khaise kheyeche kheyechilo khay'),
]);
const AFTER_A_VERB = wordSet(
  'geche gese gelo gechilo gesilo giyeche giyechilo jay jabe felse feleche fello felechilo dise diyeche ' +
    'dilo diyechilo disilo nise niyeche nilo niyechilo nisilo hoyeche hoise hoiche hoyse hoyeshe holo ' +
    'hoilo hoyechilo hoyesilo hoisilo hoiselo hocche hosse hobe hocchilo hochchilo hossilo eseche esheche ' +
    'asche ashse ashlo elo esechilo ashchilo porse poreche porechilo porlo porbe jacche jasse jaitese ' +
    'jaitesilo jacchilo hoitese hoitesilo aise ashtese',
);

/** "Got" after an infinitive is "could": "shunte paisilo" (could hear) reads "hear". */
const AFTER_AN_INFINITIVE = wordSet('pay pai paise paisilo peyeche peyechilo pelo pabe pacche passe paitese');

/** "Chilo" (was): read as the yes/no question's verb ("was"), not a word searched. */
const WAS = wordSet('chilo cilo silo chilen chila chilona asilo ashilo');

/**
 * Verbs in the future ("korbe", "hobe", and any verb's "-be" and "-ben"): a yes/no question with one asks
 * "will".
 */
const WILL = wordSet(
  'korbe korben hobe hoibo jabe dibe nibe ashbe asbe marbe chalabe ghotbe parbe pabe thakbe barbe jitbe ' +
    'harbe dekhbe lagbe bolbe',
);

/** What "ki" before a verb asks "what" of ("ki hoyeche", "ki bolse"); before any other ("ki mara geche"), yes or no. */
const ASKS_WHAT = wordSet(
  'happened did do said want know saw gave took send doing tried call got showed heard think understand',
);

/**
 * People, places and things: a noun after a word that counts is read in the plural (see `withPlurals`).
 */
const THINGS: ReadonlyMap<string, string> = new Map(
  glossary(`
    hamla hamlay akromon akroman akromone hamlar hamlagulo hamlate: attack
    hamlakari akromonkari: attacker
    bomb boma bom bomar: bomb
    bisphoron bishphoron bisforon bishforon bisporon bisfuron bisphorone bishphorone bisphoroner: blast
    jongi jongira jongider jongigosthi: militants
    shontrashi sontrashi sontrasi shontrasi santrasi: terrorists
    shontrash sontras shontras shontrashbad sontrasbad: terrorism
    uggrobadi ugrobadi: extremists
    bichchinnotabadi bicchinnotabadi bichinnotabadi: separatists
    mosjid moshjid mosjide masjid masjide: mosque
    mazar majar mazare majare dorgah dargah mazarer majarer: shrine
    pir: saint
    namaj namaz: prayer
    musolli musulli: worshippers
    bhokto bhokter bhoktora: devotees
    jikir zikir: chanting
    gan gaan: songs
    nach: dancing
    shufi sufi: Sufi
    musolman musolmaan: Muslims
    dhormo dhormiyo: religion
    police pulish pulis: police
    sena shena senabahini: army
    shoinik sainik: soldiers
    joddha jodha jodhara: fighters
    bahini: forces
    sorkar shorkar sarkar: government
    prodhanmontri: prime minister
    rashtropoti: president
    desh desher deshe deshgulo: country
    shohor shahor shohore shohorer shohorgulo: city
    jela zila jila jelay zilay jelar: district
    rajdhani: capital
    elaka elakay: area
    onchol ancholik: region
    simanto shimanto simanter shimanter: border
    prodesh: province
    prithibi bishsho bishwo: world
    lok lokjon manush manus manusher manushjon: people
    jonoshongkha jonsonkha jonoshonkha jonogon: population
    nari mohila: women
    shishu bacha bachcha: children
    chele: boy
    meye: girl
    poribar poribarer poribarke: families
    bhaibon: brothers sisters
    malik: owner
    neta: leader
    netritto: leadership
    prodhan: chief
    montri: minister
    mukhpatro: spokesman
    bisheshoggo bisheshgo: analysts
    gobeshok: researcher
    shangbadik sangbadik shongbadik: journalist
    prothibedon protibedon: report
    lekhok: writer
    dol gosthi goshthi: group
    songothon shongothon: organization
    songstha shongstha: agency
    sodossho sodosso shodossho sodosyo: members
    shakha: branches
    lokkho lokhho lokko: goal
    protik protiik: symbol
    rashtro rashtra rashtrer rashtrake: state
    gari gaari: vehicles
    biman bimaan: air
    porajito porajoy: defeat
    bhobishyot bhobisshot bhobishot bhobisot: future
    uddesho uddeshyo uddessho uddesso: aim
    porikolpona: plan
    ghotona ghotna: incident
    khobor khbr shongbad: news
    barta: message
    shongket: signal
    kotha: words
    koushol kousol: tactics
    kormokando: activities
    uposthiti upostiti: presence
    poriborton poribortan bodol: change
    obostha obosta abostha: situation
    shubidha subidha suvidha: advantage
    shujog sujog: opportunity
    somossa shomossa shomossha: problems
    durbolota: weakness
    bipod bipode: danger
    bhoy: fear
    kanna: cries
    shokti shakti khomota: power
    protishodh: revenge
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
    jote jotobaddho: coalition
    juddho juddo yuddho: war
    lorai: fight
    shotru shatru: enemy
    shomporko somporko: ties
    juktorashtro: United States
    afganistan: Afghanistan
    beluchistan: Balochistan
    siriya sirya: Syria
    irak: Iraq
    rashia rushia: Russia
    bharot: India
    misor: Egypt
    libia: Libya
    israil: Israel
    iurop: Europe
    afrika: Africa
    moddhoprachyo moddhyoprachyo: Middle East
    taka: money
    chakri chakuri: jobs
    ostro ostrosostro: weapons
    khoti khoyokhoti: damage
    jinis jinish: thing
    onusari anusari: followers
    shomorthok somorthok: supporters
    tirthojatri tirthajatri: pilgrims
    ouli auliya owlia sadhu: saint
    shohid: martyr
    niyontron: control
    chitkar: shouting
    doshok: decade
    proyas prochesta: attempts
    nojor najar: attention
  `),
);

/** What people and things are like, and other words: never read in the plural. */
const QUALITIES: ReadonlyMap<string, string> = new Map(
  glossary(`
    atmoghati attoghati atmaghati attoghoti: suicide
    antorjatik antorjatic: international
    kishor kishore: teenage
    torun: young
    asol asli: main
    chap chaap: pressure
    chape: under pressure
    markin marikin: American
    uttor: north
    dokkhin: south
    purbo: east
    poschim pashchim poshchim: west
    jure jodito: linked
    shoktishali: powerful
    shohingsro sohingsro: violent
    shampradayik sampradayik: sectarian
    bipodjonok: dangerous
    marattok: deadly
    bhoyonkor bhoyankor: terrible
    dukkhojonok dukhojonok: tragic
    kothin kothhin: difficult
    kothor: strict
    shohoj sohoj: easy
    dhila dhile: lax
    durbol: weak
    gurutto guruttopurno: important
    jonoprio: popular
    sthaniyo sthanio: local
    bideshi: foreign
    boro: big
    choto: small
    notun: new
    purono puran: old
    shotti sotti: true
    kono konokichu: any
    byartho bertho bartho bifol: failed
    shofol sofol: succeeded
    mittha: false
    rege rag rage: provoked
    chup chupchap nirob: silent
    nirbhor nirbhorshil: relies
    chawa chaowa chaoa: want
    mone: think
  `),
);

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
    kisher kiser kiyer: what
    kara: who
    kake kak: whom
    kar kader kaar: whose
    kon konta konti kongulo kongula: which
    kobe kbe kobey: when
    kokhon kokhn kkhon: when
    kothay kothai kothae kothy kothaye koi konkhane konhane kottheke: where
    kothakar kothakaar kothaker: where from
    keno kno kn kenu kano: why
    kibhabe kivabe kibhave kivave kevabe kemne kmne kemon: how
  `),
  // Pronouns, pointers, amounts.
  ...glossary(`
    se shey sey uni unara onara: he
    tar tahar tini tinar unar onar: his
    tara tahara ora: they
    tader oder eder tahader: their
    amra apnara tomra tumi apni: we
    ei eita eitaa eta eigulo egulo: this
    oi oita ota sei shei oigulo ogulo shegulo: that
    ekhane eikhane ekhan: here
    okhane oikhane sekhane shekhane: there
    shob shobai sobai sob shokol sokol shomosto somosto: all
    onno onnano onnanno: other
    ek: one
    onek anek: many
    beshi besi aro: more
    kom: fewer
    kichu kisu kicchu kissu kichui kisui: some
    keu kauke: anyone
    prothom prothome prthm: first
    shesh shesher sesh: last
    shobcheye sobcheye: most
    beshirbhag beshirvag odhikangsho: most
    dwitiyo ditiyo dwitio: second
    tritiyo: third
    koyek koek koyekta koekta: several
    proti protita: each
    kompokkhe: at least
    prai praay praye prae: about
    khub onekta: very
  `),
  // Linking words, time and measure: "theke" is "from", "e" (in, at) is dropped; both are only stop words to
  // the search.
  ...glossary(`
    theke thika theika thekey: from
    jonno jonne jonyo jnno: for
    niye: about
    diye dara: by
    shathe sathe shate sate songe: with
    moddhe modhye moddhye moidde majhe: in
    kache: to
    upor upore opor: on
    niche nicher: under
    biruddhe birudhe biruddho: against
    porjonto: until
    dhore: for
    chara chhara: without
    bhitore vitore bhetore: inside
    baire: outside
    pashe: near
    dure: far
    pichone pechone: behind
    dike dik dikey: toward
    hisabe hishabe hisebe hishebe: as
    por pore porer tarpor tarpore: after
    agei ager agey aage: before
    mote motabek motobek onujayi: according
    ar: and
    ebong abong: and
    kintu kintoo: but
    ba othoba: or
    karon karone: because
    na ni nah nai nei: not
    ekhon akhon ekhn akhn ajkal ajkaal aajkal: now
    tokhon tokhn: then
    jokhon jokhn: while
    ajke aajke aj aaj: today
    gotokal gotokaal kal kalke: yesterday
    ekhono akhono: still
    abar abr: again
    shudhu sudhu: only
    kokhono kokhno kokhonoi: ever
    hothat hotat: suddenly
    sheshe: eventually
    shurute: first
    shomprotik sompratik shompratik: recent
    bochor bosor bachar bochore: year
    shal sal sale: year
    mash mas: month
    saptaho shoptaho soptaho: week
    din dine diner: days
    raat rat rate: night
    shokal sokal: morning
    shomoy somoy shomoye somoye: time
    bar baar: times
    jon: people
  `),
  ...THINGS,
  ...QUALITIES,
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
/** The forms of "happened" after a noun ("ber hoise", "shesh hoyeche"). */
const HAPPENED = 'hoise hoyeche holo hoilo hoy hoiche hoyse hoisilo hoyechilo hocche hoitese hobe hoyese';
/** The forms of "came" after a word ("beriye ashse", "ber hoye eseche"). */
const CAME = 'ashse aise eseche esheche asche ashlo elo ashe ase ashtese ashte aste';
/** The forms of "going" after a word ("egiye jacche"). */
const GOING = 'jacche jasse jaitese jaitesilo jacchilo gese geche gelo jay asche ashtese';
/** The forms of "lost" ("jayga haraitese", losing ground). */
const LOSING = 'haraise hariyeche haraitese haracche harasse harache haralo harse hereche harche harabe';
/** The forms of "joined" ("haat milaise", joined hands). */
const JOINING = 'milaise milieche milay milacche milaitese milalo milate milano milaiche milaisilo milabe';
/** The forms of "got" ("shubidha paise", gained). */
const GETTING = 'paise peyeche pelo pacche passe paitese pabe peyechilo paisilo';

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
      // "Koto shomoy lagse" (how much time it took): how long.
      [crossed('koto', 'shomoy somoy din ghonta', 'lagse legeche laglo lagbe lage lagche'), 'how long'],
      [crossed('kichu koyek koek', 'din mash bochor shomoy', 'age aage agey'), 'recently'],
      [crossed('bair baire ber', 'hoite hote hoye'), 'get out'],
      [['koto age', 'koto din age'], 'how long ago'],
      [['koto bar', 'koto baar', 'kotobar'], 'how many times'],
      [['koto taka'], 'how much money'],
      [['koto dur', 'koto dure'], 'how far'],
      [['koto boro'], 'how big'],
      [['koto beshi', 'koto besi', 'koto tuku', 'kototuku'], 'how much'],
      [crossed('koto', 'shokto sokto jore jor shoktishali'), 'how strong'],
      // Of a person, the age: "bomber er boyosh koto chilo".
      [
        ['boyosh koto', 'boyos koto', 'koto boyosh', 'koto boyos', 'koto bochor boyosh', 'age koto'],
        'how old',
      ],
      [['koto tarikh', 'koto tarikhe'], 'what date'],
      [crossed('kon', 'shal sal sale shale bochor bochore bosor'), 'what year'],
      [crossed('koto', 'shal sal sale shale bochore'), 'what year'],
      // "Koto bochor" is how many years, how long ("koto bochor chup chilo"); "koto sale" in what year.
      [crossed('koto koy', 'bochor bosor'), 'how long'],
      [crossed('koto koy', 'bochor bosor', 'age agey'), 'how long ago'],
      [crossed('kon', 'mash mas'), 'what month'],
      [['kon din', 'kon dine', 'kon tarikh', 'kon tarikhe'], 'what day'],
      [crossed('kon', 'jayga jaygay jagay jaiga jaygae elakay elaka'), 'where'],
      [crossed('kon', 'kon', 'jayga jaygay jagay jaiga jaygae elakay elaka'), 'where'],
      [['mane ki', 'mane kii'], 'what meaning of'],
      [
        [...crossed('kothay kotha kothai koi', 'theke thika theika thekey'), 'kotheke', 'kothatheke'],
        'where from',
      ],
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
      [['ki bhabe', 'ki vabe', 'ki bhave', 'ki vave', 'kon bhabe'], 'how'],
      [['ki dhoroner', 'ki dhoron', 'ki rokom', 'kon dhoroner', 'kon rokom'], 'what kind'],
      [['ki poriman', 'koto poriman'], 'how much'],
      // A word said twice asks for a list: "ke ke ahoto hoyeche".
      [['ki ki'], 'what'],
      [['ke ke', 'kara kara', 'kake kake'], 'who'],
      [['kon kon'], 'which'],
      [['kothay kothay', 'kothai kothai'], 'where'],
      [['jana geche', 'jana jay', 'jana gese'], 'known'],
      // "Kothay niye geche": where they were taken.
      [crossed('niye', `${GOING} gechilo gesilo giyeche giyechilo jabe`), 'taken'],
      [['islami rashtro', 'islamic rashtro', 'islami rashtra'], 'Islamic state'],
      [['atmoghati bomber', 'attoghati bomber'], 'suicide bomber'],
      // "Haat milaise" (joined hands), "ber hoise" (came out), "egiye jacche" (going forward), "jayga
      // haraitese" (losing ground), "shubidha paise" (got the advantage): as English says them.
      [crossed('haat hat haath', JOINING), 'partnered'],
      [[...crossed('ber', HAPPENED), ...crossed('ber', CAME), ...crossed('beriye', CAME)], 'emerged'],
      [crossed('agay agaye egiye agiye', GOING), 'advancing'],
      [crossed('jayga jaiga jomi mati elaka', LOSING), 'lost ground'],
      [crossed('shubidha subidha', GETTING), 'gained'],
      [crossed('shesh sesh', HAPPENED), 'ended'],
      // "Shesh hoye jacche" (is being finished), of a side in a war: defeated.
      [crossed('shesh sesh', GOING), 'defeated'],
      [crossed('durbol', 'korte kora korse koreche korbe korar kortese korche korlo'), 'weaken'],
      [crossed('biman bimaan', 'hamla hamlay hamlar akromon'), 'airstrikes'],
      // "Kaje lagaise" (put to use): exploited.
      [
        crossed(
          'kaje kaj',
          conjugated('lag: set', CAUSATIVE_ENDINGS, CAUSATIVE_PERFECT_ENDINGS)
            .map(([form]) => form)
            .join(' '),
        ),
        'exploited',
      ],
      [
        crossed(
          'jot jote',
          conjugated('badh/bedh bandh/bendh: tied', ROOT_ENDINGS, PERFECT_ENDINGS)
            .map(([form]) => form)
            .join(' '),
        ),
        'partnered',
      ],
      [
        crossed('shesh sesh churanto chorom asol', 'lokkho lokhho lokko uddesho uddeshyo uddessho'),
        'ultimate goal',
      ],
      [crossed('nirapotta nirapatta', 'bahini'), 'security forces'],
      [crossed('dwitiyo ditiyo', 'boro brihottom'), 'second largest'],
      [crossed('shob sob', 'cheye'), 'most'],
      [crossed('kotha', 'bolse boleche bollo bolechilo bolsilo'), 'said'],
      [crossed('ure uira', GOING), 'blown away'],
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
          'bujhi nai',
          'bujhlam na',
        ],
        '',
      ],
    ] as const
  ).flatMap(([forms, english]) => forms.map((form): [string, string] => [key(form), english])),
);
const LONGEST_PHRASE = Math.max(...[...PHRASES.keys()].map((phrase) => phrase.split(' ').length));

/** The English a question opens with, as glossed. */
const QUESTION_WORD = /^(?:how|what|who|whom|whose|which|when|where|why|since when|until when)\b/;

/** Questions that take the thing they ask of with them: "kon group" is "which group", "koto bomb" "how many bomb". */
const TAKES_NEXT = /^(?:which|how many|how much)$/;

/** An English question's first word: such a message needs a third marker ("who is Kobe, ekhon theke?"). */
const ENGLISH_OPENING =
  /^\W*(?:what|whats|who|when|where|why|how|which|is|are|was|were|do|does|did|can|could|has|have|had|will|would|should)\b/i;

/** A case ending or classifier typed after an apostrophe or hyphen: "ISKP'r", "shrine-e", "attack-ta". */
const ENDING = /^(.+?)['\u2019-](?:er|r|e|te|ta|ti|ra|der|gulo|gula|guli|ke|re|o|i|eo|rao|tao|tai|y)$/iu;

/**
 * One token's word as typed, without the punctuation around it ("geche?" is "geche") or an ending typed apart
 * ("ISKP'r" is "ISKP"): '' when it is all punctuation.
 */
function wordOf(token: string): string {
  const word = withoutEdges(token);
  return ENDING.exec(word)?.[1] ?? word;
}

/** The words with two typed apart read as one ("kom kore", "shesh e"), names left alone (see JOINED). */
function joined(words: readonly string[], name: (word: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    const one =
      next === undefined || name(words[i]!) || name(next)
        ? undefined
        : JOINED.get(`${key(words[i]!)} ${key(next)}`);
    if (one === undefined) out.push(words[i]!);
    else {
      out.push(one);
      i++;
    }
  }
  return out;
}

/** Does a word (lower case) ask, as a question word does ("koto", "keno")? "Ki" and "ke" ask too. */
function asks(word: string): boolean {
  return word === 'ki' || word === 'ke' || QUESTION_WORD.test(WORDS.get(word) ?? '');
}

/** Is the word one the glossary reads ("mara", "gese")? In a Bengali message it is no English slip. */
export function isBanglishWord(word: string): boolean {
  const lower = key(word);
  return WORDS.has(lower) || DROPPED.has(lower) || MARKERS.has(lower) || COMPANIONS.has(lower);
}

/**
 * The endings of a verb's tenses that only Bengali has ("korche", "kortese", "korse", "korlo", "korsilo",
 * "korbe", "korle", "milaise", "hariyeche", "milacche", and "-te" on a longer root: "dhukte"); not "kore",
 * "kora", nor "-te" on a short one, which other languages' words end in too ("morte", "parte").
 */
const TENSED =
  /(?:che|tese|tase|teche|chi|tesi|chen|tesen|[^aeiou]se|[^aeiou]sen|[^aeiou]si|[^aeiou]lo|alo|len|lam|ilo|silen|[^aeiou]be|abe|ben|aise|aisen|aisi|acche|asse|iyeche|iyechen|[^aeiou]le|...[^aeiou]te)$/;

/**
 * Is a word (as `key` reads it) one only Bengali uses: a marker, a verb of five or more letters in a tense
 * only Bengali has ("haraitese", "milaise"), or another glossary word of five or more letters that no other
 * chat types ("beshirbhag", "shubidha")?
 */
function isMarker(word: string): boolean {
  if (MARKERS.has(word)) return true;
  if (word.length < 5 || SHARED.has(word) || COMPANIONS.has(word) || !WORDS.has(word)) return false;
  return !VERBS.has(word) || TENSED.test(word);
}

/**
 * Question words no other language or name shares, that make a message Bengali on their own ("mosul
 * kothay?"); not "kobe", "koto", "kake", "kader" (Kobe Bryant, the Japanese koto, Kandy Kake, Abdul Kader).
 */
const ASKING_ALONE = wordSet(
  'kothay kothai kothae keno kibhabe kivabe kibhave kivave kemne kmne kemon kokhon kotojon koyjon koijon ' +
    'kototuku kotodin kothakar',
);

/** A word typed with a capital: inside a sentence, a name ("who is Kobe", "what did Kara say"). */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * A message's words as typed (each token's `wordOf`) and its names: a word in capitals ("IS", "ISKP"), or typed
 * with a capital inside a sentence ("Kobe", "Nodi Garments"), unless the message is typed all in capitals or with
 * most words capitalised, when capitals say nothing. A name is no Bengali word, and is kept as typed.
 */
function typedWords(text: string): { typed: string[]; names: ReadonlySet<string>; shouting: boolean } {
  const tokens = text.split(/\s+/).filter((token) => token !== '');
  // Each token's word, '' where it has none: a name is told by the token before it.
  const words = tokens.map(wordOf);
  const typed = words.filter((word) => word !== '');
  const names = new Set<string>();
  const shouting = isShouting(text);
  if (shouting) return { typed, names, shouting };
  const titled = typed.filter((word) => CAPITALISED.test(word)).length * 2 > typed.length;
  words.forEach((word, i) => {
    const opensSentence = i === 0 || /[.!?:;]$/u.test(tokens[i - 1]!);
    if (word !== '' && (ACRONYM.test(word) || (!titled && !opensSentence && CAPITALISED.test(word))))
      names.add(word);
  });
  return { typed, names, shouting };
}

/** The words of a message that may be Bengali, as `key` reads them: all but its names. */
function countedWords({ typed, names }: { typed: string[]; names: ReadonlySet<string> }): string[] {
  return typed.filter((word) => !names.has(word)).map(key);
}

/**
 * Is the message Bengali or Banglish? It holds two distinct Bengali marker words (three when it opens as an
 * English question and no Bengali word asks), companions counting as COMPANIONS says: beside a marker, or
 * two of them with a marker anywhere, or any one with a Bengali question word ("IS er main effort kothay?");
 * with no marker, three of the small words a Bengali sentence is framed with, or two with "er" (see
 * FUNCTION_WORDS); or a question word only Bengali has ("mosul kothay?"). Names do not count, and a message
 * with two of Roman Urdu's, Tagalog's, Spanish's, Portuguese's or Indonesian's commonest words is not Bengali
 * (with one, only its markers count).
 */
export function isBanglish(text: string): boolean {
  const read = typedWords(text);
  const words = countedWords(read);
  const distinct = (set: ReadonlySet<string>) => new Set(words.filter((word) => set.has(word))).size;
  const urdu = distinct(URDU);
  const other = distinct(OTHER);
  if (urdu >= 2 || other >= 2) return false;
  const marked = new Set(words.filter(isMarker));
  if (urdu === 0 && other === 0) {
    if (/\bmane\s+kii?\b/iu.test(text)) marked.add('mane').add('ki');
    const companions = new Set(words.filter((word) => COMPANIONS.has(word)));
    const framing = new Set(words.filter((word) => FUNCTION_WORDS.has(word)));
    const own = [...framing].some((word) => OWN_FUNCTION_WORDS.has(word));
    const many =
      marked.size > 0
        ? companions.size >= 2 || (companions.size >= 1 && [...marked].some(asks))
        : (framing.size >= 3 && own) || (framing.size >= 2 && framing.has('er'));
    words.forEach((word, i) => {
      const beside = isMarker(words[i - 1] ?? '') || isMarker(words[i + 1] ?? '');
      if (COMPANIONS.has(word) && (beside || many)) marked.add(word);
    });
  }
  // "IS kotha theke ber hoise?" opens with a name, not with the English "is".
  const [first = ''] = read.typed;
  const named = !read.shouting && ACRONYM.test(first);
  const opensInEnglish = ENGLISH_OPENING.test(text) && !named;
  const englishOpening = opensInEnglish && !words.some(asks);
  // "Mosul kothay?", "hamla keno?": a question word only Bengali has asks on its own.
  const asking = words.some((word) => ASKING_ALONE.has(word));
  if (asking && urdu === 0 && other === 0 && !opensInEnglish) return true;
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
  noun?: boolean;
  infinitive?: boolean;
  verb?: boolean;
  tensed?: boolean;
  kind?: 'ki' | 'ke' | 'tag';
}

/** The phrase starting at a word, as a piece and the number of words it takes; none when no phrase starts. */
function phraseAt(words: readonly string[], start: number): [Piece, number] | undefined {
  for (let length = Math.min(LONGEST_PHRASE, words.length - start); length >= 2; length--) {
    const phrase = words
      .slice(start, start + length)
      .map(key)
      .join(' ');
    const english = PHRASES.get(phrase);
    if (english !== undefined)
      return [{ text: english, glossed: true, verb: BASE_FORMS.has(english) }, length];
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
    partnered: partner
    joined: join
    emerged: emerge
    advancing: advance
    lost ground: lose ground
    gained: gain
    ended: end
    reached: reach
    heard: hear
    got: get
    showed: show
    kept: keep
    left: leave
    rose: rise
    saved: save
    wrote: write
    pushed out: push out
    blown away: blow away
    understood: understand
    doing: do
    put out: put out
    exploited: exploit
    defeated: defeat
    tied: tie
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
  const { typed, names } = typedWords(text);
  const name = (word: string) => names.has(word);
  // Which words kept come right after a particle dropped ("mosjid e ke hamla korse"): a "ke" there asks who.
  const words: string[] = [];
  const afterParticle: boolean[] = [];
  let dropped = false;
  for (const word of joined(typed, name)) {
    if (!name(word) && DROPPED.has(key(word))) dropped = true;
    else {
      words.push(word);
      afterParticle.push(dropped);
      dropped = false;
    }
  }
  const pieces: Piece[] = [];
  let was = false;
  let will = false;
  for (let i = 0; i < words.length;) {
    const word = words[i]!;
    const lower = key(word);
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
    const closing = `${lower} ${key(words[i] ?? '')}`;
    if (WILL.has(lower) || (VERBS.has(lower) && /ben?$/.test(lower))) will = true;
    // "Chilo" (was) and a verb in the past continuous ("kortesilo", "nachchilo"): a question about then.
    if (VERBS.has(lower) && /(?:te|c|ch|s)h?h?ilo$/.test(lower)) was = true;
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
    } else if (
      (lower === 'ki' || lower === 'kii') &&
      last &&
      (previous?.verb === true || previous?.tensed === true)
    )
      // "Aro hamla hobe ki?", "hamla hoise ki?": a closing "ki" after the verb asks yes or no.
      pieces.push({ text: '', glossed: true, kind: 'tag' });
    else if (lower === 'ki' || lower === 'kii') pieces.push({ text: 'what', glossed: true, kind: 'ki' });
    else if (lower === 'kikore') {
      // "Ora ki kore?" closing asks what they do; "ki kore hoilo" inside asks how.
      if (last)
        pieces.push({ text: 'what', glossed: true, kind: 'ki' }, { text: 'do', glossed: true, verb: true });
      else pieces.push({ text: 'how', glossed: true });
    } else if (lower === 'ke') {
      // "Ke" asks who first, last, before its verb ("hamla ta ke korse", "bomber ta ke chilo"), or after a
      // particle, before a word and its verb ("mosjid e ke hamla korse"); before anything else, or after a
      // "ki" that asks yes or no, it marks the one done to ("ISKP Pakistan ke target korse"), and is dropped.
      const after = key(words[i] ?? '');
      const kiBefore = pieces.some((piece) => piece.kind === 'ki');
      const done =
        VERBS.has(after) ||
        WAS.has(after) ||
        (afterParticle[i - 1] === true &&
          (AFTER_A_WORD.has(key(words[i + 1] ?? '')) || VERBS.has(key(words[i + 1] ?? ''))));
      if (pieces.length === 0 || last || (done && !kiBefore))
        pieces.push({ text: 'who', glossed: true, kind: 'ke' });
    } else if (
      previous !== undefined &&
      ((AFTER_A_WORD.has(lower) && !isAsked(previous) && previous.kind === undefined) ||
        (AFTER_A_VERB.has(lower) && previous.verb === true) ||
        (AFTER_AN_INFINITIVE.has(lower) && previous.infinitive === true))
    )
      // A helper verb after its word: "attack korse" is "attack", "mara geche" "died". What it says of the
      // time is kept for a yes/no question ("did").
      previous.tensed = true;
    else {
      // An infinitive or a verbal noun ("dhukte", "dite", "thamano") reads in the base form: "enter", "give",
      // "stop".
      const gloss = WORDS.get(lower);
      const english =
        VERBS.has(lower) && /(?:te|ano)$/.test(lower) ? (BASE_FORMS.get(gloss!) ?? gloss) : gloss;
      pieces.push(
        english === undefined
          ? { text: word, glossed: false }
          : {
              text: english,
              glossed: true,
              noun: THINGS.has(lower) && !VERBS.has(lower),
              infinitive: VERBS.has(lower) && /te$/.test(lower),
              verb: VERBS.has(lower),
            },
      );
    }
  }
  return inEnglishOrder(
    withPlurals(pieces),
    will ? 'will' : was ? 'was' : 'is',
    /\?\s*$/.test(text) ? '?' : '',
    text,
  );
}

/** Words that count what follows them, which English then puts in the plural ("aro hamla": more attacks). */
const COUNTING = /^(?:more|many|how many|several|all|fewer|other|most)$/;
/** Nouns the gloss gives that have no plural in "-s": uncountable, or plural already. */
const NO_PLURAL = wordSet(
  'people police money security intelligence damage peace fire news terrorism work time control support ' +
    'leadership presence pressure population religion danger fear power revenge advantage opportunity ' +
    'weakness attention silence',
);

/**
 * Bengali does not mark the plural after a word that counts ("aro hamla", "koto desh"); English does, and
 * the article writes "more attacks", "ten countries": a glossed noun after one is put in the plural.
 */
function withPlurals(pieces: readonly Piece[]): Piece[] {
  return pieces.map((piece, i) => {
    const before = pieces[i - 1];
    const counted =
      before?.glossed === true &&
      COUNTING.test(before.text) &&
      piece.noun === true &&
      /^[a-z]+$/.test(piece.text) &&
      !/s$/.test(piece.text) &&
      !NO_PLURAL.has(piece.text);
    if (!counted) return piece;
    return { ...piece, text: piece.text.replace(/([^aeiou])y$/, '$1ie') + 's' };
  });
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
    // "Agun ki ekhono jolteche?": a verb going on asks "is" ("is fire still burning?").
    const going = kept.some((piece) => piece.verb === true && /ing$/.test(piece.text));
    const asking = tense === 'will' || !verb || going ? tense : 'did';
    return `${asking} ${going ? body(kept) : inBaseForm(kept, verb)}${end}`;
  }
  if (question === undefined) return body(kept) + end;
  // "Kothay theke eseche": where did it come from, as English asks it.
  if (question.text === 'where from') {
    const rest = kept.filter((piece) => piece !== question);
    const verb = rest.some((piece) => piece.verb === true);
    return `where ${verb ? 'did' : tense === 'will' ? 'will' : tense} ${inBaseForm(rest, verb)} from${end}`;
  }
  // "Police ki korse", "manush ra ki kortesilo": what they did, as English asks it ("what did police do").
  const doing = kept[kept.indexOf(question) + 1];
  if (question.kind === 'ki' && doing?.verb === true && /^(?:did|do|doing)$/.test(doing.text)) {
    const rest = kept.filter((piece) => piece !== question && piece !== doing);
    const were = tense === 'was' ? 'were' : 'are';
    const asking = doing.text === 'doing' ? were : tense === 'will' ? 'will' : doing.text;
    return `what ${asking} ${body(rest)} ${doing.text === 'doing' ? 'doing' : 'do'}${end}`;
  }
  // The question word put in front, with the thing it counts or picks when that comes next.
  const at = kept.indexOf(question);
  const taken = kept[at + 1];
  const takes =
    TAKES_NEXT.test(question.text) && taken !== undefined && taken.verb !== true && !isAsked(taken);
  const front = kept.splice(at, takes ? 2 : 1);
  return body([...front, ...kept]) + end;
}
