/**
 * Questions typed in Portuguese mixed with English, as Brazilian and Portuguese members write ("quantos
 * morreram no incêndio da fábrica?", "quem fez o ataque", "onde foi isso", "mano, pq a polícia não chegou"):
 * read as the English they ask, word for word, with the question word put in front ("how many died fire
 * factory?"). The search reads words, not their order, so the gloss need not be good English; English words,
 * names and numbers pass as typed, and the answer is still a verbatim quote of the article. Only a message
 * with two or more words that only Portuguese uses ("quantos", "quem", "morreram", "né", "vc") is read so.
 *
 * The same idea as tagalog.ts and spanish.ts, kept small and on its own: a glossary of the forms members type
 * (each verb with its inflected and chat spellings listed, "morreu morreram morrem faleceu"), not a grammar.
 * A yes/no question ("a polícia prendeu alguém?") reads as one: "did police arrest anyone?". This reader runs
 * before the Spanish one, so it claims no message that is Spanish: the two languages share many words, and a
 * message with two words only Spanish uses ("cuantos", "murieron") is left to spanish.ts.
 */

/**
 * Portuguese words no English, Roman Urdu / Hindi, Tagalog, Spanish, French, German or Dutch question uses:
 * two distinct ones make a message Portuguese. Left out, though common Portuguese, because other chat types
 * them too: "que", "como", "porque", "por", "para", "de", "se", "mas", "menos", "antes", "desde", "entre",
 * "sobre", "contra", "era", "esta", "este", "estas", "todos", "nada", "nunca", "grupo", "ataque", "ataques",
 * "atentado", "bomba", "gente", "tipo", "mano", "policia", "incendio", "fabrica", "santuario", "pais",
 * "significa", "explica", "alerta", "semana", "dia", "ano", "anos", "vdd", "tb", "qndo", "pq" (Spanish too:
 * "pq", "tb" and "qndo" are Spanish chat's "porque", "también" and "cuando", "mano" its "hermano", "tipo" its
 * "guy"; "ano" is also Tagalog's "what", "mano" Hindi's "believe", "pq" French chat's "pourquoi"); "o", "a",
 * "os", "as", "um", "uma", "do", "da", "dos", "das", "no", "na", "nos", "nas", "em", "e", "ou", "mais", "eu",
 * "ja", "so", "ate", "ha", "la", "ta", "to", "ne", "ai", "ao", "po", "sim", "ver", "sei", "mal", "pro",
 * "pelo", "num", "sem", "dito", "ali", "malta" (English "a", "as", "do", "so", "ate", "to", "um", "em",
 * "pro", "sim"; Roman Urdu "na", "ai" (came), "ao" (come), "ne", "se", "da"; Tagalog "na", "po", "dito"
 * (here); French "ou", "mais", "eu", "ne", "la", "a"; German "da", "das", "ja", "sei", "um", "mal"; Dutch
 * "na", "de", "ver"; Spanish "no", "os" (you), "dos" (two), "pelo" (hair), "ta" (chat's "está"); the names
 * Ali and Malta). An accent makes some of them Portuguese, and they are listed so: "né", "tá", "tô", "pô",
 * "pá", "aí", "lá", "já", "só", "até", "há", "é", "às", "água", "sério", "incêndio", "polícia", "síria",
 * "islâmico". "Foi" (French "faith"), "onde" (French "wave"; Spanish chat's "donde" at times) and "cara"
 * (Spanish "face") are kept: they are among Portuguese's commonest chat words, and a French or Spanish
 * question holds no second Portuguese word beside them (a Spanish one holds Spanish-only words, see OTHER).
 * The words left out are still glossed once a message is Portuguese.
 */
const MARKERS = new Set(
  // Asking: how many, who, where, when, which, what, why.
  (
    'quantos quantas quanto quanta qntos qnts qtos qts quem qm onde aonde cadê cade quando qnd qdo qual ' +
    'quais porquê oq oque quão quao ' +
    // Doing, as typed: died, killed, injured, attacked, exploded, claimed, said, happened, started...
    'morreram morreu morrem morre morrer morrido faleceu faleceram mataram matou matam assassinaram ' +
    'assassinou feriu feriram ferido feridos ferida feridas machucados atacou atacaram atacam explodiu ' +
    'explodiram detonou reivindicou reivindicaram assumiu assumiram disse disseram dizem diz falou falaram ' +
    'afirmou declarou anunciou aconteceu aconteceram acontece acontecendo rolou ocorreu começou comecou ' +
    'começaram comecaram iniciou surgiu surgiram fundou fez fizeram faz fazem houve teve tiveram tinha ' +
    'tinham tem têm foi foram eram estava estavam estão estao tava tavam ficou ficaram vai vão vao veio ' +
    'vieram vem pode podem podia quer querem queria queriam fugiu fugiram levaram levou prendeu prenderam ' +
    'presos destruiu destruíram destruiram perdeu perderam ganhou aumentou aumentaram cresceu mudou ' +
    'mudaram mandou enviou chegou chegaram saiu saíram sairam deixou deixaram apoia apoiam usou chama ' +
    'chamam chamava acho fica ficam ficava existe existem escolheu escolheram falhou falharam fracassou ' +
    'fracassaram ' +
    // The news: dead, victims, mosque, flood, overflowed, warned, fire, police, government, people, city, ...
    'mortos mortas vítimas vitimas mesquita igreja escola enchente cheias alagamento incêndio fogo ' +
    'bombeiros transbordou transbordaram desabrigados desalojados avisou avisaram choveu chove baixou água ' +
    'havia polícia governo exército exercito cidade pessoas crianças criancas mulheres homens homem ' +
    'notícia reportagem matéria artigo explosão explosao bombardeio atirador tiroteio chacina suspeito ' +
    'perigoso perigosa perigosos responsável responsavel responsáveis acordos homem-bomba testemunha ' +
    'prefeito moradores trabalhadores fiéis fieis idade nome vezes mês segurança seguranca ameaça ameaca ' +
    'fronteira paquistão paquistao afeganistão afeganistao iraque síria islâmico eua ' +
    // Pointers, pronouns, particles, time and amounts.
    'você voce vc vcs vocês voces ele eles ela elas dele dela deles delas isso isto esse essa esses essas ' +
    'aquele aquela aquilo nesse nessa neste nesta naquele disso disto desse dessa deste desta nele nela ' +
    'sua seu meu minha nossa nosso lhe mim não nao né tá tô pô pá aí lá já só até há é às também tambem ' +
    'tbm ainda agora hoje ontem amanhã amanha depois então entao muito muita muitos muitas pouco poucos ' +
    'sério alguém alguem ninguém ninguem algum alguma nenhum nenhuma tudo sempre enquanto pra pras pela ' +
    'pelas numa com pois cara galera mds uai eita oxe ué rsrs'
  ).split(' '),
);

/**
 * Spanish words Portuguese does not use, and Roman Urdu's and Tagalog's commonest: a message with two of them
 * is Spanish (or Urdu, or Tagalog), whatever else it holds, and is left to its own reader ("cuantos murieron
 * en la mezquita", "donde fue eso"). A word typed with "ñ" and an opening "¿" or "¡" count here too.
 */
const OTHER = new Set(
  (
    'cuantos cuantas cuanto cuanta kuantos kuantas quien quienes kien kienes donde dnde cuando kuando cual ' +
    'cuales murieron murio mueren muertos muertas muerto muerta muerte muertes heridos heridas herido ' +
    'hirieron lesionados fallecidos mataron mato atacaron ataco hubo hay dijo dijeron dicen paso ocurrio ' +
    'sucedio empezo empezaron comenzo comenzaron fue fueron eran estan estaban estaba ayer hoy ahora ' +
    'tambien despues entonces luego pues oye oigan eso esto esos ese el los las del en con una unos unas ' +
    'un muy mucho muchos muchas ellos ellas ella usted ustedes nosotros yo tiene tienen tenia hizo ' +
    'hicieron quiere quieren puede pueden hace hacen mezquita gobierno ejercito ciudad inundacion ' +
    'personas victimas pero hasta hacia segun aca alli ahi nadie alguien mismo nuevo nueva es ' +
    // Roman Urdu and Tagalog.
    'hai hain kya kia tha thi nahi mein ang ng mga yung'
  ).split(' '),
);

/**
 * Articles, particles, fillers and the speaker's own pronouns: how Portuguese frames a question, not what it
 * asks. "Que" and "como" are not here: they ask ("what", "how") when they open the question or carry an
 * accent ("quê"), and are dropped elsewhere ("disse que", "como o ISKP").
 */
const DROPPED = new Set(
  (
    'o a os as um uma uns umas de d do da dos das no na nos nas num numa nuns numas em ao aos à às pelo ' +
    'pela pelos pelas e ou se me te lhe lhes eu mim comigo você voce vc vcs vocês voces tu seu sua seus ' +
    'suas meu minha meus minhas teu tua pá nosso nossa nossos gente já ja então entao aí ai pois tipo mano ' +
    'eae eai salve mana cara galera pessoal velho véi vei mds pô po ué ue uai eita oxe opa oi olá ola hein ' +
    'hem kk kkk kkkk kkkkk kkkkkk rsrs haha hahaha aliás alias enfim bem assim tal obrigado obrigada vlw ' +
    'valeu blz beleza pfv pfvr pf plmds hum hmm ahn ah oh sabe sabem sabia né ne vdd verdade certo mesmo ' +
    'sério serio confere tlgd sacou ' +
    // "Deixou 52 mortos" (left 52 dead): the dead are what is asked about.
    'deixou deixaram deixa'
  )
    .split(' ')
    .map(plain),
);

/**
 * The copula's forms, "there is" ("há", "houve", "teve") and "became" ("ficaram feridos"): dropped, but a
 * yes/no question with one asks "is" ("é perigoso?", "houve feridos?"). "É" typed plain is "e" (and), and
 * so is not here; "eh" is how chat types "é".
 */
const COPULA = new Set(
  (
    'eh sao ser foi foram era eram sera serao seria estao estava estavam estar esteve ta tava tavam fica ' +
    'ficou ficaram houve ha havia teve'
  ).split(' '),
);

/** Words that, dropped, still say a yes/no question is asked ("né?", "verdade?", "é sério?"). */
const YES_NO_TAG = new Set(['ne', 'vdd', 'verdade', 'certo', 'mesmo', 'serio', 'confere']);

/** A glossary table: each line is Portuguese forms, a colon, and their English. */
function glossary(table: string): Array<[string, string]> {
  return table
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [forms = '', english = ''] = line.split(':');
      return forms
        .trim()
        .split(/\s+/)
        .map((form): [string, string] => [plain(form), english.trim()]);
    });
}

/**
 * Words and their English, looked up without accents (a typed "morreu" and "explosão" are "morreu" and
 * "explosao"; the forms are listed as typed, accents and all, and read plain). "Que" and "como" are read
 * apart (see DROPPED).
 */
const WORDS: ReadonlyMap<string, string> = new Map([
  // Question words.
  ...glossary(`
    quem qm quen: who
    quantos quantas qntos qnts qtos qts quantu: how many
    quanto quanta qnto: how much
    quando qnd qndo qdo: when
    onde ond aonde cadê kd: where
    donde: where from
    porque porquê pq pk pq: why
    qual quais ql qls: which
    oq oque: what
    quão: how
  `),
  // Pronouns, pointers, amounts.
  ...glossary(`
    ele: he
    ela: she
    eles elas: they
    dele: his
    dela: her
    deles delas: their
    nós: we
    isso isto esse essa esses essas este estes estas aquele aquela aqueles aquelas aquilo disso disto: that
    desse dessa deste desta daquele daquela nesse nessa neste nesta naquele naquela nisso nele nela: that
    aqui: here
    lá: there
    todos todas todo toda tudo: all
    outro outra outros outras: other
    muitos muitas muito muita: many
    poucos poucas pouco pouca: few
    alguns algumas algum alguma: some
    alguém alguem: anyone
    ninguém ninguem nenhum nenhuma: none
    cada: each
    mais: more
    menos: less
    primeiro primeira: first
    segundo segunda: second
    último última ultimo ultima últimos ultimos: last
    um uma: one
    dois duas: two
    três tres: three
    dez: ten
    cem cento: hundred
    centenas: hundreds
    mil: thousand
    milhares: thousands
    dezenas: dozens
  `),
  // Linking words, time and measure.
  ...glossary(`
    por: by
    para pra pro pras pros: for
    com: with
    sem: without
    sobre: about
    contra: against
    entre: between
    desde: since
    até: until
    durante: during
    enquanto: while
    antes: before
    depois: after
    mas porém: but
    também tbm tb: also
    só somente apenas: only
    não nao ñ: not
    ainda: still
    perto: near
    longe: far
    dentro: inside
    fora: outside
    hoje: today
    ontem: yesterday
    amanhã: tomorrow
    agora: now
    noite: night
    manhã: morning
    tarde: afternoon
    recentemente recente: recent
    passado passada: last
    ano anos: year
    mês meses: month
    semana semanas: week
    dia dias: day
    hora horas: hour
    data: date
    vez vezes: times
    idade: age
    sempre: always
    nunca: never
  `),
  // People, places, things and what they are like.
  ...glossary(`
    grupo: group
    grupos: groups
    governo: government
    polícia policia policiais: police
    exército: army
    militares: military
    soldados: soldiers
    forças: forces
    tropas: troops
    presidente: president
    prefeito: mayor
    líder lider líderes lideres chefe: leader
    membros: members
    combatentes: fighters
    militantes: militants
    terrorista terroristas: terrorists
    atacante atacantes agressor: attacker
    atirador atiradores: gunman
    suspeito suspeitos: suspect
    suicida: suicide
    homem-bomba homens-bomba: suicide bomber
    testemunha testemunhas: witness
    vítima vítimas: victims
    sobreviventes: survivors
    desaparecidos: missing
    bombeiros: firefighters
    autoridades: officials
    porta-voz: spokesman
    analista analistas: analysts
    especialista especialistas: experts
    peregrinos: pilgrims
    fiéis devotos: worshippers
    trabalhadores operários funcionários: workers
    moradores: residents
    vizinhos: neighbours
    voluntários: volunteers
    menino garoto: boy
    menina garota: girl
    desabrigados desabrigadas desalojados desalojadas: displaced
    pessoa pessoas: people
    homem homens: men
    mulher mulheres: women
    criança crianças: children
    família famílias: families
    adolescente: teenage
    jovem jovens: young
    dono: owner
    país: country
    países: countries
    nação: nation
    cidade: city
    cidades: cities
    vila aldeia: village
    bairro: district
    província: province
    estado: state
    região regiões: region
    fronteira: border
    área zona: area
    lugar: place
    capital: capital
    mesquita: mosque
    santuário: shrine
    templo: temple
    túmulo: tomb
    igreja: church
    escola: school
    academia: academy
    hospital: hospital
    fábrica: factory
    casa casas: house
    ginásio: gym
    câmara prefeitura: council
    prédio: building
    rua: street
    ponte: bridge
    rio: river
    barragem represa: dam
    água: water
    chuva chuvas: rain
    alerta aviso: warning
    enchente enchentes inundação inundações alagamento cheia cheias: flood
    incêndio fogo: fire
    terremoto: earthquake
    ataque atentado: attack
    ataques atentados: attacks
    explosão explosões: blast
    bomba bombas: bomb
    bombardeio: bombing
    massacre chacina: massacre
    tiroteio: shooting
    guerra: war
    paz: peace
    acordo: deal
    acordos: deals
    ameaça: threat
    segurança: security
    inteligência: intelligence
    táticas tática estratégia: tactics
    objetivo objetivos meta: goal
    razão motivo causa: reason
    mensagem recado: message
    poder: power
    território: territory
    operações operação: operations
    atividade atividades: activity
    presença: presence
    relação relações laços: ties
    terreno: ground
    inimigo inimiga: enemy
    separatistas: separatists
    coalizão: coalition
    califado: caliphate
    momento: moment
    ramificações filiais braços: offshoots
    sectário sectários: sectarian
    derrota: defeat
    população: population
    santo: saint
    sufi sufis: Sufi
    islâmico islâmica: Islamic
    nome: name
    notícia notícias: news
    artigo matéria reportagem texto: article
    relatório: report
    dinheiro: money
    armas: weapons
    danos estragos: damage
    perigoso perigosa perigosos: dangerous
    responsável responsáveis: responsible
    difícil dificuldade dificuldades: difficult
    forte: strong
    violento violentos: violent
    importante: important
    grande grandes: big
    maior: largest
    pequeno pequena: small
    novo nova novos novas: new
    vivo vivos: alive
    ativo ativa: active
    mortos mortas morto morta falecidos: dead
    morte mortes: deaths
    feridos feridas ferido ferida machucados: injured
    paquistão: Pakistan
    paquistanês paquistanesa paquistaneses: Pakistani
    afeganistão: Afghanistan
    iraque: Iraq
    síria: Syria
    rússia: Russia
    russo russos: Russian
    áfrica: Africa
    europa: Europe
    líbia: Libya
    egito: Egypt
    iêmen: Yemen
    baluchistão balochistão: Balochistan
    baluchi baluchis balúchi balúchis balochi: Baloch
    carachi: Karachi
    mossul: Mosul
    eua: US
    talibã talibãs taliban: Taliban
    americanos americano americana: American
  `),
  // Doing: each verb with the forms typed (past "-ou" / "-eu" / "-iu" / "-aram", present "-a" / "-am", done
  // "-ado" / "-ido").
  ...glossary(`
    morreram morreu morrem morre morrer morrido faleceram faleceu falece: died
    mataram matou matam mata matar matado assassinaram assassinou assassinados: killed
    feriram feriu: wounded
    atacaram atacou atacado atacada atacados atacam ataca atacar: attacked
    explodiu explodiram explode explodir detonou detonaram: exploded
    reivindicou reivindicaram reivindica assumiu assumiram assume: claimed
    autoria responsabilidade: responsibility
    disse disseram dizem diz dizer falou falaram declarou declararam afirmou afirmaram: said
    anunciou anunciaram: announced
    aconteceu aconteceram acontece acontecem ocorreu ocorreram rolou: happened
    acontecendo: happening
    começou começaram começa iniciou iniciaram: started
    terminou terminaram acabou: ended
    surgiu surgiram nasceu: emerged
    fundou fundaram fundado criou criaram criado: founded
    fez fizeram faz fazem feito: did
    quer querem: want
    queria queriam quis: wanted
    busca buscam procura procuram: seeking
    fugiram fugiu fogem foge fugir escaparam escapou: fled
    transferiu transferiram transferir: relocated
    mudou mudaram mudar: changed
    vai vão vao ir: go
    vem vêm veio vieram: come
    mandou mandaram enviou enviaram: sent
    levaram levou levados levadas: taken
    entrou entraram entrar penetrar: penetrate
    usa usam usou usaram: use
    opera operam operava: operates
    controla controlam controlava: controls
    viajou viajaram viajava viajavam: travelled
    uniu uniram aliou aliaram juntou: partnered
    perdendo: losing
    ganhando: gaining
    atacando: attacking
    matando: killing
    morrendo: dying
    fugindo: fleeing
    crescendo aumentando: increasing
    operando: operating
    mudando: changing
    escolheu escolheram escolher: chose
    procurando buscando: searching
    dançando dancando: dancing
    cantando: chanting
    correndo: running
    gritando: shouting
    fazendo fazia faziam: doing
    fazer: do
    tentando: attempting
    tentou tentaram: attempted
    continua continuam: still
    conseguiu conseguiram: able
    chegou chegaram: arrived
    saiu saíram sairam: left
    aumentou aumentaram cresceu cresceram crescer aumentar: increased
    intensificou intensificaram: intensified
    mudança: change
    perdeu perderam: lost
    ganhou ganharam: gained
    tomou tomaram: took
    apoia apoiam apoiou apoiaram: support
    apoiado apoiados: backed
    luta lutam lutou lutaram: fight
    prenderam prendeu preso presos presa: arrested
    resgatou resgataram resgatado resgatados salvou salvaram: rescued
    transbordou transbordaram transbordar: overflowed
    avisou avisaram alertou alertaram: warned
    choveu chove chover: rained
    subindo: rising
    rompeu romperam estourou cedeu: burst
    baixou baixar baixando desceu: receded
    demorou demora: took
    evacuaram evacuados: evacuated
    destruiu destruíram destruído: destroyed
    falhou falharam fracassou fracassaram: failed
    sobreviveu sobreviveram: survived
    ajudou ajudaram: helped
    explica explique explicar: explain
    significa significam significado: meaning of
    chama chamam chamava chamavam: name
    pode podem podia poderia: can
    tem têm: has
    tinha tinham tiveram: had
    estabelecer: establish
    existe existem existia existiu: exists
    enfraquecer: weaken
  `),
]);

/**
 * Phrases read before single words, on the message as typed (particles and all): "o que" is "what", "por
 * que" "why". An empty English drops the phrase ("alguém sabe", "por favor").
 */
const PHRASES: ReadonlyMap<string, string> = new Map(
  (
    [
      [['o que', 'o q', 'o k', 'oque que', 'o que que', 'oq que'], 'what'],
      [
        ['por que', 'por q', 'porque que', 'pq que', 'por qual motivo', 'por qual razao', 'por que motivo'],
        'why',
      ],
      [['por causa de que', 'por causa do que'], 'why'],
      [['para que', 'pra que', 'pra q', 'para q'], 'what for'],
      [['com que objetivo', 'com qual objetivo', 'com que fim'], 'what goal'],
      [['que horas', 'a que horas', 'q horas', 'que hora', 'qual horario', 'que horario'], 'what time'],
      [['em que ano', 'que ano', 'qual ano', 'em qual ano', 'qual o ano', 'em q ano'], 'what year'],
      [
        ['em que dia', 'que dia', 'qual dia', 'que data', 'qual a data', 'qual data', 'em que data'],
        'what date',
      ],
      [
        [
          'quantos anos tinha',
          'quantos anos tem',
          'qual a idade',
          'qual idade',
          'que idade',
          'qual era a idade',
        ],
        'how old',
      ],
      [['quanto tempo', 'qnto tempo', 'quanto tempo durou'], 'how long'],
      [['ha quanto tempo', 'a quanto tempo', 'faz quanto tempo', 'tem quanto tempo'], 'how long ago'],
      [['quantos dias'], 'how many days'],
      [['quantas vezes'], 'how many times'],
      [['quanta gente', 'muita gente', 'quantas pessoas'], 'how many people'],
      [['o quao'], 'how'],
      [['que tipo de', 'qual tipo de', 'q tipo de'], 'what kind'],
      [['tipo de'], 'kind'],
      [['em que', 'em qual', 'em quais', 'de que', 'de qual'], 'which'],
      [['o pessoal', 'as pessoas'], 'people'],
      [['desde quando', 'dsd quando', 'desde qnd', 'desde que ano'], 'since when'],
      [['ate quando'], 'until when'],
      [['de onde', 'd onde'], 'where from'],
      [['pra onde', 'para onde', 'por onde', 'em que lugar', 'em qual lugar'], 'where'],
      [['onde fica', 'onde e que', 'cade o', 'cade a'], 'where'],
      [
        [
          'qual e',
          'qual eh',
          'qual foi',
          'qual era',
          'qual o',
          'qual a',
          'quais sao',
          'quais foram',
          'quais eram',
          'quais os',
          'quais as',
        ],
        'what',
      ],
      [
        [
          'como se chama',
          'como se chamava',
          'como se chamam',
          'como chama',
          'como chamava',
          'qual o nome',
          'qual e o nome',
          'qual eh o nome',
          'qual era o nome',
          'qual foi o nome',
        ],
        'name',
      ],
      [
        [
          'o que significa',
          'oq significa',
          'que significa',
          'o que quer dizer',
          'oq quer dizer',
          'quer dizer',
        ],
        'meaning of',
      ],
      [
        ['o que aconteceu com', 'oq aconteceu com', 'o que houve com', 'que fim levou', 'o que rolou com'],
        'what happened to',
      ],
      [['naquela epoca', 'naquele momento', 'nessa epoca', 'na epoca'], 'then'],
      [['perderam a vida', 'perdeu a vida'], 'died'],
      [['homem bomba', 'homens bomba', 'terrorista suicida', 'atacante suicida'], 'suicide bomber'],
      [['se explodiu', 'se explodiram', 'se detonou', 'se matou'], 'blew himself up'],
      [
        [
          'assumiu a autoria',
          'assumiram a autoria',
          'assumiu a responsabilidade',
          'assumiram a responsabilidade',
          'reivindicou a autoria',
          'se responsabilizou',
        ],
        'claimed',
      ],
      [['estado islamico'], 'Islamic State'],
      [['defesa civil'], 'civil defence'],
      [['estados unidos'], 'United States'],
      [['oriente medio'], 'Middle East'],
      [['ataque aereo', 'ataques aereos', 'bombardeios aereos'], 'airstrikes'],
      [['acordo de paz', 'acordos de paz'], 'peace deals'],
      [['semana passada'], 'last week'],
      [['ano passado'], 'last year'],
      [['mes passado'], 'last month'],
      [['segundo o', 'segundo a', 'de acordo com'], 'according to'],
      [
        ['sei la', 'tipo assim', 'e ai', 'a gente', 'ou seja', 'por favor', 'por fvr', 'pelo amor de deus'],
        '',
      ],
      [['pra mim', 'pra gente', 'pra nos', 'para mim'], ''],
      [['a ver', 'ta a ver', 'esta a ver', 'estas a ver', 'tas a ver', 'ta ligado'], ''],
      [['bom dia', 'boa tarde', 'boa noite', 'fala galera', 'fala ai', 'fala pessoal', 'oi gente'], ''],
      [
        [
          'alguem sabe',
          'alguem sabe se',
          'alguem sabe me dizer',
          'vc sabe',
          'voce sabe',
          'vcs sabem',
          'voces sabem',
          'sabe me dizer',
          'sabem me dizer',
          'me diz',
          'me diga',
          'me fala',
          'me conta',
          'me explica',
          'pode me dizer',
          'podem me dizer',
          'pode me falar',
          'vc pode me dizer',
          'eu queria saber',
          'queria saber',
          'quero saber',
          'gostaria de saber',
        ],
        '',
      ],
      // A yes/no question's frame: "é verdade que ...", "ou não", "né".
      [
        [
          'e verdade que',
          'eh verdade que',
          'e vdd que',
          'eh vdd que',
          'verdade que',
          'sera que',
          'serio que',
          'e serio',
          'eh serio',
          'e mesmo',
          'e verdade',
          'eh verdade',
          'ou nao',
          'nao e',
          'nao eh',
        ],
        '',
      ],
    ] as const
  ).flatMap(([forms, english]) => forms.map((form): [string, string] => [plain(form), english])),
);
const LONGEST_PHRASE = Math.max(...[...PHRASES.keys()].map((phrase) => phrase.split(' ').length));

/** Phrases that frame a yes/no question ("é verdade que", "ou não"). */
const YES_NO_PHRASE =
  /^(?:e verdade|eh verdade|e vdd|eh vdd|verdade que|sera que|serio que|e serio|eh serio|e mesmo|ou nao|nao e)/;

/** Words that ask when they open the question or carry an accent ("quê"), and are dropped elsewhere. */
const OPENING_ASKS: ReadonlyMap<string, string> = new Map([
  ['que', 'what'],
  ['q', 'what'],
  ['como', 'how'],
]);

/** The English a question opens with, as glossed. */
const QUESTION_WORD = /^(?:how|what|who|which|when|where|why|since when|until when)\b/;

/** An English question's first word: such a message needs a third marker ("who is Ana, from São Paulo?"). */
const ENGLISH_OPENING =
  /^\W*(?:what|whats|who|when|where|why|how|which|is|are|was|were|do|does|did|can|could|has|have|had|will|would|should)\b/i;

/** A word in capitals ("IS", "ISKP"): a name, in a message not typed all in capitals. */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** Letters only Portuguese types, of the languages above: any word with one counts ("não", "explosão"). */
const PORTUGUESE_LETTER = /[ãõ]/u;

/**
 * An accent Portuguese puts on a word of its glossary and Spanish never does ("você", "três", "começou");
 * French does, but on no word the glossary knows.
 */
const PORTUGUESE_ACCENT = /[âêôç]/u;

/** Past forms the gloss gives, and the forms "did" asks with ("did police arrest"). */
const BASE_FORMS: ReadonlyMap<string, string> = new Map(
  (
    'died:die killed:kill wounded:wound attacked:attack exploded:explode blew:blow claimed:claim said:say ' +
    'chose:choose announced:announce happened:happen started:start ended:end emerged:emerge founded:found ' +
    'did:do fled:flee relocated:relocate arrived:arrive increased:increase intensified:intensify ' +
    'changed:change lost:lose gained:gain took:take arrested:arrest rescued:rescue evacuated:evacuate ' +
    'destroyed:destroy failed:fail wanted:want had:have sent:send taken:take left:leave partnered:partner ' +
    'travelled:travel attempted:attempt survived:survive helped:help overflowed:overflow warned:warn ' +
    'rained:rain receded:recede burst:burst'
  )
    .split(' ')
    .map((pair): [string, string] => pair.split(':') as [string, string]),
);

/** Present verbs the gloss gives: a yes/no question with one asks "is" ("o ISKP quer mais território?"). */
const PRESENT = new Set(['want', 'has', 'can', 'support', 'use', 'go', 'come', 'fight', 'seeking', 'still']);

/** Words whose gloss asks for something rather than asks a question ("explica o ataque"). */
const REQUEST = new Set(['explain']);

/**
 * A word as the glossary spells it: lower case, without accents, tilde or cedilla ("explosão" is "explosao",
 * "começou" "comecou").
 */
function plain(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** The words of a message as typed, without the punctuation around them ("isso?" is "isso"). */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
}

/** Is the message typed all in capitals (so capitals say nothing of names)? */
function isShouting(text: string): boolean {
  return !/\p{Ll}/u.test(text);
}

/** Laughter typed ("kkkk", "rsrs"): dropped, and only Brazilians type it so. */
const LAUGHTER = /^(?:k{3,}|(?:rs){2,})$/;

/** Does the glossary know the word, plain (as a word, a dropped particle or an opening question word)? */
function known(word: string): boolean {
  return WORDS.has(word) || DROPPED.has(word) || OPENING_ASKS.has(word) || COPULA.has(word);
}

/**
 * Is a word, as typed, a marker ("né", "tá", "nao", "voce")? Accented markers are listed with their accent,
 * as "ne" and "ta" typed plain are French and Spanish too; laughter typed "kkkk" or "rsrs" is one.
 */
function isMarker(typed: string): boolean {
  const lower = typed.toLowerCase();
  return MARKERS.has(lower) || LAUGHTER.test(lower);
}

/** Words after which an "o" or "os" is Portuguese's article ("por que o paquistão", "quem é o líder"). */
const ASKING_BEFORE_ARTICLE = /^(?:que|q|pq|pk|porque|quem|qm|quando|onde|como|qual|cade|e)$/;

/**
 * Is the word at a place an "o" or "os" that only Portuguese puts there: after a word that asks or a marker
 * ("por que o paquistão", "atacaram o santuário") or before "que" ("o que houve")? Spanish says "el", and its
 * "o" (or) does not follow "que" or come before it; it may follow "cara" ("cara o cruz"), not a marker here.
 */
function articleAsked(words: readonly string[], typed: readonly string[], at: number): boolean {
  if (!/^os?$/.test(words[at]!)) return false;
  const before = typed[at - 1]?.toLowerCase() ?? '';
  return (
    ASKING_BEFORE_ARTICLE.test(words[at - 1] ?? '') ||
    (isMarker(before) && !/^(?:cara|galera)$/.test(before)) ||
    /^(?:que|q)$/.test(words[at + 1] ?? '')
  );
}

/** Portuguese's preposition and article in one ("no paquistão", "da mesquita"). */
const CONTRACTION = /^(?:no|na|nos|nas|do|da|dos|das|ao|aos|pelo|pela|pelos|pelas|num|numa)$/;

/**
 * Is the word at a place a contraction before a Portuguese word ("no paquistão", "na mesquita")? Spanish
 * "no" (not) and English "do" are not followed by one.
 */
function contractionBefore(words: readonly string[], typed: readonly string[], at: number): boolean {
  const next = typed[at + 1]?.toLowerCase();
  return (
    CONTRACTION.test(words[at]!) && next !== undefined && (isMarker(next) || PORTUGUESE_LETTER.test(next))
  );
}

/** Does a word ask, as a question word does ("quantos", "quem", "quê")? */
function asks(word: string): boolean {
  const lower = plain(word);
  return (
    QUESTION_WORD.test(WORDS.get(lower) ?? '') || (OPENING_ASKS.has(lower) && lower !== word.toLowerCase())
  );
}

/** The English the glossary gives one word ("atentado": "attack"), as typed inside an English question. */
export function portugueseWordGloss(word: string): string | undefined {
  return WORDS.get(plain(word));
}

/** Is the word one the glossary reads ("morreram", "mesquita", "né")? In a Portuguese message, no slip. */
export function isPortugueseWord(word: string): boolean {
  return known(plain(word)) || isMarker(word);
}

/**
 * Is the message Portuguese, or Portuguese mixed with English? It holds two distinct Portuguese marker words
 * (three when it opens as an English question and no Portuguese word asks). Besides the markers, these
 * count: a word typed with "ã" or "õ" ("não", "paquistão"), a word the glossary knows typed with "â", "ê",
 * "ô" or "ç" ("você", "começou"), an "o" where only Portuguese's article stands ("por que o", "atacaram o",
 * "o que"), a contraction before a Portuguese word ("no paquistão"), and a phrase that asks a name holding a
 * marker ("como se chama"). A word in capitals does not count unless all is in capitals, and a message with
 * two Spanish-only words ("cuantos", "murieron", a word with "ñ", an opening "¿"), or two of Roman Urdu's or
 * Tagalog's commonest, is not Portuguese.
 */
export function isPortuguese(text: string): boolean {
  const shouting = isShouting(text);
  const typed = wordsOf(text).filter((word) => shouting || !ACRONYM.test(word));
  const words = typed.map(plain);
  const spanish = new Set(words.filter((word, i) => OTHER.has(word) || /ñ/iu.test(typed[i]!)));
  if (spanish.size + (/^\s*[¿¡]/u.test(text) ? 1 : 0) >= 2) return false;
  const counted = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const spelt = typed[i]!.toLowerCase();
    if (
      isMarker(spelt) ||
      PORTUGUESE_LETTER.test(spelt) ||
      (PORTUGUESE_ACCENT.test(spelt) && known(word)) ||
      articleAsked(words, typed, i) ||
      contractionBefore(words, typed, i)
    )
      counted.add(word);
    // An opening "o que" is Portuguese twice over: Spanish says "qué" or "lo que", and no other language
    // opens so.
    if (i === 0 && word === 'o' && /^(?:que|q)$/.test(words[1] ?? '')) counted.add('o que');
    // A phrase that asks a name, holding a marker, counts besides it ("como se chama": Spanish "como se
    // llama").
    const phrase = phraseAt(words, i);
    if (phrase !== undefined && phrase[0] === 'name') {
      const parts = typed.slice(i, i + phrase[1]).map((part) => part.toLowerCase());
      if (parts.some(isMarker)) counted.add(parts.join(' '));
    }
  }
  const englishOpening = ENGLISH_OPENING.test(text) && !typed.some(asks);
  return counted.size >= (englishOpening ? 3 : 2);
}

/**
 * Is the word at a place part of a name, as capitals show it: not the first word, and capitalised before
 * another capitalised word the glossary does not know ("Vila Serrana", "São Paulo", "Rio Corvina")? Such a
 * word is kept as typed, not glossed ("village", "river").
 */
function inName(typed: readonly string[], at: number): boolean {
  const capitalised = (word: string | undefined) => word !== undefined && /^\p{Lu}\p{Ll}+$/u.test(word);
  const next = typed[at + 1];
  return at > 0 && capitalised(typed[at]) && capitalised(next) && !known(plain(next!));
}

/** A glossed piece of the message, and whether it is English given by the glossary (not a word as typed). */
interface Piece {
  text: string;
  glossed: boolean;
}

/** Is the last piece so far a question word glossed ("where" of "onde")? */
function asksLast(pieces: readonly Piece[]): boolean {
  const last = pieces.at(-1);
  return last !== undefined && last.glossed && QUESTION_WORD.test(last.text);
}

/** The phrase starting at a word, as its English and the number of words it takes; none when none starts. */
function phraseAt(words: readonly string[], start: number): [string, number] | undefined {
  for (let length = Math.min(LONGEST_PHRASE, words.length - start); length >= 2; length--) {
    const english = PHRASES.get(words.slice(start, start + length).join(' '));
    if (english !== undefined) return [english, length];
  }
  return undefined;
}

/**
 * The English gloss of a Portuguese message, word for word with the question word first ("quantos morreram no
 * incêndio?" is "how many died fire?"), a yes/no question opened with "did" or "is" ("a polícia prendeu o
 * dono?" is "did police arrest owner?"); any other text unchanged. Words the glossary lacks (English, names,
 * numbers) are kept as typed, and so is a word in capitals in a message not all in capitals ("IS", "ISKP").
 * Punctuation is dropped, all but a closing "?".
 */
export function portugueseAsEnglish(text: string): string {
  if (!isPortuguese(text)) return text;
  const shouting = isShouting(text);
  const name = (word: string) => !shouting && ACRONYM.test(word);
  const typed = wordsOf(text);
  const words = typed.map((word) => (name(word) ? word : plain(word)));
  const pieces: Piece[] = [];
  let yesNo = false;
  let copula = false;
  for (let i = 0; i < words.length;) {
    const word = words[i]!;
    const typedWord = typed[i]!;
    const spelt = typedWord.toLowerCase();
    const phrase = name(typedWord) ? undefined : phraseAt(words, i);
    if (phrase !== undefined) {
      const [english, length] = phrase;
      if (english !== '') pieces.push({ text: english, glossed: true });
      else if (YES_NO_PHRASE.test(words.slice(i, i + length).join(' '))) yesNo = true;
      i += length;
      continue;
    }
    i++;
    const opening = OPENING_ASKS.get(word);
    if (name(typedWord) || inName(typed, i - 1)) pieces.push({ text: typedWord, glossed: false });
    // "Que" and "como" ask when nothing is glossed before them or carry an accent ("e aí, que grupo foi",
    // "eles queriam o quê?").
    else if (opening !== undefined) {
      if (pieces.length === 0 || spelt !== word) pieces.push({ text: opening, glossed: true });
    }
    // A closing "não" or "né" ("morreram crianças, não?") asks yes or no; elsewhere "não" is "not".
    else if ((word === 'nao' || word === 'ne') && i === words.length) yesNo = true;
    // "Quando" inside the sentence, before an article, joins a clause ("o ataque foi quando o BLA atacava"):
    // "when", but not the question word.
    else if (WORDS.get(word) === 'when' && pieces.length > 0 && /^(?:o|a|os|as|um|uma)$/.test(words[i] ?? ''))
      pieces.push({ text: 'when', glossed: false });
    // "É" (and chat's "eh"), "foi", "tá", "tô": the copula, dropped, but a yes/no question asks "is" by it.
    // "Esta" unaccented is "this", but after a question word or before a verb in "-ndo" it is "está" typed
    // plain ("onde esta o dono", "o fogo esta crescendo").
    else if (
      spelt === 'é' ||
      spelt === 'tô' ||
      COPULA.has(word) ||
      (word === 'esta' && (spelt === 'está' || asksLast(pieces) || /ndo$/.test(words[i] ?? '')))
    )
      copula = true;
    else if (DROPPED.has(word) || LAUGHTER.test(word)) yesNo ||= YES_NO_TAG.has(word);
    else {
      const english = WORDS.get(word);
      pieces.push(
        english === undefined ? { text: typedWord, glossed: false } : { text: english, glossed: true },
      );
    }
  }
  if (pieces.length === 0) return text;
  const end = /\?\s*$/.test(text) ? '?' : '';
  // The first question word asked, put in front. Only a glossed one: an English "what" typed stays where it
  // is, so that the same message in capitals ("WHAT", not glossed) reads the same.
  const asked = pieces.findIndex((piece) => piece.glossed && QUESTION_WORD.test(piece.text));
  if (asked > 0) pieces.unshift(...pieces.splice(asked, 1));
  // "Como se chama a fábrica", "qual o nome do dono": the name asked, as English asks it ("what is the name
  // of factory"), so that the answer must name one.
  const named = pieces.findIndex((piece) => piece.glossed && piece.text === 'name');
  if (named >= 0 && (asked < 0 || /^(?:what|who|which)$/.test(pieces[0]!.text))) {
    const rest = pieces
      .filter((piece, i) => i !== named && !(piece.glossed && QUESTION_WORD.test(piece.text)))
      .map((piece) => piece.text);
    return `what is the name of ${rest.join(' ')}${end}`;
  }
  // A yes/no question ("a polícia prendeu o dono?"): "did" with a past verb's base form, else "is". It needs
  // a tag ("né?", "é verdade que") or a verb or copula asked of: "e os feridos?" only names a topic. An
  // English question word typed first ("how many morreram, né?") asks already.
  const verb = pieces.findIndex((piece) => piece.glossed && BASE_FORMS.has(piece.text));
  const verbal = copula || verb >= 0 || pieces.some((piece) => piece.glossed && PRESENT.has(piece.text));
  const englishAsks = QUESTION_WORD.test(pieces[0]!.text.toLowerCase());
  if (
    asked < 0 &&
    !englishAsks &&
    (yesNo || (end === '?' && verbal)) &&
    !pieces.some((piece) => REQUEST.has(piece.text))
  ) {
    if (verb >= 0 && !copula) {
      pieces[verb] = { text: BASE_FORMS.get(pieces[verb]!.text)!, glossed: true };
      pieces.unshift({ text: 'did', glossed: true });
    } else pieces.unshift({ text: 'is', glossed: true });
  }
  return pieces.map((piece) => piece.text).join(' ') + end;
}
