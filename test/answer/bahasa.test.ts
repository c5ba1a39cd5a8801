/**
 * Questions typed in Indonesian or Malay mixed with English ("berapa orang yg meninggal di kebakaran?",
 * "bila kebakaran tu bermula"): told from English, Singlish, Tagalog, Roman Urdu, Hindi, Bengali, Spanish and
 * Portuguese, and read as the English they ask, word for word, the question word in front. The examples are
 * of an invented factory fire in an invented town, Tanjung Weru.
 */
import { describe, expect, it } from 'vitest';
import { bahasaAsEnglish, bahasaWordGloss, isBahasa, isBahasaWord } from '../../src/answer/bahasa.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

describe('telling Indonesian and Malay from other text', () => {
  it('reads a message with two Bahasa words as Bahasa', () => {
    for (const question of [
      'berapa orang yg meninggal di kebakaran Tanjung Weru?',
      'siapa yg nyelametin para pekerja',
      'kapan apinya mulai',
      'kenapa pabriknya gak punya alarm sih',
      'gimana caranya api bisa merebak',
      // Malay: "bila" opening, and the words of "macam mana", count.
      'bila kebakaran tu bermula',
      'macam mana api boleh merebak?',
      // Opening in English, it needs a third Bahasa word: here "sih", "yg", "terjadi" and "pabriknya".
      'what sih yg terjadi sama pabriknya?',
      'BERAPA ORANG YANG MENINGGAL?',
    ])
      expect(isBahasa(question), question).toBe(true);
  });

  it("reads one Bahasa word among Bahasa's small words, or among mostly words it knows, as Bahasa", () => {
    for (const question of [
      // One marker ("nyerang", "gudang", "diserang") and three small words.
      'yg nyerang dari mana ya?',
      'gudang mana di pabrik itu?',
      'para pekerja diserang di mana',
      // One marker among words the glossary reads.
      'pabrik itu ditutup?',
      'korban kebakaran di Tanjung Weru',
      // No marker, but nearly every word Bahasa's.
      'pemilik kena halau dari kampung ke?',
    ])
      expect(isBahasa(question), question).toBe(true);
  });

  it('reads a short message with one strong question word as Bahasa', () => {
    for (const question of ['siapa Sonya Weru?', 'kapan apinya padam?', 'berapa korbannya?', 'kenapa Weru?'])
      expect(isBahasa(question), question).toBe(true);
    // An English question about the word is English.
    expect(isBahasa('what does kenapa mean')).toBe(false);
  });

  it('leaves English alone, even with a Bahasa-looking word or name in it', () => {
    for (const question of [
      'how many workers died in the fire',
      'who is Yang Li',
      'what did the fire chief say about the dam in Bali?',
      'is the factory closed?',
      'who owns the Ada textile mill',
      'how many people live in Tanjung Weru?',
      'was the orang utan sanctuary near the factory?',
      // Capitals are a name in a message not all in capitals: "YG" and "DIA" are companies or agencies.
      'did YG Textiles tell the DIA about the fire',
      'what is the name of the river',
      'is it true',
      'why did the warehouse burn first',
      'when did the fire start',
      'where were the injured taken',
      'how long did the fire burn?',
      'which company owns the factory',
      'who rescued the workers',
      'how old was the factory',
      'what caused the fire?',
      'did the governor visit the hospital?',
      'how many were injured',
    ]) {
      expect(isBahasa(question), question).toBe(false);
      expect(bahasaAsEnglish(question)).toBe(question);
    }
  });

  it('leaves Tagalog alone', () => {
    for (const question of [
      'ilan yung namatay sa sunog sa pabrika?',
      'sino po yung may-ari ng factory',
      'kailan nagsimula ang sunog',
      'bakit walang alarm ang pabrika',
      'saan dinala yung mga nasugatan',
      'ano ba talaga ang nangyari',
      'ilang taon yung may-ari?',
      'sino sino ang nasugatan sa sunog',
      'paano kumalat yung apoy sa bodega',
      'totoo ba na 9 ang namatay?',
      'may namatay ba sa mga bumbero',
      'sino ba talaga ang may-ari',
      'kelan nagsimula ang sunog sa bodega',
      'paano nakalabas yung mga trabahador',
      'bakit daw walang alarm',
    ]) {
      expect(isBahasa(question), question).toBe(false);
      expect(bahasaAsEnglish(question)).toBe(question);
    }
  });

  it('leaves Singlish alone, with its Malay words ("kena", "lah", "boleh")', () => {
    for (const question of [
      'how many die ah',
      'got people injured or not',
      'who own the factory one ah',
      'the fire start when lah',
      'police catch the owner already or not',
      'wah so many die sia',
      'the hospital where one ah',
      'why the alarm never ring leh',
      'can tell me how many injured or not lah',
      'alamak the workers kena burn, boleh check how many?',
      'the owner damn young sia, how old ah',
      'jialat lah, how many workers die',
      'the police got catch anyone or not',
      'boleh tell me who start the fire',
      'walao the factory kena fire again meh',
    ]) {
      expect(isBahasa(question), question).toBe(false);
      expect(bahasaAsEnglish(question)).toBe(question);
    }
  });

  it('leaves Roman Urdu and Hindi alone', () => {
    for (const question of [
      'factory mein kitne log mare',
      'aag kab se lagi hui thi',
      'bila wajah factory kyun band ki',
      'apa ne bataya ke kitne log zakhmi hue',
      'factory pe aag kisne lagayi',
      'kitne log zakhmi hue the',
      'ye aag kab lagi',
      'malik ka kya kehna hai',
      'police ne kya kaha',
      'dam kahan pe hai',
      'kya ye sach hai ke 9 log mare',
      'mazdoor kahan le jaye gaye',
      'namaz ada karne ke baad kitne log the',
      'sab log kidhar gaye',
      'kab tak factory band rahegi',
    ]) {
      expect(isBahasa(question), question).toBe(false);
      expect(bahasaAsEnglish(question)).toBe(question);
    }
  });

  it('leaves Bengali alone', () => {
    for (const question of [
      'koto jon mara geche',
      'apa ki bolse agun niye',
      'factory te agun kivabe laglo',
      'kothay agun laglo',
      'kobe hoyeche eta',
      'keno eto manush mara gelo',
      'ke dayi ei agun er jonno',
      'police ki bolse',
      'koto jon ahoto hoyeche',
      'hospital e koyjon ache',
      'eta ki sotti',
      'oi factory er malik ke',
      'agun kokhon nevano hoy',
      'dam ta kothay',
      'shobai ki nirapod',
    ]) {
      expect(isBahasa(question), question).toBe(false);
      expect(bahasaAsEnglish(question)).toBe(question);
    }
  });

  it('leaves Spanish and Portuguese alone', () => {
    for (const question of [
      'cuantos murieron en el incendio',
      'quién es el dueño de la fábrica',
      'donde empezó el fuego',
      'quantos morreram no incêndio',
      'quem é o dono da fábrica?',
      'onde fica a fábrica',
      'por que o alarme não tocou',
      'cuándo empezó el incendio',
      'qué pasó en la fábrica',
      'o dono da fábrica foi preso?',
      'hubo muchos heridos?',
      'a polícia disse o quê',
      'cuál fue la causa del incendio',
      'quantas pessoas ficaram feridas',
      'dia do incêndio foi quando',
    ]) {
      expect(isBahasa(question), question).toBe(false);
      expect(bahasaAsEnglish(question)).toBe(question);
    }
  });
});

describe('reading Indonesian and Malay as English', () => {
  it('puts the question word first and drops the particles', () => {
    expect(bahasaAsEnglish('berapa orang yg meninggal di kebakaran?')).toBe('how many people died in fire?');
    expect(bahasaAsEnglish('siapa yg nyelametin para pekerja')).toBe('who rescued workers');
    expect(bahasaAsEnglish('apinya mulai di mana?')).toBe('where fire started?');
    expect(bahasaAsEnglish('kenapa pabriknya gak punya alarm sih')).toBe('why factory not have alarm');
    expect(bahasaAsEnglish('bila kebakaran tu bermula')).toBe('when fire started');
    expect(bahasaAsEnglish('macam mana api boleh merebak?')).toBe('how fire can spread?');
  });

  it('keeps the counted or picked thing beside its question word', () => {
    expect(bahasaAsEnglish('pabrik udah kena berapa kebakaran?')).toBe('how many fire factory hit?');
    expect(bahasaAsEnglish('mangsa cedera dihantar ke hospital mana?')).toBe(
      'which hospital injured taken to?',
    );
    expect(bahasaAsEnglish('gudang mana yang terbakar duluan')).toBe('which warehouse burned first');
    expect(bahasaAsEnglish('korbannya berapa sih')).toBe('how many victims');
  });

  it('keeps English words, names and numbers as typed', () => {
    expect(bahasaAsEnglish('berapa orang yg meninggal di kebakaran Tanjung Weru?')).toBe(
      'how many people died in fire Tanjung Weru?',
    );
    expect(bahasaAsEnglish('apa kata fire chief soal alarm yg rusak?')).toBe(
      'what said fire chief about alarm damaged?',
    );
    // A word in capitals is a name: "DI" stays, though "di" is "in".
    expect(bahasaAsEnglish('berapa pekerja yg dirawat di klinik DI Weru?')).toBe(
      'how many workers treated in clinic DI Weru?',
    );
    expect(bahasaAsEnglish('apa itu BPBD?')).toBe('what is BPBD?');
    // "-nya" on an English word is Bahasa's "the".
    expect(bahasaAsEnglish('kenapa alarmnya gak bunyi?')).toBe('why alarm not bunyi?');
    // "AS" is the United States, as English writes it.
    expect(bahasaAsEnglish('AS kirim bantuan gak?')).toBe('did US send help?');
  });

  it('writes numbers in words as figures', () => {
    expect(bahasaAsEnglish('bener gak lima puluh dua pekerja tewas?')).toBe('did 52 workers die?');
    expect(bahasaAsEnglish('seratus lima orang dirawat di rumah sakit?')).toBe(
      'did 105 people treat in hospital?',
    );
    expect(bahasaAsEnglish('dua belas pekerja hilang kan?')).toBe('is 12 workers missing?');
    expect(bahasaAsEnglish('tiga gudang yang terbakar?')).toBe('did three warehouse burn?');
  });

  it('reads the affixed and chat forms of a verb from its root', () => {
    expect(bahasaAsEnglish('siapa yg nyerang pemadam kebakaran?')).toBe('who attacked firefighters?');
    expect(bahasaAsEnglish('siapa penyerang pemadam kebakaran?')).toBe('who is attacker firefighters?');
    expect(bahasaAsEnglish('kapan penyerangan itu terjadi?')).toBe('when attack that happened?');
    expect(bahasaAsEnglish('pekerja dievakuasi ke mana?')).toBe('where workers evacuated?');
    expect(bahasaAsEnglish('kenapa pemerintah menutup pabrik itu?')).toBe(
      'why government closed factory that?',
    );
    expect(bahasaAsEnglish('berapa pekerja yg ditangkap?')).toBe('how many workers arrested?');
    expect(bahasaAsEnglish('kapan penangkapan pemiliknya?')).toBe('when arrest owner?');
    expect(bahasaAsEnglish('siapa yg ngebom gudang?')).toBe('who bombed warehouse?');
    // Malay's "kena" makes the deed done to someone.
    expect(bahasaAsEnglish('pemilik pabrik kena tangkap ke?')).toBe('did owner factory arrest?');
    // "Meninggal" dies, though "tinggal" lives; "menewaskan" kills.
    expect(bahasaAsEnglish('kebakaran itu menewaskan berapa orang?')).toBe(
      'how many people fire that killed?',
    );
  });

  it('reads phrases before single words', () => {
    expect(bahasaAsEnglish('berapa lama apinya baru padam?')).toBe('how long fire extinguished?');
    expect(bahasaAsEnglish('pemadam kebakaran datang jam berapa?')).toBe('what time firefighters came?');
    expect(bahasaAsEnglish('yg meninggal umurnya berapa?')).toBe('how old died?');
    expect(bahasaAsEnglish('sejak kapan pabrik itu ada di sini?')).toBe('since when factory that in here?');
    expect(bahasaAsEnglish('korban luka dibawa ke rumah sakit mana?')).toBe(
      'which hospital injured taken to?',
    );
    expect(bahasaAsEnglish('berapa korban tewas?')).toBe('how many died?');
    expect(bahasaAsEnglish('siapa nama pemilik pabrik?')).toBe('what is the name of owner factory?');
  });

  it('reads a yes/no question as one', () => {
    expect(bahasaAsEnglish('polisi udah nangkep pemiliknya belum?')).toBe('did police arrest owner?');
    expect(bahasaAsEnglish('apakah gubernur dateng ke rumah sakit?')).toBe('did governor come to hospital?');
    expect(bahasaAsEnglish('betul ke 9 orang mati dalam kebakaran tu?')).toBe(
      'did 9 people die inside fire?',
    );
    expect(bahasaAsEnglish('bener gak apinya dari gudang?')).toBe('is fire from warehouse?');
    expect(bahasaAsEnglish('pemilik pabrik bakal ditangkap gak?')).toBe('will owner factory arrest?');
    expect(bahasaAsEnglish('ada korban anak2 gak?')).toBe('is victims children?');
    // A question word asks already: no "did" before it, nor before an English one typed.
    expect(bahasaAsEnglish('kenapa alarm gak bunyi?')).toBe('why alarm not bunyi?');
    expect(bahasaAsEnglish('what sih yg terjadi sama pabriknya?')).toBe('what happened with factory?');
  });

  it('reads the same in capitals as in lower case', () => {
    for (const question of [
      'berapa orang yg meninggal di kebakaran?',
      'bila kebakaran tu bermula',
      'berapa lama apinya baru padam?',
    ])
      expect(bahasaAsEnglish(question.toUpperCase()).toLowerCase()).toBe(bahasaAsEnglish(question));
  });

  it('knows its own words, with their endings', () => {
    for (const word of ['meninggal', 'yg', 'korbannya', 'Kenapa', 'gak', 'sih', 'luka2', 'penyerangan'])
      expect(isBahasaWord(word), word).toBe(true);
    for (const word of ['fire', 'factory', 'Weru', 'the']) expect(isBahasaWord(word), word).toBe(false);
  });

  it('gives one word an English word, as typed inside an English question', () => {
    for (const [word, english] of [
      ['serangan', 'attack'],
      ['penyerangan', 'attack'],
      ['diserang', 'attacked'],
      ['nyerang', 'attacked'],
      ['ngebom', 'bombed'],
      ['pengebom', 'bomber'],
      ['kebakaran', 'fire'],
      ['korbannya', 'victims'],
      ['pengungsi', 'evacuees'],
      ['dievakuasi', 'evacuated'],
      ['menewaskan', 'killed'],
      ['kekalahan', 'defeat'],
      ['pemadam', 'firefighters'],
      ['gudang', 'warehouse'],
    ] as const)
      expect(bahasaWordGloss(word), word).toBe(english);
  });
});

describe('chat Bahasa with one or two Bahasa words among English ones', () => {
  it('reads a message with a pointer and a question word after its topic as Bahasa', () => {
    for (const [question, english] of [
      ['YGT tu apa', 'what is YGT'],
      ['kebakaran tu bila', 'when fire'],
      ['pabriknya tu kat mana', 'where factory'],
      ['owner nya tu siapa', 'who is owner'],
      ['perjanjian gaji tu apa jadi', 'what happened to deal salary'],
    ] as const)
      expect(bahasaAsEnglish(question), question).toBe(english);
  });

  it('reads a name in capitals opening a Bahasa message as a name, not an English "is"', () => {
    expect(isBahasa('IS emang nyerang pabrik itu gak?')).toBe(true);
    expect(bahasaAsEnglish('BPBD emang udah datang gak?')).toBe('did BPBD come?');
    // In English, "Is" opening still asks.
    expect(isBahasa('Is the Ada mill near Bali?')).toBe(false);
  });

  it('drops chat fillers and reads chat spellings ("lg", "tgh", "dlm", "thd", "intinya")', () => {
    for (const [question, english] of [
      ['pekerja lg sibuk ngapain pas apinya mulai', 'what doing workers during fire started'],
      ['pekerja tgh buat apa masa api tu merebak', 'what doing workers during fire spread'],
      ['berapa ramai pekerja mati dlm kebakaran tu', 'how many workers died inside fire'],
      ['apinya tewaskan berapa org', 'how many people fire killed'],
      ['jd intinya pemilik mau apa', 'what goal owner'],
      ['kenapa pabrik itu jadi sasaran', 'why factory that targeted'],
      ['gudang dah lama ke terbakar', 'did warehouse long burn'],
      ['siapa yg nulis laporan kebakaran itu', 'who contributed reporting fire that'],
    ] as const)
      expect(bahasaAsEnglish(question), question).toBe(english);
  });

  it('leaves English, Roman Urdu, Hindi, Tagalog, Spanish, Portuguese and Bengali questions alone', () => {
    for (const question of [
      'who started the fire at the mill?',
      'how many workers were hurt in the blaze',
      'Is the dye warehouse still open?',
      'aag mein kitne mazdoor zakhmi hue',
      'malik ne fire ke baare mein kya kaha',
      'factory ka owner kaun hai',
      'ilan ang nasugatan sa sunog sa pabrika',
      'sino ang may-ari ng pabrika',
      'bakit hindi gumana ang alarm',
      'cuántos trabajadores murieron en el incendio',
      'quién es el dueño de la fábrica',
      'quantos trabalhadores morreram no incêndio',
      'quem é o dono da fábrica',
      'koto jon mara geche agune',
      'factory te agun keno laglo',
    ]) {
      expect(isBahasa(question), question).toBe(false);
      expect(bahasaAsEnglish(question), question).toBe(question);
    }
  });

  it('glosses the affixed forms of more verbs, and more words of news and chat', () => {
    for (const [word, english] of [
      ['tewaskan', 'killed'],
      ['ngincer', 'targeted'],
      ['menargetkan', 'targeted'],
      ['memanfaatkan', 'exploited'],
      ['melemahkan', 'weaken'],
      ['menguat', 'strengthened'],
      ['bermutasi', 'mutated'],
      ['berafiliasi', 'affiliated'],
      ['penusukan', 'stabbing'],
      ['bentrokan', 'clashes'],
      ['dimakamkan', 'buried'],
      ['sempalan', 'offshoots'],
      ['penyintas', 'survivors'],
      ['thd', 'against'],
      ['dlm', 'inside'],
      ['skrng', 'now'],
      ['kuasai', 'controlled'],
      ['dengerin', 'heard'],
    ] as const)
      expect(bahasaWordGloss(word), word).toBe(english);
  });
});

describe('an Indonesian or Malay question asked of an article', () => {
  it('gets the English question’s answer, and is declined where the article is silent', async () => {
    const { engine } = await articleEngineWithVectors(
      'fire.md',
      [
        '# The Tanjung Weru factory fire',
        '',
        'The fire at the Weru textile factory in Tanjung Weru started in the dye warehouse shortly after midnight.',
        '',
        'The district fire brigade said 9 workers died and 31 were injured.',
        '',
        'The injured were taken to the Weru district hospital, which the governor visited on Monday.',
      ].join('\n'),
    );
    // Asked as typed: read-question.ts reads the Malay, and "did you mean" leaves its words alone.
    expectAnswered(engine, [
      ['berapa orang yg meninggal di kebakaran itu?', '9 workers died'],
      ['brp pekerja yg luka2?', '31 were injured'],
      ['apinya mulai di mana?', 'started in the dye warehouse'],
      ['korban luka dibawa ke mana?', 'taken to the Weru district hospital'],
      ['bila gabenor melawat hospital?', 'the governor visited on Monday'],
      ['berapa ramai pekerja mati dlm kebakaran tu', '9 workers died'],
      ['apinya tewaskan berapa org', '9 workers died'],
      ['gudang tu kat mana', 'dye warehouse'],
    ]);
    expectDeclined(engine, ['siapa nama pemilik pabrik?', 'berapa orang yg meninggal di jakarta?']);
  });
});
