/**
 * Questions typed in Portuguese mixed with English, as Brazilian and Portuguese members write ("quantos
 * morreram no incêndio da fábrica?", "quem fez o ataque", "onde foi isso", "mano, pq a polícia não chegou"):
 * read as the English they ask, word for word, with the question word put in front ("how many died fire
 * factory?"). The search reads words, not their order, so the gloss need not be good English; English words,
 * names and numbers pass as typed, and the answer is still a verbatim quote of the article. A message is read
 * so when it holds two words that only Portuguese uses ("quantos", "quem", "morreram", "né", "vc"), or one of
 * them and three of Portuguese's small words, one of them only Portuguese's ("quem era o santo do santuário":
 * "era", "o", "do"), or is mostly words of the glossary with hardly any English ("a defesa civil avisa os
 * moradores?").
 *
 * The same idea as tagalog.ts and spanish.ts, kept small and on its own: a glossary of the forms members type,
 * not a grammar. A regular verb's forms are written out from its infinitive ("atacar": "ataca atacam atacou
 * atacaram atacava atacando atacado"), an irregular one's listed by tense ("fazer": "faz", "fez", "fazia"), and
 * Brazilian chat's forms of "estar" and "ir" ("tá", "tava", "tô", "vô") read as the verbs they are. A yes/no
 * question reads as one: "a polícia prendeu alguém?" is "did police arrest anyone?", "o EI vai atacar de
 * novo?" "will IS attack again?". This reader runs before the Spanish one, so it claims no message
 * that is Spanish: the two languages share many words, and a message with two words only Spanish uses
 * ("cuantos", "murieron", "el", "los") is left to spanish.ts, as one with any such word is to the density
 * readings.
 */

import { ACRONYM, glossary as glossaryTable, isShouting, withoutEdges } from './glossary-table.js';

/** A word of plain ASCII letters, which `plain` has no accent to take off. */
const ASCII = /^[\x00-\x7f]*$/;

/** What a verb form is, for a yes/no question: "funciona" asks "does", "funcionou" "did", "vai" "will". */
type Tense = 'present' | 'past' | 'future' | 'conditional' | 'other';

/**
 * Portuguese words no English, Roman Urdu / Hindi, Tagalog, Spanish, French, Italian, German or Dutch question
 * uses: two distinct ones make a message Portuguese. Left out, though common Portuguese, because other chat
 * types them too: "que", "como", "porque", "por", "para", "de", "se", "mas", "menos", "antes", "desde",
 * "entre", "sobre", "contra", "era", "esta", "este", "estas", "todos", "nada", "nunca", "grupo", "ataque",
 * "ataques", "atentado", "bomba", "gente", "tipo", "mano", "policia", "incendio", "fabrica", "santuario",
 * "terreno", "objetivo", "motivo", "gritos", "territorio", "pais", "significa", "explica", "alerta", "semana",
 * "dia", "ano", "anos", "vdd", "tb", "qndo", "pq" (Spanish too: "pq", "tb" and "qndo" are Spanish chat's
 * "porque", "también" and "cuando", "mano" its "hermano", "tipo" its "guy"; "ano" is also Tagalog's "what",
 * "mano" Hindi's "believe", "pq" French chat's "pourquoi"); "o", "a", "os", "as", "um", "uma", "do", "da",
 * "dos", "das", "no", "na", "nos", "nas", "em", "e", "ou", "mais", "eu", "ja", "so", "ate", "ha", "la",
 * "ta", "to", "ne", "ai", "ao", "po", "sim", "ver", "sei", "mal", "pro", "pelo", "num", "sem", "dito",
 * "ali", "malta" (English "a", "as", "do", "so", "ate", "to", "um", "em", "pro", "sim"; Roman Urdu "na",
 * "ai" (came), "ao" (come), "ne", "se", "da"; Tagalog "na", "po", "dito" (here); French "ou", "mais", "eu",
 * "ne", "la", "a"; German "da", "das", "ja", "sei", "um", "mal"; Dutch "na", "de", "ver"; Italian "da", "e",
 * "o", "una"; Spanish "no", "os" (you), "dos" (two), "pelo" (hair), "ta" (chat's "está"); the names Ali
 * and Malta). An accent makes some of them Portuguese, and they are listed so: "né", "tá", "tô", "pô",
 * "pá", "aí", "lá", "já", "só", "até", "há", "é", "às", "água", "sério", "incêndio", "polícia", "síria",
 * "islâmico". "Foi" (French "faith"), "onde" (French "wave"; Spanish chat's "donde" at times), "quando"
 * (Italian "when") and "cara" (Spanish "face") are kept: they are among Portuguese's commonest chat words,
 * and a French, Italian or Spanish question holds no second Portuguese word beside them (it holds words of
 * its own, see OTHER and FOREIGN). The words left out are still glossed once a message is Portuguese, and
 * the small ones among them count by their number (`SMALL_WORDS`). Besides these, the glossary's verbs add
 * their forms only Portuguese writes: the past in "-ou", "-eu", "-iu", "-aram", "-eram", "-iram", the
 * present's "-am", "-em", the imperfect's "-avam", "-iam", the gerund's "-indo" ("aproveitou", "perdem",
 * "partindo"; Spanish writes "-ó", "-aron", "-an", "-aban", "-iendo", Italian "-ò", "-arono", "-endo").
 */
const MARKERS = new Set(
  // Asking: how many, who, where, when, which, what, why.
  (
    'quantos quantas quanto quanta qntos qnts qtos qts qnto qnta qntas qtas quem qm onde aonde cadê cade kd ' +
    'quando qnd qdo qual quais porquê oq oque quão quao ' +
    // Doing, as typed: died, killed, injured, attacked, exploded, claimed, said, happened, started...
    'morreram morreu morrem morre morrer morrido faleceu faleceram mataram matou matam assassinaram ' +
    'assassinou feriu feriram ferido feridos ferida feridas machucados atacou atacaram atacam explodiu ' +
    'explodiram detonou reivindicou reivindicaram assumiu assumiram disse disseram dizem diz falou falaram ' +
    'afirmou declarou anunciou aconteceu aconteceram acontece acontecendo rolou ocorreu começou comecou ' +
    'começaram comecaram iniciou surgiu surgiram fundou fez fizeram faz fazem houve teve tiveram tinha ' +
    'tinham tem têm foi foram eram estava estavam estão estao tava tavam ficou ficaram vai vão vao veio ' +
    'vieram vem vêm pode podem podia quer querem queria queriam fugiu fugiram levaram levou prendeu ' +
    'prenderam presos destruiu destruíram destruiram perdeu perderam ganhou aumentou aumentaram cresceu ' +
    'mudou mudaram mandou enviou chegou chegaram saiu saíram sairam deixou deixaram apoia apoiam usou ' +
    'chama chamam chamava acho fica ficam ficava existem escolheu escolheram falhou falharam ' +
    'fracassou fracassaram tô vô vou estou tamo fizesse pôs pôde puderam quis ' +
    'quiseram trouxe trouxeram deu deram dão viu vinha vinham tivesse fossem seja sejam ' +
    // The news: dead, victims, mosque, flood, overflowed, warned, fire, police, government, people, city, ...
    'mortos mortas vítimas vitimas mesquita mesquitas igreja escola enchente cheias alagamento incêndio fogo ' +
    'bombeiros transbordou transbordaram desabrigados desalojados avisou avisaram choveu chove baixou água ' +
    'havia polícia governo exército exercito cidade cidades pessoas crianças criancas mulheres homens homem ' +
    'mulher notícia notícias reportagem matéria artigo explosão explosao explosoes bombardeio atirador ' +
    'tiroteio chacina suspeito perigoso perigosa perigosos responsável responsavel responsáveis ' +
    'responsaveis acordos acordo homem-bomba homens-bomba testemunha testemunhas prefeito ' +
    'moradores trabalhadores fiéis fieis idade nome vezes mês segurança seguranca ameaça ameaca ameaças ' +
    'ameacas fronteira fronteiras paquistão paquistao afeganistão afeganistao iraque síria islâmico ' +
    'islâmica eua parceria parcerias hierarquia dificuldade dificuldades aposta inimigo ' +
    'inimiga inimigos vulnerável vulneravel vulneráveis vulneraveis força forças forca forcas alvo alvos ' +
    'tática táticas tatica taticas objectivo objectivos sírios iraquianos ' +
    'paquistanês paquistanes paquistaneses afegão afegãos talibã talibãs ocidente ocidental ' +
    'operação operações operacao operacoes relação relações relacao relacoes região regiões regiao regioes ' +
    'razão razao coalizão coligação califado santuário ' +
    'combatentes sectário sectários ramificações ramificacoes ' +
    'atividade atividades actividade actividades presença presenca população populacao ' +
    'ataques-suicidas bombardeamento bombardeamentos feridas vítima ' +
    'estratégia lideranca liderança dinheiro agência agências ' +
    'inteligência milhares dezenas ' +
    // Pointers, pronouns, particles, time and amounts.
    'você voce vc vcs vocês voces ele eles ela elas dele dela deles delas isso isto esse essa esses essas ' +
    'aquele aquela aquilo nesse nessa neste nesta naquele disso disto desse dessa deste desta nele nela ' +
    'sua seu meu minha nossa nosso lhe mim não nao naum né tá tô pô pá aí lá já só até há é às também ' +
    'tambem tbm ainda agora hoje ontem amanhã amanha depois então entao muito muita muitos muitas pouco ' +
    'poucos sério alguém alguem ninguém ninguem ngm algum alguma nenhum nenhuma tudo sempre enquanto pra ' +
    'pras pela pelas numa com pois cara galera mds uai eita oxe ué rsrs hj agr dps mt mto msm tds td ' +
    'cmg ctg pfv pfvr vlw blz sla slk mlk pqp vish caraca bué fixe gajo cá ' +
    'porém porem contudo embora apesar através atraves após apos fora ' +
    'perto longe mesmo mesma quase somente talvez daqui'
  ).split(' '),
);

/**
 * Portuguese's small words (articles, contractions, prepositions, "que", "é"): one of them says little, since
 * Spanish, Italian, French, English and Roman Urdu type several of them too, but three or more distinct ones
 * beside a marker make a message Portuguese ("quem era o santo do santuário", "por que Islamabad estava
 * vulnerável"), a message with no word of those languages (see `isPortuguese`).
 */
const SMALL_WORDS = new Set(
  (
    'o a os as um uma uns umas do da dos das no na nos nas num numa em ao aos pelo pela pelos pelas de que ' +
    'com pra pro pras pros para por se e é mas ou sem sobre entre já só lá até também tá né isso esse essa ' +
    'ele ela eles elas era foi são'
  ).split(' '),
);

/**
 * Spanish words Portuguese does not use, and Roman Urdu's and Tagalog's commonest: a message with two of them
 * is Spanish (or Urdu, or Tagalog), whatever else it holds, and is left to its own reader ("cuantos murieron
 * en la mezquita", "donde fue eso"); one with one of them is Portuguese only by three markers. A word typed
 * with "ñ", a Spanish verb or noun ending ("-aron", "-ieron", "-ción", "-dad") and an opening "¿" or "¡"
 * count here too. "La" counts but after "sei" ("sei la": I don't know).
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
    'personas victimas pero hasta hacia segun aca alli ahi nadie alguien mismo nuevo nueva es y al lo la ' +
    'xq xk porq porke qien kual komo nuestro esa esas estos porfa wey guey pana ' +
    // Roman Urdu and Tagalog.
    'hai hain kya kia tha thi thay nahi nahin mein ke ki ka ko bhi aur kaun kon kab kahan kyun kyu ' +
    'kitne kitna kitni log hua hui gaye gaya raha rahi rahe wala wali yeh woh ' +
    'ang ng mga yung ba naman lang talaga nga rin siya sila nila ito yun nangyari namatay sino ilan ' +
    'bakit saan kailan paano'
  ).split(' '),
);

/** Spanish's verb and noun endings Portuguese never writes ("atacaron", "murieron", "explosión", "ciudad"). */
const SPANISH_FORM = /^\p{L}{2,}(?:aron|ieron|yeron|aban|ción|cion|ciones|dad|dades)$/u;

/**
 * French, Italian, German and Dutch words Portuguese does not write: a message with two of them is not
 * Portuguese, and one with one needs three markers ("qui a fait l'attaque", "quando è stato l'attacco",
 * "wer hat das gemacht"). A word with a letter Portuguese never writes ("è", "ö", "ß", "ñ") and a French or
 * Italian elided word ("l'attaque", "dell'attacco") count too.
 */
const FOREIGN = new Set(
  // French.
  (
    'le les des du une est et qui quoi dans pour avec sur pas il ils elle elles au aux ce cette ces sont ' +
    'ont été était fait faite attaque mosquée morts tués blessés leur après avant combien pourquoi quel ' +
    'quelle quels où qu ça très ' +
    // Italian.
    'il chi perché perche quanti quante sono della dello delle degli nella nel nei gli hanno stato stata ' +
    'stati morti feriti moschea attacco attentato che di per non cosa dove questo questa quello quella ' +
    'anche ancora molto dopo loro lui ' +
    // German.
    'der und ist sind wer wie wo warum wieviele viele mit von bei dem den ein eine einen nicht wurde ' +
    'wurden gab gibt haben welche wann auf zu aus nach über moschee anschlag tote getötet ' +
    // Dutch.
    'het een wat waar waarom hoeveel welke zijn bij niet naar voor deze dit werd werden heeft hebben ' +
    'moskee aanslag doden gedood ook nog'
  ).split(' '),
);

/** Letters Portuguese never writes, but Spanish, French, Italian, German or Dutch do. */
const FOREIGN_LETTERS = /[ñèìòùîïœäößë]/u;

/** A French or Italian word elided before a vowel ("l'attaque", "qu'est-ce", "dell'attacco"). */
const ELIDED = /^(?:l|d|qu|s|c|n|j|m|t|dell|all|nell|sull|un)['\u2019]\p{L}/u;

/**
 * English words a Portuguese message holds only a few of (function words and the commonest of questions about
 * the news): in a message with more than one of them, its Portuguese words are borrowings, read by
 * stray-words.ts ("the timing of the atentado was planned?"). Words the glossary reads too ("a", "no", "do",
 * "as", "so", "me") do not count.
 */
const ENGLISH = new Set(
  (
    'the of in on at is are was were be been being did does what whats who whom whose how when where why ' +
    'which and or from for with by it its this that these those they them their he she his her him has ' +
    'have had many much people about after before an not will would can could should there than then if ' +
    'all any some more most other into out up down over under again also just only very say said says ' +
    'tell know think happen happened get got make made take took go went want like u ur r pls plz killed ' +
    'died dead attack attacks attacked bomb bombing bomber blast mosque shrine police army year years city ' +
    'country group state isnt dont didnt doesnt wasnt werent arent cant my your our we you i us now today ' +
    'yesterday ago since during while because bro guys'
  ).split(' '),
);

/**
 * Words of the glossary spelled the same in English ("capital", "hospital", "regional"): in a message they
 * say nothing of its language, so its share of Portuguese words leaves them out.
 */
const COGNATES = new Set(
  (
    'capital hospital regional local total final global central popular terror normal social real rival ' +
    'grave federal cultural natural original moral civil animal metro hotel taxi bar radical fatal legal ' +
    'ideal mortal brutal area sufi data mate come use'
  ).split(' '),
);

/**
 * Short words that other chat types too ("a", "o", "de", "se", "que"): they count toward a message's share of
 * Portuguese words, but not among the distinct ones it needs.
 */
const AMBIGUOUS = new Set(
  'a e o i q k se me te na no da do de que por para os as um ao pro so ta to ne ai la ja ha'.split(' '),
);

/**
 * Articles, particles, fillers and the speaker's own pronouns: how Portuguese frames a question, not what it
 * asks. "Que" and "como" are not here: they ask ("what", "how") when they open the question or carry an
 * accent ("quê"), and are dropped elsewhere ("disse que", "como o ISKP").
 */
const DROPPED = new Set(
  (
    'o a os as um uma uns umas de d do da dos das no na nos nas num numa nuns numas em ao aos à às pelo ' +
    'pela pelos pelas e ou se me te lhe lhes eu mim comigo cmg você voce vc vcs vocês voces tu seu sua ' +
    'seus suas meu minha meus minhas teu tua pá nosso nossa nossos gente já ja então entao aí ai pois tipo ' +
    'mano eae eai salve mana cara galera pessoal velho véi vei mds pô po ué ue uai eita oxe opa oi olá ' +
    'ola hein hem kk kkk kkkk kkkkk kkkkkk rsrs haha hahaha aliás alias enfim bem assim tal obrigado ' +
    'obrigada vlw valeu blz beleza pfv pfvr pf plmds hum hmm ahn ah oh sabe sabem sabia sabias sabes né ' +
    'ne vdd verdade certo mesmo sério serio confere tlgd sacou resumindo exatamente exactamente afinal basicamente ei ow mlk slc vish caraca caramba nossa ' +
    'pqp krl aff afe bixo bicho gajo malta fixe tao ' +
    // The asker's own hedge: "acho que", "vc acha que".
    'acho acha acham achas achei achava ' +
    // "Deixou 52 mortos" (left 52 dead): the dead are what is asked about.
    'deixou deixaram deixa'
  )
    .split(' ')
    .map(plain),
);

/**
 * The copula's forms, "there is" ("há", "houve", "teve") and "became" ("ficaram feridos"): dropped, but a
 * yes/no question with one asks "is" ("é perigoso?", "houve feridos?"). "É" typed plain is "e" (and), and
 * so is not here; "eh" is how chat types "é". "Está", "estás", "tô", "tás" and "tão" are read by their
 * spelling (see `isCopula`).
 */
const COPULA = new Set(
  (
    'eh sao ser sou somos foi foram fui era eram sera serao seria seriam seja sejam fosse fossem sido ' +
    'estao estava estavam estar esteve estiveram estou estamos tamo ta tava tavam tavamos estara estaria ' +
    'esteja estejam estivesse estivessem fica ficou ficaram ficam ficava ficavam houve ha havia haviam ' +
    'haja houvesse haver teve tiveram'
  ).split(' '),
);

/** Words that, dropped, still say a yes/no question is asked ("né?", "verdade?", "é sério?"). */
const YES_NO_TAG = new Set(['ne', 'vdd', 'verdade', 'certo', 'mesmo', 'serio', 'confere']);

/** A glossary table of this reader, each form accents off: "explosão" is keyed "explosao". */
function glossary(table: string): Array<[string, string]> {
  return glossaryTable(table, plain);
}

/** Verb forms the glossary lists one by one, with their tense (`tensed`). */
const LISTED_TENSES = new Map<string, Tense>();

/** Verb forms written out from an infinitive, with their English and tense (`conjugated`). */
const CONJUGATED = new Map<string, [string, Tense]>();

/** Infinitives, and the English "-ing" form of each ("estavam a dançar": were dancing). */
const INFINITIVES = new Map<string, string>();

/** Participles ("atacado", "feito"): after "tem", "tinha", "havia" they are a past ("tinha atacado"). */
const PARTICIPLES = new Set<string>();

/** Past forms the gloss gives, and the forms "did" asks with ("did police arrest"). */
const BASE_FORMS = new Map<string, string>(
  (
    'died:die killed:kill wounded:wound attacked:attack exploded:explode blew:blow claimed:claim said:say ' +
    'chose:choose announced:announce happened:happen started:start ended:end emerged:emerge founded:found ' +
    'did:do fled:flee relocated:relocate arrived:arrive increased:increase intensified:intensify ' +
    'changed:change lost:lose gained:gain took:take arrested:arrest rescued:rescue evacuated:evacuate ' +
    'destroyed:destroy failed:fail wanted:want had:have sent:send taken:take left:leave partnered:partner ' +
    'travelled:travel attempted:attempt survived:survive helped:help overflowed:overflow warned:warn ' +
    'rained:rain receded:recede burst:burst came:come went:go gave:give saw:see knew:know could:can put:put ' +
    'brought:bring read:read worked:work exploited:exploit'
  )
    .split(' ')
    .map((pair): [string, string] => pair.split(':') as [string, string]),
);
BASE_FORMS.set('done', 'do');
// The irregular participles: "tinha feito" (had done), "foi morto" (was killed).
for (const participle of 'feito feita feitos feitas dito dita visto vista vistos posto escrito aberto morto morta mortos mortas preso presa presos presas ganho gasto pago aceito eleito vindo sido'.split(
  ' ',
))
  PARTICIPLES.add(participle);

/**
 * Regular verbs: each line is the infinitive (with the present's stem after it where its vowel changes,
 * "fugir fog"), a colon, and the English base, past and "-ing" forms (and the participle where it differs,
 * "take took taking taken"). Written out, in the third person that questions ask of: the present's "-a",
 * "-am" ("-e", "-em"; "-i", "-em" after a vowel, "sai", "atribui"; "-eia", "-eiam" of "-ear", "bombardeia"),
 * the preterite's "-ou", "-aram" ("-eu", "-eram"; "-iu", "-iram"), the imperfect's "-ava", "-avam" ("-ia",
 * "-iam"), the subjunctive's "-asse", "-assem", the future's "-ará", "-arão" and the conditional's "-aria",
 * "-ariam" (read "will" and "would"), "-ando" ("-endo", "-indo"), "-ado", "-ada", "-ados", "-adas" ("-ido"
 * ...), "-amos", the infinitive and its "-em" ("atacarem").
 */
function conjugated(table: string): Array<[string, string]> {
  return table
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [portuguese = '', english = ''] = line.split(':');
      const [typed = '', changed] = portuguese.trim().split(/\s+/);
      const infinitive = plain(typed);
      const [base = '', past = '', ing = '', done = past] = english.trim().split(/\s+/);
      const stem = infinitive.slice(0, -2);
      const vowel = infinitive.at(-2)!;
      const forms: Array<[string, string, Tense]> = [];
      const add = (english: string, tense: Tense, ...portuguese: string[]) =>
        forms.push(...portuguese.map((form): [string, string, Tense] => [form, english, tense]));
      if (past !== base && !BASE_FORMS.has(past)) BASE_FORMS.set(past, base);
      INFINITIVES.set(infinitive, ing);
      if (vowel === 'a') {
        const present = changed ?? (infinitive.endsWith('ear') ? `${stem}i` : stem);
        add(base, 'present', `${present}a`, `${present}am`);
        add(past, 'past', `${stem}ou`, `${stem}aram`, `${stem}ava`, `${stem}avam`);
      } else {
        const present = changed ?? stem;
        const afterVowel = vowel === 'i' && /[aou]$/.test(stem);
        add(base, 'present', afterVowel ? `${stem}i` : `${present}e`, `${present}em`);
        add(
          past,
          'past',
          `${stem}${vowel === 'e' ? 'eu' : 'iu'}`,
          `${stem}${vowel}ram`,
          `${stem}ia`,
          `${stem}iam`,
        );
      }
      const done1 = vowel === 'a' ? 'ado' : 'ido';
      const participles = [done1, `${done1.slice(0, -1)}a`, `${done1}s`, `${done1.slice(0, -1)}as`].map(
        (ending) => `${stem}${ending}`,
      );
      for (const form of participles) PARTICIPLES.add(form);
      add(base, 'other', infinitive, `${infinitive}em`, `${stem}${vowel}mos`);
      add(past, 'other', `${stem}${vowel}sse`, `${stem}${vowel}ssem`);
      add(`will ${base}`, 'future', `${infinitive}a`, `${infinitive}ao`);
      add(`would ${base}`, 'conditional', `${infinitive}ia`, `${infinitive}iam`);
      add(ing, 'other', `${stem}${vowel === 'a' ? 'ando' : vowel === 'e' ? 'endo' : 'indo'}`);
      add(done, 'other', ...participles);
      for (const [form, english, tense] of forms)
        if (!CONJUGATED.has(form)) CONJUGATED.set(form, [english, tense]);
      return forms.map(([form, english]): [string, string] => [form, english]);
    });
}

/**
 * Verbs whose forms the glossary lists one by one (irregular ones, and regular ones whose forms need another
 * English): a table of forms of one tense, so that a present reads "does" and a past "did" in a yes/no
 * question.
 */
function tensed(tense: Tense, table: string): Array<[string, string]> {
  const entries = glossary(table);
  for (const [form] of entries) LISTED_TENSES.set(form, tense);
  return entries;
}

/**
 * Words and their English, looked up without accents (a typed "morreu" and "explosão" are "morreu" and
 * "explosao"; the forms are listed as typed, accents and all, and read plain). "Que" and "como" are read
 * apart (see DROPPED), and so are words whose accent tells them apart ("pôr", "dá", see ACCENTED). Later
 * tables win over earlier ones: "para" is "for", not "stops" (of "parar"), "ameaça" "threat", not "threatens".
 */
const WORDS: ReadonlyMap<string, string> = new Map([
  // Regular verbs, their forms written out.
  ...conjugated(`
    atacar: attack attacked attacking
    atuar: operate operated operating
    operar: operate operated operating
    agir: act acted acting
    odiar: hate hated hating
    matar: kill killed killing
    assassinar: kill killed killing
    executar: execute executed executing
    explodir: explode exploded exploding
    detonar: detonate detonated detonating
    bombardear: bomb bombed bombing
    reivindicar: claim claimed claiming
    assumir: claim claimed claiming
    atribuir: attribute attributed attributing
    anunciar: announce announced announcing
    declarar: declare declared declaring
    afirmar: say said saying
    alegar: claim claimed claiming
    falar: say said saying
    contar: tell told telling
    relatar: report reported reporting
    reportar: report reported reporting
    informar: report reported reporting
    noticiar: report reported reporting
    publicar: publish published publishing
    citar: quote quoted quoting
    mencionar: mention mentioned mentioning
    comentar: comment commented commenting
    entrevistar: interview interviewed interviewing
    perguntar: ask asked asking
    responder: answer answered answering
    explicar: explain explained explaining
    significar: mean meant meaning
    chamar: call called calling
    rotular: label labelled labelling
    considerar: consider considered considering
    descrever: describe described describing
    mostrar: show showed showing shown
    provar: prove proved proving
    confirmar: confirm confirmed confirming
    revelar: reveal revealed revealing
    negar: deny denied denying
    admitir: admit admitted admitting
    reconhecer: acknowledge acknowledged acknowledging
    identificar: identify identified identifying
    acusar: accuse accused accusing
    culpar: blame blamed blaming
    condenar: condemn condemned condemning
    criticar: criticise criticised criticising
    observar: note noted noting
    notar: note noted noting
    analisar: analyse analysed analysing
    avaliar: assess assessed assessing
    sugerir: suggest suggested suggesting
    indicar: indicate indicated indicating
    apontar: point pointed pointing
    insistir: insist insisted insisting
    alertar: warn warned warning
    avisar: warn warned warning
    ameaçar: threaten threatened threatening
    prometer: promise promised promising
    esperar: expect expected expecting
    acreditar: believe believed believing
    pensar: think thought thinking
    parecer: seem seemed seeming
    conhecer: know knew knowing known
    entender: understand understood understanding
    começar: start started starting
    iniciar: start started starting
    terminar: end ended ending
    acabar: end ended ending
    durar: last lasted lasting
    demorar: take took taking taken
    continuar: continue continued continuing
    seguir: follow followed following
    parar: stop stopped stopping
    interromper: stop stopped stopping
    cessar: stop stopped stopping
    acontecer: happen happened happening
    ocorrer: happen happened happening
    suceder: happen happened happening
    rolar: happen happened happening
    coincidir: coincide coincided coinciding
    fundar: found founded founding
    criar: create created creating
    formar: form formed forming
    organizar: organise organised organising
    planejar: plan planned planning
    planear: plan planned planning
    preparar: prepare prepared preparing
    coordenar: coordinate coordinated coordinating
    escolher: choose chose choosing chosen
    decidir: decide decided deciding
    tentar: attempt attempted attempting
    conseguir: manage managed managing
    falhar: fail failed failing
    fracassar: fail failed failing
    funcionar: work worked working
    resultar: result resulted resulting
    mudar: change changed changing
    transformar: transform transformed transforming
    virar: turn turned turning
    tornar: become became becoming become
    transferir: relocate relocated relocating
    deslocar: relocate relocated relocating
    realocar: relocate relocated relocating
    levar: take took taking taken
    carregar: carry carried carrying
    mandar: send sent sending
    enviar: send sent sending
    chegar: arrive arrived arriving
    entrar: enter entered entering
    penetrar: penetrate penetrated penetrating
    invadir: invade invaded invading
    ocupar: occupy occupied occupying
    voltar: return returned returning
    retornar: return returned returning
    regressar: return returned returning
    retirar: withdraw withdrew withdrawing withdrawn
    recuar: retreat retreated retreating
    avançar: advance advanced advancing
    atravessar: cross crossed crossing
    cruzar: cross crossed crossing
    alcançar: reach reached reaching
    atingir: hit hit hitting
    acertar: hit hit hitting
    mirar: target targeted targeting
    alvejar: target targeted targeting
    visar: target targeted targeting
    focar: focus focused focusing
    concentrar: focus focused focusing
    usar: use used using
    utilizar: use used using
    empregar: use used using
    ajudar: help helped helping
    apoiar: support supported supporting
    financiar: fund funded funding
    aliar: partner partnered partnering
    unir: unite united uniting
    juntar: join joined joining
    colaborar: collaborate collaborated collaborating
    cooperar: cooperate cooperated cooperating
    participar: participate participated participating
    contribuir: contribute contributed contributing
    envolver: involve involved involving
    ligar: link linked linking
    relacionar: link linked linking
    conectar: connect connected connecting
    lutar: fight fought fighting
    combater: fight fought fighting
    enfrentar: face faced facing
    desafiar: challenge challenged challenging
    derrotar: defeat defeated defeating
    vencer: win won winning
    controlar: control controlled controlling
    dominar: control controlled controlling
    governar: rule ruled ruling
    liderar: lead led leading
    comandar: command commanded commanding
    chefiar: lead led leading
    dirigir: direct directed directing
    ordenar: order ordered ordering
    autorizar: authorise authorised authorising
    conquistar: capture captured capturing
    capturar: capture captured capturing
    tomar: take took taking taken
    sequestrar: kidnap kidnapped kidnapping
    raptar: kidnap kidnapped kidnapping
    torturar: torture tortured torturing
    atirar: shoot shot shooting
    disparar: fire fired firing
    queimar: burn burned burning
    incendiar: burn burned burning
    incomodar: bother bothered bothering
    danificar: damage damaged damaging
    derrubar: topple toppled toppling
    quebrar: break broke breaking broken
    cortar: cut cut cutting
    bloquear: block blocked blocking
    fechar: close closed closing
    abrir: open opened opening
    libertar: free freed freeing
    soltar: release released releasing
    liberar: release released releasing
    proteger: protect protected protecting
    defender: defend defended defending
    guardar: guard guarded guarding
    vigiar: watch watched watching
    monitorar: monitor monitored monitoring
    impedir: prevent prevented preventing
    evitar: avoid avoided avoiding
    permitir: allow allowed allowing
    proibir: ban banned banning
    manter: maintain maintained maintaining
    enfraquecer: weaken weakened weakening
    fortalecer: strengthen strengthened strengthening
    reforçar: reinforce reinforced reinforcing
    minar: undermine undermined undermining
    desestabilizar: destabilise destabilised destabilising
    desmantelar: dismantle dismantled dismantling
    estabelecer: establish established establishing
    fugir fog: flee fled fleeing
    escapar: escape escaped escaping
    esconder: hide hid hiding hidden
    procurar: look looked looking
    buscar: look looked looking
    gastar: spend spent spending
    encontrar: find found finding
    achar: find found finding
    perder: lose lost losing
    ganhar: gain gained gaining
    aumentar: increase increased increasing
    crescer: grow grew growing grown
    diminuir: decrease decreased decreasing
    reduzir: reduce reduced reducing
    cair: fall fell falling fallen
    perceber: understand understood understanding
    subir sob: rise rose rising risen
    intensificar: intensify intensified intensifying
    expandir: expand expanded expanding
    espalhar: spread spread spreading
    construir: build built building
    destruir: destroy destroyed destroying
    ferir: wound wounded wounding
    machucar: hurt hurt hurting
    morrer: die died dying dead
    falecer: die died dying dead
    sobreviver: survive survived surviving
    salvar: save saved saving
    resgatar: rescue rescued rescuing
    evacuar: evacuate evacuated evacuating
    prender: arrest arrested arresting
    deter: detain detained detaining
    investigar: investigate investigated investigating
    suspeitar: suspect suspected suspecting
    sair: leave left leaving
    provocar: provoke provoked provoking
    causar: cause caused causing
    gerar: cause caused causing
    aproveitar: exploit exploited exploiting
    explorar: exploit exploited exploiting
    capitalizar: capitalise capitalised capitalising
    marcar: mark marked marking
    sinalizar: signal signalled signalling
    representar: represent represented representing
    simbolizar: symbolise symbolised symbolising
    negociar: negotiate negotiated negotiating
    assinar: sign signed signing
    romper: burst burst bursting
    cancelar: cancel cancelled cancelling
    dançar: dance danced dancing
    cantar: chant chanted chanting
    rezar: pray prayed praying
    orar: pray prayed praying
    gritar: shout shouted shouting
    correr: run ran running run
    chorar: cry cried crying
    viajar: travel travelled travelling
    visitar: visit visited visiting
    reunir: gather gathered gathering
    celebrar: celebrate celebrated celebrating
    comemorar: celebrate celebrated celebrating
    trabalhar: work worked working
    morar: live lived living
    viver: live lived living
    nascer: born born born
    estudar: study studied studying
    escrever: write wrote writing written
    receber: receive received receiving
    pagar: pay paid paying
    comprar: buy bought buying
    vender: sell sold selling
    custar: cost cost costing
    recrutar: recruit recruited recruiting
    treinar: train trained training
    armar: arm armed arming
    permanecer: remain remained remaining
    ficar: stay stayed staying
    restringir: restrict restricted restricting
    limitar: limit limited limiting
    confinar: confine confined confining
    isolar: isolate isolated isolating
    pressionar: pressure pressured pressuring
    empurrar: push pushed pushing
    expulsar: expel expelled expelling
    sofrer: suffer suffered suffering
    apostar: bet bet betting
    arriscar: risk risked risking
    depender: depend depended depending
    confiar: rely relied relying
    basear: base based basing
    adaptar: adapt adapted adapting
    evoluir: evolve evolved evolving
    mutar: mutate mutated mutating
    surgir: emerge emerged emerging
    emergir: emerge emerged emerging
    ressurgir: re-emerge re-emerged re-emerging
    reaparecer: reappear reappeared reappearing
    aparecer: appear appeared appearing
    desaparecer: disappear disappeared disappearing
    originar: originate originated originating
    precisar: need needed needing
    gostar: like liked liking
    preferir: prefer preferred preferring
    tratar: deal dealt dealing
    lidar: deal dealt dealing
    resolver: solve solved solving
    concordar: agree agreed agreeing
    votar: vote voted voting
    eleger: elect elected electing
    reagir: react reacted reacting
    retaliar: retaliate retaliated retaliating
    vingar: avenge avenged avenging
    punir: punish punished punishing
    julgar: judge judged judging
    lamentar: mourn mourned mourning
    enterrar: bury buried burying
    homenagear: honour honoured honouring
    dividir: divide divided dividing
    separar: separate separated separating
    inspirar: inspire inspired inspiring
    radicalizar: radicalise radicalised radicalising
    jurar: pledge pledged pledging
    garantir: guarantee guaranteed guaranteeing
    exigir: demand demanded demanding
    pedir: ask asked asking
    ouvir: hear heard hearing
    escutar: listen listened listening
    olhar: look looked looking
    assistir: watch watched watching
    medir: measure measured measuring
    calcular: calculate calculated calculating
    estimar: estimate estimated estimating
    somar: total totalled totalling
    registrar: record recorded recording
    registar: record recorded recording
    desencadear: trigger triggered triggering
    transbordar: overflow overflowed overflowing
    chover: rain rained raining
    baixar: recede receded receding
    descer: recede receded receding
    ajustar: adjust adjusted adjusting
    recuperar: recover recovered recovering
    reconstruir: rebuild rebuilt rebuilding
    melhorar: improve improved improving
    piorar: worsen worsened worsening
    aproximar: approach approached approaching
    afastar: distance distanced distancing
    redirecionar: redirect redirected redirecting
    desviar: divert diverted diverting
    distrair: distract distracted distracting
    atrair: attract attracted attracting
    conter: contain contained containing
    obter: obtain obtained obtaining
  `),
  // Irregular verbs, and forms that need another English, by tense. The copula's are read apart (COPULA).
  ...tensed(
    'present',
    `
    tem têm temos tenho: has
    faz fazem fazemos: do
    diz dizem: say
    pode podem podemos posso: can
    quer querem queremos quero: want
    vai vão vao vou vô vamos vamo: go
    vem vêm: come
    vê veem vêem: see
    dá dão: give
    põe põem: put
    traz trazem: bring
    lê leem lêem: read
    mantém mantêm: maintain
    obtém obtêm: obtain
    detém detêm: detain
    contém contêm: contain
    destrói destroem destroi: destroy
    constrói constroem constroi: build
    foge fogem: flee
    sobe sobem: rise
    existe existem: exist
    deve devem: should
    odeia odeiam: hate
    continua continuam: still
    chove: rain
    morre morrem: die
  `,
  ),
  ...tensed(
    'past',
    `
    tinha tinham tive: had
    devia deviam: should
    fez fizeram fazia faziam fiz: did
    disse disseram dizia diziam: said
    puderam podia podiam: could
    quis quiseram queria queriam: wanted
    ia iam fui: went
    veio vieram vinha vinham: came
    viu viram viam: saw
    deu deram dava davam: gave
    pôs puseram punha punham: put
    trouxe trouxeram trazia traziam: brought
    leu leram lia liam: read
    soube souberam sabiam: knew
    manteve mantiveram mantinha: maintained
    obteve obtiveram: obtained
    deteve detiveram: detained
    conteve contiveram: contained
    existia existiam existiu: existed
    morreu morreram faleceu faleceram: died
  `,
  ),
  ...tensed(
    'future',
    `
    fará farão: will do
    dirá dirão: will say
    poderá poderão: will be able
    terá terão: will have
    virá virão: will come
    irá irão: will go
  `,
  ),
  ...tensed(
    'conditional',
    `
    faria fariam: would do
    diria diriam: would say
    poderia poderiam pudesse pudessem: could
    deveria deveriam: should
    teria teriam: would have
    viria viriam: would come
    iria iriam: would go
  `,
  ),
  ...tensed(
    'other',
    `
    fazer: do
    fazendo: doing
    feito feita feitos feitas: done
    dizer: say
    dizendo: saying
    dito dita: said
    poder: be able
    querer: want
    saber: know
    ver: see
    vendo: seeing
    visto vista vistos: seen
    vir: come
    vindo: coming
    dar: give
    dando: giving
    dado: given
    dados: data
    pôr: put
    posto: post
    trazer: bring
    trazendo: bringing
    ler: read
    lendo: reading
    lido: read
    ir: go
    indo: going
    ter: have
    tendo: having
    tido: had
    manter: maintain
    mantendo: maintaining
    mantido: maintained
    morto morta mortos mortas: dead
    preso presa presos presas: arrested
    escrito: written
    aberto: opened
    eleito: elected
    ganho: gained
    gasto: spent
    pago: paid
    aceito: accepted
    construído construido: built
    destruído destruido: destroyed
  `,
  ),
  // Question words.
  ...glossary(`
    quem qm quen: who
    quantos quantas qntos qnts qtos qts quantu qntas qtas: how many
    quanto quanta qnto qnta: how much
    quando qnd qndo qdo quano: when
    onde ond aonde cadê kd cd: where
    donde: where
    porque porquê pq pk porq: why
    qual quais ql qls: which
    oq oque: what
    quão: how
  `),
  // Pronouns, pointers, amounts, numbers.
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
    aqui cá: here
    lá ali: there
    todos todas todo toda tudo td tds: all
    outro outra outros outras: other
    muitos muitas mts bué: many
    muito muita mt mto mta: very
    poucos poucas pouco pouca: few
    alguns algumas algum alguma: some
    alguém alguem: anyone
    ninguém ninguem ngm nenhum nenhuma: none
    nada nd: nothing
    cada: each
    mais: more
    menos: less
    primeiro primeira primeiros: first
    segundo segunda: second
    terceiro terceira: third
    último última ultimo ultima últimos ultimos: last
    próximo próxima proximo proxima: next
    mesmo mesma mesmos mesmas: same
    um uma: one
    dois duas: two
    três tres: three
    quatro: four
    cinco: five
    seis: six
    sete: seven
    oito: eight
    nove: nine
    dez: ten
    onze: eleven
    doze: twelve
    treze: thirteen
    catorze quatorze: fourteen
    dezesseis dezasseis: sixteen
    dezessete dezassete: seventeen
    dezoito: eighteen
    dezenove dezanove: nineteen
    duzentos duzentas: two hundred
    trezentos trezentas: three hundred
    quinhentos quinhentas: five hundred
    quinze: fifteen
    vinte: twenty
    trinta: thirty
    quarenta: forty
    cinquenta cinqüenta: fifty
    sessenta: sixty
    setenta: seventy
    oitenta: eighty
    noventa: ninety
    cem cento: hundred
    centenas: hundreds
    mil: thousand
    milhares: thousands
    milhão milhões: million
    dezenas: dozens
    dúzia: dozen
    metade: half
    maioria: most
    minoria: minority
    vários várias: several
    ambos ambas: both
  `),
  // Linking words, time and measure.
  ...glossary(`
    por: by
    para pra pro pras pros p: for
    com c: with
    sem: without
    sobre: about
    contra: against
    entre: between
    desde: since
    até: until
    durante: during
    enquanto: while
    antes: before
    depois dps após: after
    mas porém contudo: but
    embora: although
    também tbm tb: also
    só somente apenas: only
    não nao ñ naum n: not
    sim: yes
    ainda: still
    já: already
    quase: almost
    talvez: maybe
    perto: near
    longe: far
    dentro: inside
    fora: outside
    através: through
    contra: against
    hoje hj: today
    ontem: yesterday
    amanhã: tomorrow
    agora agr: now
    noite: night
    manhã: morning
    tarde: afternoon
    recentemente recente recentes: recent
    passado passada: last
    ano anos: year
    mês meses: month
    semana semanas: week
    dia dias: day
    hora horas: hour
    minuto minutos: minute
    data: date
    época: time
    vez vezes: times
    idade: age
    sempre: always
    nunca: never
    novamente: again
    logo: soon
    cedo: early
    janeiro: January
    fevereiro: February
    março: March
    abril: April
    maio: May
    junho: June
    julho: July
    agosto: August
    setembro: September
    outubro: October
    novembro: November
    dezembro: December
    domingo: Sunday
    sábado: Saturday
    segunda-feira: Monday
    terça terça-feira: Tuesday
    quarta quarta-feira: Wednesday
    quinta quinta-feira: Thursday
    sexta sexta-feira: Friday
  `),
  // People, places, things and what they are like.
  ...glossary(`
    grupo: group
    grupos: groups
    organização organizações: organisation
    movimento: movement
    facção: faction
    governo: government
    estado: state
    polícia policia policiais policial: police
    exército: army
    militares militar: military
    soldados soldado: soldiers
    forças força forca forcas: force
    tropas: troops
    presidente: president
    primeiro-ministro: prime minister
    ministro: minister
    prefeito: mayor
    líder lider líderes lideres chefe chefes: leader
    liderança lideranca: leadership
    comandante: commander
    membros membro: members
    combatentes combatente: fighters
    militantes militante: militants
    jihadistas jihadista: jihadists
    extremistas extremista: extremists
    terrorista terroristas: terrorists
    terrorismo: terrorism
    insurgentes: insurgents
    separatistas separatista: separatists
    atacante atacantes agressor: attacker
    atirador atiradores: gunman
    bombista: bomber
    suspeito suspeitos: suspect
    suicida: suicide
    homem-bomba homens-bomba: suicide bomber
    testemunha testemunhas: witness
    vítima vítimas: victims
    sobreviventes sobrevivente: survivors
    desaparecidos: missing
    bombeiros: firefighters
    autoridades autoridade: officials
    funcionários: officials
    oficiais: officials
    porta-voz: spokesman
    analista analistas: analysts
    especialista especialistas: experts
    pesquisador pesquisadora investigador: researcher
    jornalista jornalistas repórter: journalist
    agência agências agencia agencias: agency
    peregrinos peregrino: pilgrims
    fiéis devotos: worshippers
    trabalhadores operários: workers
    moradores: residents
    vizinhos: neighbours
    voluntários: volunteers
    menino garoto rapaz: boy
    menina garota: girl
    adolescente adolescentes: teenage
    jovem jovens: young
    miúdo miúdos: kid
    mães mãe: mothers
    pais pai: fathers
    irmãos irmão: brothers
    irmãs irmã: sisters
    desabrigados desabrigadas desalojados desalojadas: displaced
    pessoa pessoas: people
    homem: man
    homens: men
    mulher mulheres: women
    criança crianças: children
    família famílias: families
    dono: owner
    país: country
    países: countries
    nação nações: nation
    cidade: city
    cidades: cities
    capital: capital
    vila aldeia: village
    bairro: district
    província provincia: province
    região regiões: region
    fronteira fronteiras: border
    fronteiriço fronteiriças fronteiriços: border
    território territórios: territory
    área áreas zona: area
    lugar lugares local: place
    mundo: world
    comunidade: community
    internacional: international
    norte: north
    sul: south
    leste: east
    oeste ocidente: west
    ocidental: western
    mesquita mesquitas: mosque
    santuário santuários: shrine
    templo: temple
    túmulo: tomb
    igreja: church
    escola: school
    academia: academy
    instituto: institute
    centro: center
    hospital: hospital
    fábrica: factory
    casa casas: house
    ginásio: gym
    câmara prefeitura: council
    prédio edifício: building
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
    ataque atentado ofensiva: attack
    ataques atentados: attacks
    explosão explosões: blast
    bomba bombas: bomb
    bombardeio bombardeamento bombardeamentos: bombing
    massacre chacina: massacre
    tiroteio: shooting
    gritos grito: shouts
    pressão: pressure
    impacto: impact
    guerra: war
    conflito: conflict
    luta: fight
    batalha: battle
    paz: peace
    acordo: deal
    acordos: deals
    negociação negociações: talks
    parceria parcerias aliança alianças: partnership
    aliado aliados aliada aliadas: partners
    inimigo inimiga inimigos: enemy
    ameaça ameaças ameaca ameacas: threat
    segurança seguranca: security
    inteligência inteligencia: intelligence
    serviços: services
    táticas tática tatica taticas táctica tácticas: tactics
    estratégia estrategia: strategy
    objetivo objetivos objectivo objectivos meta metas: goal
    alvo alvos: target
    foco: focus
    razão motivo motivos: reason
    causa causas: cause
    mensagem recado sinal: message
    poder: power
    domínio controle controlo: control
    influência: influence
    operações operação: operations
    atividade atividades actividade actividades: activity
    presença: presence
    relação relações laços: ties
    terreno: ground
    coalizão coligação: coalition
    califado: caliphate
    momento: moment
    ramificações ramificação filiais filial braços braço: offshoots
    sectário sectários sectária: sectarian
    derrota: defeat
    população: population
    santo: saint
    sufi sufis: Sufi
    sufismo: Sufism
    islã islão islamismo: Islam
    islâmico islâmica islamico islamica: Islamic
    muçulmano muçulmanos: Muslim
    xiita xiitas: Shia
    sunita sunitas: Sunni
    religião: religion
    religioso religiosa: religious
    versão: version
    rigorosa rigoroso estrita: strict
    narrativa: narrative
    descentralização: decentralisation
    hierarquia: hierarchy
    comando: command
    organizado organizada: organised
    fluido: fluid
    símbolo: symbol
    nome: name
    direção direcção: direction
    junto juntos: together
    defesa: defence
    plano planos: plan
    risco riscos: risk
    ajuda: help
    resgate: rescue
    evacuação: evacuation
    barco barcos: boats
    diferença diferenças: difference
    consequência consequências consequencias: consequences
    ligação ligações ligacoes: links
    opinião: view
    festa festival: festival
    tempo: time
    esta: this
    informação informações: information
    apoio: support
    caso casos: case
    coisa coisas: thing
    lado: side
    parte partes: part
    vida vidas: life
    corpo corpos: bodies
    carro carros: car
    carro-bomba: car bomb
    ônibus autocarro: bus
    mercado: market
    aeroporto: airport
    embaixada: embassy
    quartel: barracks
    prisão cadeia: prison
    tribunal: court
    universidade: university
    parlamento: parliament
    estação: station
    estrada: road
    praça: square
    sinal sinais: sign
    notícia notícias: news
    artigo matéria reportagem texto: article
    relatório: report
    fonte fontes: source
    dinheiro: money
    armas arma: weapons
    danos estragos dano: damage
    dificuldade dificuldades: difficulty
    difícil difíceis dificil dificeis: difficult
    fácil: easy
    aposta: gamble
    jogada: gambit
    resposta: response
    falha falhas brechas brecha: gaps
    lacunas lacuna: gaps
    vulnerabilidade vulnerabilidades: vulnerabilities
    fraqueza: weakness
    silêncio: silence
    tentativa tentativas: attempts
    esforço esforços: efforts
    desafio desafios: challenges
    problema problemas: problems
    crise: crisis
    perigoso perigosa perigosos perigosas: dangerous
    vulnerável vulneráveis vulneravel vulneraveis: vulnerable
    responsável responsáveis responsavel responsaveis: responsible
    forte fortes: strong
    fraco fraca: weak
    violento violentos violenta violentas: violent
    mortal mortífero letal: deadly
    importante importantes: important
    principal principais: main
    central: central
    grande grandes: big
    enorme: huge
    maior maiores: largest
    menor: smaller
    pequeno pequena: small
    novo nova novos novas: new
    velho antigo antiga: old
    tradicional tradicionais: traditional
    interno interna internos internas: internal
    externo: external
    vivo vivos: alive
    ativo ativa: active
    mortos mortas morto morta falecidos: dead
    morte mortes: deaths
    feridos feridas ferido ferida machucados: injured
    provável: likely
    possível: possible
    verdadeiro: true
    falso: false
    final: final
    último: last
    estratégico estrategicamente: strategically
    aleatório aleatoria aleatória acaso: random
    planejado planeado: planned
    paquistão: Pakistan
    paquistanês paquistanesa paquistaneses: Pakistani
    afeganistão: Afghanistan
    afegão afegãos afegã: Afghan
    iraque: Iraq
    iraquiano iraquianos: Iraqi
    síria: Syria
    sírio sírios: Syrian
    irã irão: Iran
    índia: India
    china: China
    turquia: Turkey
    israel: Israel
    rússia: Russia
    russo russos russa russas: Russian
    áfrica: Africa
    europa: Europe
    ásia: Asia
    líbia: Libya
    egito egipto: Egypt
    iêmen iémen: Yemen
    baluchistão balochistão baluchistao: Balochistan
    baluchi baluchis balúchi balúchis balochi: Baloch
    carachi: Karachi
    islamabade: Islamabad
    cabul: Kabul
    mossul: Mosul
    bagdá bagdade: Baghdad
    damasco: Damascus
    eua: US
    americanos americano americana: American
    estadunidense estadunidenses norte-americano norte-americanos: American
    talibã talibãs taliban talebã: Taliban
    al-qaeda al-qaida: al-Qaeda
  `),
]);

/**
 * Names in capitals that Portuguese abbreviates its own way, written as English abbreviates them, though a word
 * in capitals is otherwise kept as typed: the United States ("EUA": "US"), the Islamic State ("EI": "IS", which
 * the articles' aliases read; "ei" in lower case is "hey"), the UN ("ONU") and NATO ("OTAN").
 */
const CAPITALS: ReadonlyMap<string, string> = new Map([
  ['EUA', 'US'],
  ['EI', 'IS'],
  ['EIIL', 'ISIL'],
  ['ONU', 'UN'],
  ['OTAN', 'NATO'],
  ['UE', 'EU'],
]);

/**
 * Words whose accent tells them from another of the glossary, as typed: "pôr" (put) is not "por" (by), "dá"
 * (gives) not "da" (of the), "pôde" (could) not "pode" (can), "dê" not "de".
 */
const ACCENTED: ReadonlyMap<string, [string, Tense]> = new Map([
  ['pôr', ['put', 'other']],
  ['dá', ['give', 'present']],
  ['pôde', ['could', 'past']],
  ['dê', ['give', 'other']],
  ['pôs', ['put', 'past']],
]);

/** Verb forms of the glossary that are English words too ("come", "data"): no Portuguese marker. */
const ENGLISH_VERB_FORMS = new Set(['poem']);

/** Verb forms the glossary reads, with their tense, for a yes/no question ("funciona?" asks "does"). */
const TENSES: ReadonlyMap<string, Tense> = new Map([
  ...[...CONJUGATED].flatMap(([form, [english, tense]]): Array<[string, Tense]> =>
    WORDS.get(form) === english ? [[form, tense]] : [],
  ),
  ...LISTED_TENSES,
]);

/**
 * A verb's forms only Portuguese writes ("aproveitou", "perdem", "funcionaram", "atacavam", "partindo",
 * "atacassem", "atacarão", "atacariam"): each is a marker, but for the few English writes too.
 */
const PORTUGUESE_VERB_FORM =
  /^\p{L}{2,}(?:ou|eu|iu|aram|eram|iram|am|em|avam|iam|indo|assem|essem|issem|ao)$/u;
for (const [form] of TENSES)
  if (PORTUGUESE_VERB_FORM.test(form) && !ENGLISH_VERB_FORMS.has(form) && !ENGLISH.has(form))
    MARKERS.add(form);

/**
 * Phrases read before single words, on the message as typed (particles and all): "o que" is "what", "por
 * que" "why". An empty English drops the phrase ("alguém sabe", "por favor").
 */
const PHRASES: ReadonlyMap<string, string> = new Map(
  (
    [
      [
        [
          'o que',
          'o q',
          'o k',
          'oque que',
          'o que que',
          'oq que',
          'o que e que',
          'o que eh que',
          'oq e que',
          'que e que',
          'o que foi que',
          'o que e',
          'oq e',
          'oq eh',
          'o que eh',
        ],
        'what',
      ],
      [
        [
          'por que',
          'por q',
          'porque que',
          'pq que',
          'por qual motivo',
          'por qual razao',
          'por que motivo',
          'porque e que',
          'porque eh que',
          'por que e que',
          'pq e que',
          'pq eh que',
        ],
        'why',
      ],
      [['por causa de que', 'por causa do que'], 'why'],
      [['quem e que', 'quem eh que', 'quem foi que', 'quem e', 'quem eh', 'quem foi', 'quem era'], 'who'],
      [['onde e que', 'onde eh que', 'onde foi que', 'onde e', 'onde eh', 'onde foi'], 'where'],
      [['quando e que', 'quando eh que', 'quando foi que', 'quando foi', 'quando e', 'quando eh'], 'when'],
      [['como e que', 'como eh que', 'como foi que'], 'how'],
      [['para que', 'pra que', 'pra q', 'para q'], 'what for'],
      [['com que objetivo', 'com qual objetivo', 'com que fim', 'com que intuito'], 'what goal'],
      [['com quem', 'com qm'], 'with whom'],
      [['de quem'], 'whose'],
      [['que horas', 'a que horas', 'q horas', 'que hora', 'qual horario', 'que horario'], 'what time'],
      [['em que ano', 'que ano', 'qual ano', 'em qual ano', 'qual o ano', 'em q ano', 'q ano'], 'what year'],
      [
        ['em que dia', 'que dia', 'qual dia', 'que data', 'qual a data', 'qual data', 'em que data'],
        'what date',
      ],
      [
        [
          'quantos anos tinha',
          'tinha quantos anos',
          'tem quantos anos',
          'tinham quantos anos',
          'tinha qnts anos',
          'tem qnts anos',
          'quantos anos tem',
          'quantos anos tinham',
          'quantos anos ele tinha',
          'quantos anos ele tem',
          'qual a idade',
          'qual idade',
          'que idade',
          'qual era a idade',
          'qual e a idade',
          'qnts anos tem',
          'qnts anos tinha',
        ],
        'how old',
      ],
      [['quanto tempo', 'qnto tempo', 'quanto tempo durou'], 'how long'],
      [['ha quanto tempo', 'a quanto tempo', 'faz quanto tempo', 'tem quanto tempo'], 'how long ago'],
      [['quantos dias'], 'how many days'],
      [['quantas vezes'], 'how many times'],
      [['quanta gente', 'quantas pessoas', 'qntas pessoas'], 'how many people'],
      [['muita gente'], 'many people'],
      [['o quao', 'o quanto'], 'how'],
      [['que tipo de', 'qual tipo de', 'q tipo de', 'que especie de'], 'what kind'],
      [['tipo de'], 'kind'],
      [['em que', 'em qual', 'em quais', 'de que', 'de qual', 'a que'], 'which'],
      [['o pessoal', 'as pessoas'], 'people'],
      [['desde quando', 'dsd quando', 'desde qnd', 'desde que ano'], 'since when'],
      [['ate quando'], 'until when'],
      [['de onde', 'd onde'], 'where from'],
      [['pra onde', 'para onde', 'por onde', 'em que lugar', 'em qual lugar', 'pra ond'], 'where'],
      [['onde fica', 'onde e que fica', 'cade o', 'cade a'], 'where'],
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
          'qual e o',
          'qual e a',
          'qual foi o',
          'qual foi a',
          'qual era o',
          'qual era a',
          'qual eh o',
          'qual eh a',
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
      [['naquela epoca', 'naquele momento', 'nessa epoca', 'na epoca', 'naquela altura'], 'then'],
      [['perderam a vida', 'perdeu a vida'], 'died'],
      [
        ['homem bomba', 'homens bomba', 'terrorista suicida', 'atacante suicida', 'bombista suicida'],
        'suicide bomber',
      ],
      [['ataque suicida', 'atentado suicida', 'ataques suicidas', 'atentados suicidas'], 'suicide attack'],
      [
        [
          'se explodiu',
          'se explodiram',
          'se detonou',
          'se matou',
          'explodiu a si mesmo',
          'se fez explodir',
          'se fez rebentar',
          'se rebentou',
        ],
        'blew himself up',
      ],
      [['o cara', 'esse cara', 'do cara', 'um cara', 'o gajo', 'esse gajo', 'o tal cara'], 'man'],
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
      [['deu certo', 'deram certo', 'funcionou mesmo'], 'worked'],
      [['da certo', 'dao certo', 'vai dar certo'], 'work'],
      [['deu errado', 'deram errado', 'saiu pela culatra', 'saiu o tiro pela culatra'], 'backfired'],
      [
        ['fez parceria', 'fizeram parceria', 'se aliou', 'se aliaram', 'se uniu', 'se uniram', 'se juntou'],
        'partnered',
      ],
      [
        [
          'se aproveitou',
          'se aproveitaram',
          'tirou proveito',
          'tiraram proveito',
          'tirou vantagem',
          'tirar proveito',
        ],
        'exploited',
      ],
      [
        ['se mudou', 'se mudaram', 'se transferiu', 'se transferiram', 'se deslocou', 'se deslocaram'],
        'relocated',
      ],
      [['se espalhou', 'se espalharam'], 'spread'],
      [['estado islamico', 'estado islamico do iraque e do levante'], 'Islamic State'],
      [
        [
          'estado islamico de khorasan',
          'estado islamico do khorasan',
          'estado islamico provincia de khorasan',
          'estado islamico da provincia de khorasan',
          'estado islamico provincia do khorasan',
        ],
        'Islamic State Khorasan Province',
      ],
      [
        ['exercito de libertacao do baluchistao', 'exercito de libertacao baluchi'],
        'Balochistan Liberation Army',
      ],
      [['defesa civil'], 'civil defence'],
      [['estados unidos'], 'United States'],
      [['oriente medio', 'medio oriente'], 'Middle East'],
      [['norte da africa', 'norte de africa', 'africa do norte'], 'North Africa'],
      [['africa ocidental', 'oeste da africa', 'oeste de africa'], 'West Africa'],
      [['ataque aereo', 'ataques aereos', 'bombardeios aereos', 'bombardeamentos aereos'], 'airstrikes'],
      [['acordo de paz', 'acordos de paz'], 'peace deals'],
      [['academia de policia', 'escola de policia'], 'police academy'],
      [['forcas de seguranca', 'forca de seguranca'], 'security forces'],
      [
        [
          'agencias de inteligencia',
          'servicos de inteligencia',
          'servico de inteligencia',
          'servicos de informacoes',
          'servicos secretos',
        ],
        'intelligence agencies',
      ],
      [['comunidade internacional'], 'international community'],
      [['agencia de noticias', 'agencias de noticias'], 'news agency'],
      [['em direcao a', 'em direcao ao', 'em direcao de', 'rumo a', 'rumo ao', 'na direcao de'], 'toward'],
      [['semana passada'], 'last week'],
      [['ano passado'], 'last year'],
      [['mes passado'], 'last month'],
      [['ao mesmo tempo'], 'at the same time'],
      [['pelo menos', 'no minimo', 'ao menos'], 'at least'],
      [['mais de'], 'more than'],
      [['cerca de', 'por volta de', 'em torno de'], 'about'],
      [['por causa de', 'por causa do', 'por causa da', 'devido a', 'devido ao'], 'because of'],
      [['de novo', 'outra vez'], 'again'],
      [['a maioria', 'a maior parte', 'maior parte'], 'most'],
      [['segundo o', 'segundo a', 'de acordo com', 'segundo os', 'segundo as'], 'according to'],
      [
        ['sei la', 'tipo assim', 'e ai', 'a gente', 'ou seja', 'por favor', 'por fvr', 'pelo amor de deus'],
        '',
      ],
      [['pra mim', 'pra gente', 'pra nos', 'para mim', 'ta bom', 'ta certo', 'ta ok', 'tudo bem'], ''],
      [['a ver', 'ta a ver', 'esta a ver', 'estas a ver', 'tas a ver', 'ta ligado'], ''],
      [
        [
          'bom dia',
          'boa tarde',
          'boa noite',
          'fala galera',
          'fala ai',
          'fala pessoal',
          'oi gente',
          'ola malta',
        ],
        '',
      ],
      [
        [
          'alguem sabe',
          'alguem sabe se',
          'vc acha que',
          'voce acha que',
          'vcs acham que',
          'acha que',
          'acham que',
          'acho que',
          'achas que',
          'alguem sabe dizer',
          'sabe dizer',
          'sabem dizer',
          'alguem explica',
          'alguem me explica',
          'to sem entender',
          'nao entendi',
          'nao entendo',
          'vcs viram que',
          'voces viram que',
          'vc viu que',
          'voce viu que',
          'viram que',
          'vi que',
          'li que',
          'ouvi que',
          'pelo que percebi',
          'pelo que entendi',
          'pelo que li',
          'pelo que vi',
          'pelo que sei',
          'alguem sabe me dizer',
          'vc sabe',
          'voce sabe',
          'vcs sabem',
          'voces sabem',
          'sabe me dizer',
          'sabem me dizer',
          'sabes me dizer',
          'me diz',
          'me diga',
          'me fala',
          'me conta',
          'me explica',
          'diz me',
          'diga me',
          'pode me dizer',
          'podem me dizer',
          'pode me falar',
          'vc pode me dizer',
          'consegue me dizer',
          'eu queria saber',
          'queria saber',
          'quero saber',
          'gostaria de saber',
          'tou curioso',
          'to curioso',
          'fiquei curioso',
          'uma duvida',
          'uma pergunta',
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
          'ne nao',
          'e isso',
        ],
        '',
      ],
    ] as const
  ).flatMap(([forms, english]) => forms.map((form): [string, string] => [plain(form), english])),
);
const LONGEST_PHRASE = Math.max(...[...PHRASES.keys()].map((phrase) => phrase.split(' ').length));
/** The first words of the phrases. */
const PHRASE_STARTS: ReadonlySet<string> = new Set(
  [...PHRASES.keys()].map((phrase) => phrase.split(' ')[0]!),
);

/** Phrases that frame a yes/no question ("é verdade que", "ou não"). */
const YES_NO_PHRASE =
  /^(?:e verdade|eh verdade|e vdd|eh vdd|verdade que|sera que|serio que|e serio|eh serio|e mesmo|ou nao|nao e|ne nao|e isso)/;

/** Words that ask when they open the question or carry an accent ("quê"), and are dropped elsewhere. */
const OPENING_ASKS: ReadonlyMap<string, string> = new Map([
  ['que', 'what'],
  ['q', 'what'],
  ['como', 'how'],
]);

/** Prepositions before an opening "que": "com que coincidiu", "de que morreu" ask "what". */
const ASKING_PREPOSITIONS = new Set(['com', 'de', 'a', 'sobre', 'contra', 'para', 'pra', 'por', 'do', 'no']);

/** The English a question opens with, as glossed. */
const QUESTION_WORD = /^(?:how|what|who|whose|which|when|where|why|since when|until when|with whom)\b/;

/** An English question's first word: such a message needs a third marker ("who is Ana, from São Paulo?"). */
const ENGLISH_OPENING =
  /^\W*(?:what|whats|who|when|where|why|how|which|is|are|was|were|do|does|did|can|could|has|have|had|will|would|should)\b/i;

/** Letters only Portuguese types, of the languages above: any word with one counts ("não", "explosão"). */
const PORTUGUESE_LETTER = /[ãõ]/u;

/**
 * An accent Portuguese puts on a word of its glossary and Spanish never does ("você", "três", "começou");
 * French does, but on no word the glossary knows.
 */
const PORTUGUESE_ACCENT = /[âêôç]/u;

/**
 * Letters only Portuguese spells a word of its glossary with: "nh" and "lh" ("tinha", "ganhou", "mulheres";
 * Spanish writes "ñ" and "ll"), and "-ão", "-ões", "-ção" typed without their tilde ("explosao", "operacoes").
 */
const PORTUGUESE_SPELLING = /nh|lh|(?:ao|aos|oes|aes)$/u;

/**
 * Small words only Portuguese types, of the languages above (Spanish, Italian and English share "o", "a",
 * "de", "que", "se", "da", "no"): three small words make a message Portuguese only with one of these.
 */
const PORTUGUESE_SMALL = new Set(
  'do dos das na nas em um uma uns umas com pra pro pras pros pelo pela pelos pelas ao aos num numa ou é'.split(
    ' ',
  ),
);

/** Present verbs the gloss gives that ask with "is" ("continua ativo?": "is still active?"), not "does". */
const PRESENT_IS = new Set(['still', 'seeking']);

/** Verbs that ask by going first ("pode o ISKP atacar?": "can ISKP attack?"). */
const MODALS = new Set(['can', 'could', 'will', 'would', 'should']);

/** The base form "does" asks with, where the gloss gives another ("tem": "has"). */
const DOES_BASE: ReadonlyMap<string, string> = new Map([['has', 'have']]);

/** "Ter" and "haver" before a participle ("tinha atacado", "tem crescido"): a past. */
const PERFECT = new Set(['tem', 'tinha', 'tinham', 'havia', 'haviam', 'teria', 'teriam', 'tenha']);

/** "Ir" before an infinitive: the future ("vai atacar": will attack; "ia atacar": would attack). */
const GOING: ReadonlyMap<string, string> = new Map([
  ...'vai vao vou vo vamos vamo va'.split(' ').map((form): [string, string] => [form, 'will']),
  ...'ira irao'.split(' ').map((form): [string, string] => [form, 'will']),
  ...'ia iam iria iriam'.split(' ').map((form): [string, string] => [form, 'would']),
]);

// The irregular verbs' infinitives, for "vai fazer" (will do) and "estavam a fazer" (were doing).
for (const [infinitive, ing] of [
  ['fazer', 'doing'],
  ['dizer', 'saying'],
  ['poder', ''],
  ['querer', 'wanting'],
  ['saber', 'knowing'],
  ['ver', 'seeing'],
  ['vir', 'coming'],
  ['dar', 'giving'],
  ['trazer', 'bringing'],
  ['ler', 'reading'],
  ['ter', 'having'],
  ['manter', 'maintaining'],
  ['haver', ''],
] as const)
  INFINITIVES.set(infinitive, ing);

/** Words that open a clause inside the question: a verb right after one has its subject dropped. */
const CLAUSE = new Set(['when', 'while']);

/** Words whose gloss asks for something rather than asks a question ("explica o ataque"). */
const REQUEST = new Set(['explain']);

/**
 * A word as the glossary spells it: lower case, without accents, tilde or cedilla ("explosão" is "explosao",
 * "começou" "comecou").
 */
function plain(word: string): string {
  // Most words typed are plain ASCII: nothing to take off them.
  if (ASCII.test(word)) return word.toLowerCase();
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * Letters a phone's or a reader's joining of spelt-out names runs together ("qual é o" read "qual ÉO", "e a"
 * "EA"): Portuguese's one-letter words, in capitals, typed apart again.
 */
const JOINED_LETTERS = /^[ÉEÀAOQ]{2,4}$/u;

/** The words of a message as typed, without the punctuation around them ("isso?" is "isso"). */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map(withoutEdges)
    .flatMap((word) => (JOINED_LETTERS.test(word) && /[ÉEOÀ]/u.test(word) ? [...word.toLowerCase()] : [word]))
    .filter((word) => word !== '');
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
  return ACCENTED.get(word.toLowerCase())?.[0] ?? WORDS.get(plain(word));
}

/** Is the word one the glossary reads ("morreram", "mesquita", "né")? In a Portuguese message, no slip. */
export function isPortugueseWord(word: string): boolean {
  return known(plain(word)) || isMarker(word);
}

/**
 * Is the word a Portuguese one by its spelling: a marker, a word typed with "ã" or "õ" ("não", "paquistão"),
 * a word the glossary knows typed with "â", "ê", "ô" or "ç" ("você", "começou") or spelt with "nh", "lh" or
 * "-ao" ("tinha", "explosao")?
 */
function portugueseBySpelling(typed: string): boolean {
  const spelt = typed.toLowerCase();
  const word = plain(typed);
  return (
    isMarker(spelt) ||
    PORTUGUESE_LETTER.test(spelt) ||
    (known(word) && (PORTUGUESE_ACCENT.test(spelt) || (word.length >= 4 && PORTUGUESE_SPELLING.test(word))))
  );
}

/** Is the word Spanish, Roman Urdu or Tagalog, as Portuguese never writes it ("cuantos", "hai", "ang")? */
function isOther(typed: string, before: string | undefined, after: string | undefined): boolean {
  const word = plain(typed);
  if (word === 'la' && (before === 'sei' || typed.toLowerCase() !== 'la')) return false;
  if (word === 'al' && /^(?:qa|qu|ka|assad|shabab|nusra|jazeera)/.test(after ?? '')) return false;
  return OTHER.has(word) || SPANISH_FORM.test(word) || /ñ/iu.test(typed);
}

/** Is the word French, Italian, German or Dutch, as Portuguese never writes it ("qui", "della", "und")? */
function isForeign(typed: string): boolean {
  const lower = typed.toLowerCase();
  return FOREIGN.has(lower) || FOREIGN_LETTERS.test(lower) || ELIDED.test(lower);
}

/**
 * Is a message with one marker full of Portuguese's small words: three distinct ones, one of them a word only
 * Portuguese types ("quem era o santo do santuário": "era", "o", "do")?
 */
function manySmallWords(words: readonly string[], typed: readonly string[]): boolean {
  const small = new Set(
    typed
      .map((word) => word.toLowerCase())
      .filter((word) => SMALL_WORDS.has(word) || SMALL_WORDS.has(plain(word))),
  );
  return small.size >= 3 && [...small].some((word) => PORTUGUESE_SMALL.has(word)) && words.length >= 4;
}

/**
 * Is a message mostly words of the glossary: three distinct ones that no other chat types alike, more than
 * half its words? Words spelled the same in English ("capital"), short words other chat types ("a", "se",
 * "que") and numbers say nothing either way.
 */
function mostlyPortuguese(words: readonly string[]): boolean {
  const counted = words.filter((word) => !/^\p{N}/u.test(word));
  const portuguese = counted.filter((word) => known(word) && !ENGLISH.has(word) && !COGNATES.has(word));
  const distinct = new Set(portuguese.filter((word) => !AMBIGUOUS.has(word)));
  return distinct.size >= 3 && portuguese.length * 2 > counted.length;
}

/**
 * Is the message Portuguese, or Portuguese mixed with English? It holds two distinct Portuguese marker words
 * (three when it opens as an English question and no Portuguese word asks, or holds a word of another
 * language). Besides the markers, these count: a word Portuguese spells so (`portugueseBySpelling`), an "o"
 * where only Portuguese's article stands ("por que o", "atacaram o", "o que"), a contraction before a
 * Portuguese word ("no paquistão"), and a phrase that asks a name holding a marker ("como se chama"). A
 * message with one marker is Portuguese too when it holds three of Portuguese's small words ("quem era o
 * santo do santuário"), and one with none when it is mostly words of the glossary ("qual o objetivo final do
 * ISKP"), but for one that opens in English, holds more than one English word or any word of another
 * language, or holds nothing only Portuguese writes (no marker, no "do", "da", "em", "um", "com", "pra"). A word in capitals does not count unless all is in capitals, and a message with two Spanish-only
 * words ("cuantos", "murieron", "el", a word with "ñ", an opening "¿"), two of Roman Urdu's or Tagalog's
 * commonest, or two French, Italian, German or Dutch ones, is not Portuguese.
 */
export function isPortuguese(text: string): boolean {
  const shouting = isShouting(text);
  const typed = wordsOf(text).filter((word) => shouting || !ACRONYM.test(word));
  const words = typed.map(plain);
  const other = new Set(words.filter((word, i) => isOther(typed[i]!, words[i - 1], words[i + 1])));
  const spanish = other.size + (/^\s*[¿¡]/u.test(text) ? 1 : 0);
  if (spanish >= 2) return false;
  const foreign = new Set(typed.filter(isForeign).map((word) => word.toLowerCase())).size;
  if (foreign >= 2) return false;
  const counted = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (
      portugueseBySpelling(typed[i]!) ||
      articleAsked(words, typed, i) ||
      contractionBefore(words, typed, i)
    )
      counted.add(word);
    // An opening "o que" is Portuguese twice over: Spanish says "qué" or "lo que", and no other language
    // opens so.
    if (i === 0 && word === 'o' && /^(?:que|q)$/.test(words[1] ?? '')) counted.add('o que');
    // So is an opening "o" or "os" before anything else ("o ISKP quer derrubar o governo?"): Spanish says
    // "el" and "los", and opens with "o" (or) only in "o sea".
    else if (i === 0 && /^os?$/.test(word) && words.length > 2 && words[1] !== 'sea') counted.add('o');
    // A phrase that asks a name, holding a marker, counts besides it ("como se chama": Spanish "como se
    // llama").
    const phrase = phraseAt(words, i);
    if (phrase !== undefined && phrase[0] === 'name') {
      const parts = typed.slice(i, i + phrase[1]).map((part) => part.toLowerCase());
      if (parts.some(isMarker)) counted.add(parts.join(' '));
    }
  }
  const englishOpening = ENGLISH_OPENING.test(text) && !typed.some(asks);
  const elsewhere = spanish + foreign;
  if (counted.size >= (englishOpening ? 3 : 2) + (elsewhere > 0 ? 1 : 0)) return true;
  const english = new Set(words.filter((word) => ENGLISH.has(word) && !known(word)));
  if (englishOpening || elsewhere > 0 || english.size > 1) return false;
  // A message of words Spanish writes alike ("santuario sufi atacado por que motivo") is left to Spanish.
  const portugueseOnly = counted.size >= 1 || typed.some((word) => PORTUGUESE_SMALL.has(word.toLowerCase()));
  return portugueseOnly && ((counted.size >= 1 && manySmallWords(words, typed)) || mostlyPortuguese(words));
}

/**
 * Is the word at a place part of a name, as capitals show it: not the first word, and capitalised before
 * another capitalised word the glossary does not know ("Vila Serrana", "São Paulo", "Rio Corvina"), in a message
 * not title-cased throughout? Such a word is kept as typed, not glossed ("village", "river").
 */
function inName(typed: readonly string[], at: number): boolean {
  const capitalised = (word: string | undefined) => word !== undefined && /^\p{Lu}\p{Ll}+$/u.test(word);
  // Every word capitalised ("Quem Fez O Ataque"): capitals say nothing of names, as in a message all in capitals.
  if (typed.every((word) => /^\p{Lu}/u.test(word) || !/\p{L}/u.test(word))) return false;
  const next = typed[at + 1];
  return at > 0 && capitalised(typed[at]) && capitalised(next) && !known(plain(next!));
}

/** A glossed piece of the message, and whether it is English given by the glossary (not a word as typed). */
interface Piece {
  text: string;
  glossed: boolean;
  /** A verb's tense, where the piece is a verb's gloss. */
  tense?: Tense;
  /** A question word that joins a clause here ("quando" after a verb), not one that asks. */
  joins?: boolean;
}

/** Is the last piece so far a question word glossed ("where" of "onde")? */
function asksLast(pieces: readonly Piece[]): boolean {
  const last = pieces.at(-1);
  return last !== undefined && last.glossed && QUESTION_WORD.test(last.text);
}

/** The phrase starting at a word, as its English and the number of words it takes; none when none starts. */
function phraseAt(words: readonly string[], start: number): [string, number] | undefined {
  // Most words start no phrase: a set lookup spares joining slices for them (every question passes here).
  if (!PHRASE_STARTS.has(words[start] ?? '')) return undefined;
  for (let length = Math.min(LONGEST_PHRASE, words.length - start); length >= 2; length--) {
    const english = PHRASES.get(words.slice(start, start + length).join(' '));
    if (english !== undefined) return [english, length];
  }
  return undefined;
}

/**
 * Is the word at a place the copula, dropped ("é", "foi", "tá", "tava", "tô", "estão")? "Esta" unaccented is
 * "this", but after a question word, at the end, or before a gerund or participle it is "está" typed plain
 * ("onde esta o dono", "o fogo esta crescendo"); "tão" is "so" but before a gerund ("eles tão atacando").
 */
function isCopula(word: string, spelt: string, next: string | undefined, pieces: readonly Piece[]): boolean {
  if (spelt === 'é' || spelt === 'tô' || spelt === 'está' || spelt === 'estás' || spelt === 'tás')
    return true;
  if (COPULA.has(word)) return true;
  const verbNext = next !== undefined && (/(?:ndo)$/.test(next) || PARTICIPLES.has(next));
  if (word === 'esta') return asksLast(pieces) || next === undefined || verbNext;
  if (word === 'tao') return verbNext;
  return false;
}

/**
 * The English gloss of a Portuguese message, word for word with the question word first ("quantos morreram no
 * incêndio?" is "how many died fire?"), a yes/no question opened with "did", "does", "will" or "is" ("a
 * polícia prendeu o dono?" is "did police arrest owner?"); any other text unchanged. Words the glossary lacks
 * (English, names, numbers) are kept as typed, and so is a word in capitals in a message not all in capitals
 * ("IS", "ISKP"), but for the few names the glossary gives in English ("EUA", "EI"). Punctuation is dropped,
 * all but a closing "?".
 */
export function portugueseAsEnglish(text: string): string {
  if (!isPortuguese(text)) return text;
  const shouting = isShouting(text);
  const name = (word: string) => !shouting && ACRONYM.test(word);
  const typed = wordsOf(text);
  const words = typed.map((word) => (name(word) ? word : plain(word)));
  const pieces: Piece[] = [];
  let yesNo = false;
  // Where the copula stood, among the pieces: before a verb, it asks "is" ("tava fazendo quando explodiu?").
  let copulaAt: number | undefined;
  let lateQue = false;
  let perfect = false;
  // An opening "tá," is chat's "ok", not "is" ("tá, mas e os feridos?").
  const okFirst = /^\s*t[áa]\s*[,.!]/iu.test(text);
  for (let i = 0; i < words.length;) {
    const word = words[i]!;
    const typedWord = typed[i]!;
    const spelt = typedWord.toLowerCase();
    const phrase = name(typedWord) ? undefined : phraseAt(words, i);
    if (phrase !== undefined) {
      const [phrased, length] = phrase;
      // "Depende de quê?": a closing or accented "de que", "em que" asks "what", not "which".
      const english =
        phrased === 'which' && (i + length === words.length || typed[i + length - 1] === 'quê')
          ? 'what'
          : phrased;
      if (english !== '')
        pieces.push({ text: english, glossed: true, tense: BASE_FORMS.has(english) ? 'past' : undefined });
      else if (YES_NO_PHRASE.test(words.slice(i, i + length).join(' '))) yesNo = true;
      i += length;
      continue;
    }
    // "Com que coincidiu", "de que morreu": a preposition and "que" opening the question ask "what".
    const after = typed[i + 1];
    if (
      ASKING_PREPOSITIONS.has(word) &&
      after !== undefined &&
      OPENING_ASKS.get(plain(after)) === 'what' &&
      (pieces.length === 0 || after.toLowerCase() === 'quê')
    ) {
      pieces.push({ text: 'what', glossed: true });
      i += 2;
      continue;
    }
    i++;
    if (i === 1 && okFirst) continue;
    const next = words[i];
    const opening = OPENING_ASKS.get(word);
    const wasPerfect = perfect;
    perfect = false;
    if (name(typedWord)) {
      const english = CAPITALS.get(typedWord);
      pieces.push(
        english === undefined ? { text: typedWord, glossed: false } : { text: english, glossed: true },
      );
    } else if (inName(typed, i - 1)) pieces.push({ text: typedWord, glossed: false });
    else if (ACCENTED.has(spelt)) {
      const [english, tense] = ACCENTED.get(spelt)!;
      pieces.push({ text: english, glossed: true, tense });
    }
    // "Que" and "como" ask when nothing is glossed before them or carry an accent ("e aí, que grupo foi",
    // "eles queriam o quê?"); a "que" closing the question asks too ("o ISKP se aproveitou do que?").
    else if (opening !== undefined) {
      const before = words[i - 2];
      const relative = before !== undefined && (CONTRACTION.test(before) || /^(?:o|a|os|as)$/.test(before));
      if ((pieces.length === 0 && !relative) || spelt !== word) pieces.push({ text: opening, glossed: true });
      else if (opening === 'what' && i === words.length) lateQue = true;
    }
    // A closing "não" or "né" ("morreram crianças, não?") asks yes or no; elsewhere "não" is "not".
    else if ((word === 'nao' || word === 'ne') && i === words.length) yesNo = true;
    // "Tinha atacado", "tem crescido": the participle after is a past.
    else if (PERFECT.has(word) && next !== undefined && PARTICIPLES.has(next)) perfect = true;
    else if (isCopula(word, spelt, next, pieces)) copulaAt ??= pieces.length;
    // "Vai atacar": will attack; "ia atacar": would attack.
    else if (GOING.has(word) && next !== undefined && INFINITIVES.has(next))
      pieces.push({ text: GOING.get(word)!, glossed: true, tense: 'future' });
    else if (DROPPED.has(word) || LAUGHTER.test(word)) yesNo ||= YES_NO_TAG.has(word);
    else {
      const english = WORDS.get(word);
      // "Estavam a dançar" (European Portuguese): were dancing.
      const progressive =
        INFINITIVES.has(word) &&
        words[i - 2] === 'a' &&
        copulaAt !== undefined &&
        INFINITIVES.get(word) !== ''
          ? INFINITIVES.get(word)
          : undefined;
      // A verb's form after an article is a noun ("a ajuda veio": the help came).
      const noun = /^(?:o|a|os|as|um|uma)$/.test(words[i - 2] ?? '') || CONTRACTION.test(words[i - 2] ?? '');
      const tense = wasPerfect
        ? 'past'
        : noun && TENSES.get(word) === 'present'
          ? undefined
          : TENSES.get(word);
      // "O que faziam quando explodiu": Portuguese drops the subject of a clause's verb, "when it exploded".
      if (
        english !== undefined &&
        (tense === 'past' || tense === 'present') &&
        CLAUSE.has(pieces.at(-1)?.text ?? '') &&
        i === words.length &&
        (pieces.at(-1)!.joins ||
          pieces.slice(0, -1).some((piece) => piece.glossed && QUESTION_WORD.test(piece.text)))
      )
        pieces.push({ text: 'it', glossed: true });
      // "Dançavam quando explodiu": "quando" after a verb, and not the last word, joins a clause, not asks;
      // so does one before an article ("o ataque foi quando o BLA atacava").
      const joins =
        english === 'when' &&
        words.slice(i).some((after) => !DROPPED.has(after)) &&
        pieces.length > 0 &&
        (copulaAt !== undefined ||
          pieces.some((piece) => piece.tense) ||
          /^(?:o|a|os|as|um|uma)$/.test(next ?? ''));
      if (english === undefined) pieces.push({ text: typedWord, glossed: false });
      else if (progressive !== undefined) pieces.push({ text: progressive, glossed: true, tense: 'other' });
      else if ((tense === 'future' || tense === 'conditional') && / /.test(english)) {
        const [modal = '', ...rest] = english.split(' ');
        pieces.push({ text: modal, glossed: true, tense: 'future' }, { text: rest.join(' '), glossed: true });
      } else
        pieces.push({
          text: english,
          glossed: true,
          tense: wasPerfect && BASE_FORMS.has(english) ? 'past' : tense,
          joins,
        });
    }
  }
  if (pieces.length === 0) return text;
  const end = /\?\s*$/.test(text) ? '?' : '';
  // The first question word asked, put in front. Only a glossed one: an English "what" typed stays where it
  // is, so that the same message in capitals ("WHAT", not glossed) reads the same.
  let asked = pieces.findIndex((piece) => piece.glossed && !piece.joins && QUESTION_WORD.test(piece.text));
  if (asked > 0) pieces.unshift(...pieces.splice(asked, 1));
  else if (asked < 0 && lateQue && !yesNo) {
    pieces.unshift({ text: 'what', glossed: true });
    asked = 0;
  }
  // "Como o ISKP chama o Paquistão": what it calls it, as English asks.
  if (asked === 0 && pieces[0]!.text === 'how' && pieces.some((piece) => /^call(?:ed)?$/.test(piece.text)))
    pieces[0] = { text: 'what', glossed: true };
  // "Como se chama a fábrica", "qual o nome do dono": the name asked, as English asks it ("what is the name
  // of factory"), so that the answer must name one.
  const named = pieces.findIndex((piece) => piece.glossed && piece.text === 'name');
  if (named >= 0 && (asked < 0 || /^(?:what|who|which)$/.test(pieces[0]!.text))) {
    const rest = pieces
      .filter((piece, i) => i !== named && !(piece.glossed && QUESTION_WORD.test(piece.text)))
      .map((piece) => piece.text);
    return `what is the name of ${rest.join(' ')}${end}`;
  }
  // A yes/no question ("a polícia prendeu o dono?"): "did" with a past verb's base form, "does" with a
  // present one, "will" and "can" put first, else "is". It needs a tag ("né?", "é verdade que", "ou não") or
  // a verb or copula asked of: "e os feridos?" only names a topic. An English question word typed first
  // ("how many morreram, né?") asks already.
  // The first verb asks: "o artigo diz que o EI vai mudar?" asks "does article say", not "will".
  const verb = pieces.findIndex(
    (piece) =>
      piece.glossed &&
      ((piece.tense === 'past' && BASE_FORMS.has(piece.text)) ||
        piece.tense === 'present' ||
        ((piece.tense === 'future' || piece.tense === 'conditional') && MODALS.has(piece.text))),
  );
  const verbal = copulaAt !== undefined || verb >= 0;
  const englishAsks = QUESTION_WORD.test(pieces[0]!.text.toLowerCase());
  if (
    asked < 0 &&
    !englishAsks &&
    (yesNo || (end === '?' && verbal)) &&
    !pieces.some((piece) => REQUEST.has(piece.text))
  ) {
    const asking = pieces[verb];
    if (asking === undefined || (copulaAt !== undefined && copulaAt <= verb))
      pieces.unshift({ text: 'is', glossed: true });
    else if (asking.tense === 'past') {
      pieces[verb] = { text: BASE_FORMS.get(asking.text)!, glossed: true };
      pieces.unshift({ text: 'did', glossed: true });
    } else if (MODALS.has(asking.text)) pieces.unshift(...pieces.splice(verb, 1));
    else if (PRESENT_IS.has(asking.text)) pieces.unshift({ text: 'is', glossed: true });
    else {
      pieces[verb] = { text: DOES_BASE.get(asking.text) ?? asking.text, glossed: true };
      pieces.unshift({ text: 'does', glossed: true });
    }
  }
  return pieces.map((piece) => piece.text).join(' ') + end;
}
