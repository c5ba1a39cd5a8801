/**
 * Questions typed in Spanglish, English mixed with Spanish, as members from Latin America and Spain write
 * ("cuantos muertos hubo en la inundación?", "quien dijo eso", "oye cuando empezó el incendio en la
 * fábrica"): read as the English they ask, word for word, with the question word put in front ("how many
 * dead flood?"). The search reads words, not their order, so the gloss need not be good English; English
 * words, names and numbers pass as typed, and the answer is still a verbatim quote of the article. A message
 * is read so when it holds two words that only Spanish uses ("cuantos", "quien", "murieron", "ayer"), or one
 * of them and three of Spanish's small words ("con que coincidio el atentado en la capital"), or is mostly
 * words of the glossary with hardly any English ("pakistan es el foco principal de IS?").
 *
 * The same idea as tagalog.ts, kept small and on its own: a glossary of the forms members type (each verb
 * with its inflected and chat spellings listed, "murio murió murieron fallecio"), not a grammar; a regular
 * verb's forms are written out from its infinitive ("funcionar": "funciona funcionó funcionaron funcionaba
 * funcionando funcionado"). A yes/no question ("la policía arrestó a alguien?") reads as one: "did police
 * arrest anyone?".
 */

import { ACRONYM, glossary, isShouting, withoutEdges } from './glossary-table.js';

/** A word of plain ASCII letters, which `plain` has no accent to take off. */
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Spanish words no English, Roman Urdu / Hindi, Tagalog, French, German or Dutch question uses: two distinct
 * ones make a message Spanish. Left out, though common Spanish, because other chat types them too: "que"
 * (French "que"), "ke", "k", "q", "ki", "na", "pa" (Urdu "ke", "ki", "na", Tagalog "na", "pa", Urdu "q" for
 * "kyun"), "de", "del", "en", "un", "una" (French and Dutch "de", "en", French "un", Tagalog "una" first), "el",
 * "la", "los", "las", "al" (French "la"; names: El Paso, Los Angeles, Las Vegas, Al-Assad), "es" (German),
 * "se", "le", "les", "te", "tu" (French, Urdu "se"), "lo", "me", "mi", "no", "son", "era", "a" (English), "y"
 * (English chat's "y" for "why"), "o" (Tagalog), "si" (French, Hindi, Tagalog), "ya" (Hindi "or", English
 * "ya"), "hay" (Urdu "hay"), "para", "pero", "mas", "sino", "grupo", "estado", "pasa" (Tagalog; "sino" is
 * Tagalog's "who"), "bomba" (Tagalog and Hindi), "dia" (Hindi "diya", gave), "ano" (Tagalog "what": only
 * "año" counts), "mes", "entre", "sobre" (French), "con", "sin", "solo", "nada", "todo", "dice", "contra",
 * "sus", "ha", "han" (English words or names), "ella" (a name), "pq" (French chat's "pourquoi") and "mare"
 * (Urdu "died"; Spanish has "mar"). They are still glossed once a message is Spanish, and the small words
 * among them count by their number (`FUNCTION_WORDS`). The glossary's verbs add their past in "-aron",
 * "-ieron", "-aba", "-aban", their infinitive and their "-ando", "-iendo" ("funcionaron", "coincidieron",
 * "atacar", "debilitando"; Portuguese writes "-aram", "-ava"), but for the few English writes too
 * (`ENGLISH_VERB_FORMS`).
 */
const MARKERS = new Set(
  (
    'cuantos cuantas cuanto cuanta kuantos kuantas kuanto quien quienes kien kienes qien cuando kuando ' +
    'cuado donde dnde adonde porque porq porke xq xk cual cuales kual como komo murieron murio mueren ' +
    'fallecieron fallecio fallecidos muertos muertas muerto muerta muertes mataron mato matan matado ' +
    'asesinaron asesinados heridos heridas herido herida hirieron lesionados ataco atacaron atacado ataque ' +
    'ataques atentado atentados exploto explotaron estallo estallaron detonaron reivindico reivindicaron ' +
    'adjudico adjudicaron atribuyo atribuyeron responsabilidad dijo dijeron dicen paso pasaron ocurrio ' +
    'sucedio empezo empezaron comenzo comenzaron inicio iniciaron hizo hicieron hubo habia fueron estaba ' +
    'estan esta este eso esto esos estos esas estas ayer hoy ahora aqui alli ahi tambien despues antes ' +
    'luego entonces pues oye oigan bueno osea verdad cierto ellos ellas nosotros ustedes todos todas ' +
    'muchos muchas muy personas gente mezquita santuario incendio inundacion gobierno policia ejercito ' +
    'terroristas atacante suicida peligroso peligrosa peligrosos por desde hasta segun quiere quieren queria ' +
    'tomo tomaron tiene tienen tenia tenian significa significado perdio perdieron ataca atacan atacada ' +
    'atacados huyen huyeron huyo escaparon iban vienen originan alio aliaron mando mandaron envio ' +
    'enviaron puede pueden pudo podido podria hacia hacen sigue siguen siendo cambio cambiaron aumento ' +
    'aumentaron crecio buscan detuvieron arrestaron capturaron rescataron destruyo destruyeron fracasaron ' +
    'explicame llama llaman llamaba llamaban termino surgio surgieron declaro afirmo paises pais ' +
    'combatientes miembros analistas expertos peregrinos victimas sospechoso testigos soldados ciudad ' +
    'frontera territorio objetivo razon motivo mensaje amenaza tacticas seguridad inteligencia estallido ' +
    'bombazo noticias adolescente jovenes mujeres familias vecinos anoche mientras momento islamico islamica ' +
    'unidos nuevo nueva nuevos nuevas importante wey guey decir puedes podrias controla controlan relacion ' +
    'talibanes ciudades perdiendo atacando viajaban llegaron llego salieron salio llevaron bomberos tarde ' +
    // Verbs, nouns and pointers of news and chat that only Spanish spells so.
    'coincidio aprovecho funciono funciona funcionan pelea pelean peleando contribuyo contribuyeron ' +
    'hacer tener tuvo tuvieron saliendo representa representan ' +
    'provoco provocaron debilitar debilita amenazan amenazo reubicar reubico trasladarse mudarse ' +
    'consiguio consiguieron logro lograron fracaso golpeo golpearon reivindica reivindicaron ' +
    'esfuerzos esfuerzo acuerdos problemas internos fallas jerarquia organizada organizado ' +
    'reportaje jugada chiquito todavia aunque ningun ninguna alguien nadie ' +
    'ahorita neta chido mezquitas santuarios peregrinaje adolescentes ' +
    'dificil debilidad debilidades desafiar desafio retos lideres ejercitos paquistan ' +
    'estadounidenses norteamericanos iraquies sirios rusos afganos baluchistan yihadistas'
  ).split(' '),
);

/**
 * Spanish's small words (articles, prepositions, pronouns, "que"): one of them says little, since French,
 * Dutch, Italian and names use them too, but three or more distinct ones beside a marker make a message
 * Spanish ("la pelea por mosul que representa"). Not "a", "no", "me", "o", "y", "son", "con" alone: English
 * chat types them.
 */
const FUNCTION_WORDS = new Set(
  (
    'el la los las lo un una unos unas de del en que con por para al su sus se le les es muy mas ' +
    'nos esto eso este esta ese esa cual como donde cuando pero porque sin sobre entre hasta desde hacia ' +
    'tambien ya'
  ).split(' '),
);

/** Small words that are also parts of names: "El Paso", "Los Angeles", "de la Cruz", "Al-Assad". */
const NAME_PARTICLES = new Set(['el', 'la', 'los', 'las', 'de', 'del', 'al', 'san', 'santa']);

/**
 * Roman Urdu's and Tagalog's commonest words: a message with two of them is Urdu or Tagalog, whatever else
 * it holds ("kya", "hai"; "ang", "mga", "po").
 */
const OTHER = new Set('hai hain kya kia tha thi nahi mein ang ng mga yung po ba'.split(' '));

/**
 * Words of Portuguese, French, Italian, German and Dutch that Spanish does not write, as typed (lower case,
 * accents kept): a message with two of them is not Spanish, and one with any needs two Spanish markers
 * ("quantos morreram no atentado", "qui a fait l'attaque", "wat is de naam van de moskee"). A word with a
 * letter Spanish never writes ("ã", "ç", "è", "ö", "ß") and a French or Italian elided word ("l'attaque",
 * "qu'est", "dell'attacco") count too.
 */
const FOREIGN = new Set(
  // Portuguese.
  (
    'quantos quantas quem onde quando qual quais não nao você voce vc vcs vocês voces é foi foram são sao ' +
    'estão estao isso isto esse essa esses essas ele eles ela elas dele dela deles também tambem então ' +
    'entao pela pelos pelas ao aos às da das num numa em uma com sem mais muito muitos muita morreram ' +
    'morreu mataram matou atacou atacaram aconteceu disse disseram houve há tem têm seu sua feridos ' +
    'mortos mesquita cidade pessoas porquê até já só né ' +
    // French.
    'qui quoi est sont dans avec pour combien pourquoi quel quelle quels où des du aux une il ils ' +
    'elle ont été était fait faite attaque mosquée morts tués blessés cette ces leur après avant ' +
    // Italian.
    'chi perché perche quanti quante sono della dello delle degli nella nel il gli hanno stato stati ' +
    'morti feriti moschea attacco dopo ' +
    // German.
    'der das und ist sind wer wie wo warum wieviele viele mit von bei dem ein eine einen nicht wurde ' +
    'wurden gab gibt haben welche wann auf zu aus nach über moschee anschlag tote getötet ' +
    // Dutch.
    'het een wat waar waarom hoeveel welke zijn bij niet naar voor deze dit werd werden heeft hebben ' +
    'moskee aanslag doden gedood naam'
  ).split(' '),
);

/** Letters Spanish never writes, but Portuguese, French, Italian, German or Dutch do. */
const FOREIGN_LETTERS = /[ãõçâêôàèìòùîïœäößë]/u;

/** Portuguese's past in "-ou", "-iu" and "-aram", "-eram", "-iram" ("atacou", "explodiu", "morreram"). */
const PORTUGUESE_VERB = /^\p{L}{2,}(?:ou|iu|aram|eram|iram)$/u;

/** A French or Italian word elided before a vowel ("l'attaque", "qu'est-ce", "dell'attacco"). */
const ELIDED = /^(?:l|d|qu|s|c|n|j|m|t|dell|all|nell|sull|un)['\u2019]\p{L}/u;

/**
 * English words a Spanglish message holds only a few of (function words and the commonest of questions about
 * the news): in a message mostly of them, the Spanish words it holds are names or borrowings ("who is Juan de
 * la Cruz from La Paz"). Words the glossary reads too ("a", "no", "me", "van") do not count.
 */
const ENGLISH = new Set(
  (
    'the of in on at is are was were be been being did do does what whats who whom whose how when where ' +
    'why which and or to from for with by it its this that these those they them their he she his her him ' +
    'has have had many much people about after before an not will would can could should there than then ' +
    'so if all any some more most other into out up down over under again also just only very say said ' +
    'says tell know think happen happened get got make made take took go went want like u ur r pls plz ' +
    'killed died dead attack attacks attacked bomb bombing bomber blast mosque shrine police army year ' +
    'years city country group state why whats isnt dont didnt doesnt wasnt werent arent cant my your our ' +
    'we you i me us our been being now today yesterday ago since during while because bro guys'
  ).split(' '),
);

/**
 * Words of the glossary spelled the same in English ("capital", "principal", "hospital", "region"): in a
 * message they say nothing of its language, so its share of Spanish words leaves them out.
 */
const COGNATES = new Set(
  (
    'a no me son con sin fin pan once van dan dice solo mas plan capital hospital region principal final ' +
    'general total local global central popular terror area idea radio normal mortal social real rival ' +
    'grave probable posible terrible horrible violento animal civil federal cultural natural original ' +
    'moral personal regional nacional internacional simple doble gas taxi hotel metro bar club sur'
  ).split(' '),
);

/**
 * Short words that are also other chat's ("ke", "se", "te", "e", "o"): they count toward a message's share of
 * Spanish words, but not among the distinct ones it needs (Banglish "se ke", Urdu "ke", "se").
 */
const AMBIGUOUS = new Set('a e o u y i k q ke te se me mi tu to na ki ya si no he ha le lo ni'.split(' '));

/**
 * Articles, particles, fillers and the speaker's own pronouns: how Spanish frames a question, not what it
 * asks. "Que" and "como" are not here: they ask ("what", "how") when they open the question or carry an
 * accent ("qué", "cómo"), and are dropped elsewhere ("dicen que", "como 50").
 */
const DROPPED = new Set(
  (
    'el la los las lo le les un una unos unas de del d al a en y e o u se me te nos mi mis tu tus su sus ' +
    'yo usted ustedes vos es son ser era eran fue fueron sera seran ha han hemos habia habian hubo hay ' +
    'haya ya si ni sino muy tan pues bueno entonces osea oye oiga oigan wey guey mano bro amigo amigos ' +
    'hermano tio chicos muchachos chavos hola buenas gracias porfa porfis xfa plis jaja jajaja ah eh hey ' +
    'ey este vale pana parce che acaso sabe sabes saben dime digan diganme cuentame verdad cierto ' +
    'exactamente realmente neta ahorita ' +
    // "Creo que", "pienso que", "supongo": the asker's own hedge.
    'creo pienso supongo ' +
    // "Dejó 9 muertos" (left 9 dead): the dead are what is asked about.
    'dejo dejaron deja ' +
    // "Habría", "hubieron", "haber": "there is" and "have", framing what is asked.
    'habra habria hubieron haber habido'
  ).split(' '),
);

/**
 * The copula's forms, and "there is" ("hay", "hubo"): dropped, but a yes/no question with one asks "is" ("es
 * peligroso?", "hubo heridos?").
 */
const COPULA =
  /^(?:es|son|era|eran|fue|fueron|sera|seran|estan|estaba|estaban|estar|estuvo|estuvieron|hay|ay|hubo|ubo|habia|abia|habra)$/;

/** Words that, dropped, still say a yes/no question is asked ("verdad?", "es cierto que", "acaso"). */
const YES_NO_TAG = new Set(['verdad', 'cierto', 'acaso']);

/** What a verb form is, for a yes/no question: "funciona" asks "does", "funcionó" "did". */
type Tense = 'present' | 'past' | 'other';

/** Verb forms the glossary lists one by one, with their tense (`tensed`). */
const LISTED_TENSES = new Map<string, Tense>();

/** Verb forms written out from an infinitive, with their English and tense (`conjugated`). */
const CONJUGATED = new Map<string, [string, Tense]>();

/** Past forms the gloss gives, and the forms "did" asks with ("did police arrest"). */
const BASE_FORMS = new Map<string, string>(
  (
    'died:die killed:kill wounded:wound attacked:attack exploded:explode blew:blow claimed:claim said:say ' +
    'happened:happen started:start ended:end emerged:emerge did:do fled:flee relocated:relocate ' +
    'arrived:arrive increased:increase intensified:intensify changed:change lost:lose gained:gain took:take ' +
    'arrested:arrest rescued:rescue evacuated:evacuate destroyed:destroy failed:fail wanted:want had:have ' +
    'sent:send taken:take left:leave partnered:partner joined:join travelled:travel came:come went:go ' +
    'gave:give saw:see knew:know could:can continued:continue put:put wrote:write broke:break fell:fall ' +
    'heard:hear brought:bring got:get made:make felt:feel turned:turn reduced:reduce produced:produce ' +
    'maintained:maintain obtained:obtain imposed:impose suggested:suggest warned:warn opened:open ' +
    'chose:choose moved:move succeeded:succeed done:do'
  )
    .split(' ')
    .map((pair): [string, string] => pair.split(':') as [string, string]),
);
BASE_FORMS.set('came out', 'come out');

/**
 * Regular verbs: each line is the infinitive (with the present's stem after it where its vowel changes,
 * "costar cuest"), a colon, and the English base, past and "-ing" forms (and the participle where it differs,
 * "take took taking taken"). Written out: the present's "-a", "-an" ("-e", "-en"), the preterite's "-ó",
 * "-aron" ("-ió", "-ieron"), the imperfect's "-aba", "-aban" ("-ía", "-ían"), "-ando" ("-iendo"), "-ado",
 * "-ada", "-ados", "-adas" ("-ido" ...), "-amos" and the infinitive, "-se" added ("meterse"). A "-uir" verb
 * writes its "y" ("contribuye", "contribuyó", "contribuyendo"), and so does a stem ending in a vowel ("leyó").
 */
function conjugated(table: string): Array<[string, string]> {
  return table
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [spanish = '', english = ''] = line.split(':');
      const [infinitive = '', changed] = spanish.trim().split(/\s+/);
      const [base = '', past = '', ing = '', done = past] = english.trim().split(/\s+/);
      const stem = infinitive.slice(0, -2);
      const forms: Array<[string, string, Tense]> = [];
      const add = (english: string, tense: Tense, ...spanish: string[]) =>
        forms.push(...spanish.map((form): [string, string, Tense] => [form, english, tense]));
      if (past !== base && !BASE_FORMS.has(past)) BASE_FORMS.set(past, base);
      if (infinitive.endsWith('ar')) {
        const present = changed ?? stem;
        add(base, 'present', `${present}a`, `${present}an`);
        add(base, 'other', infinitive, `${infinitive}se`, `${stem}amos`);
        add(past, 'past', `${stem}o`, `${stem}aron`, `${stem}aba`, `${stem}aban`);
        add(ing, 'other', `${stem}ando`);
        add(done, 'other', `${stem}ado`, `${stem}ada`, `${stem}ados`, `${stem}adas`);
      } else {
        const present = changed ?? (infinitive.endsWith('uir') ? `${stem}y` : stem);
        const i = /[aeiou]$/.test(stem) ? 'y' : 'i';
        add(base, 'present', `${present}e`, `${present}en`);
        add(base, 'other', infinitive, `${infinitive}se`, `${stem}${infinitive.at(-2)}mos`);
        add(past, 'past', `${stem}${i}o`, `${stem}${i}eron`, `${stem}ia`, `${stem}ian`);
        add(ing, 'other', `${stem}${i}endo`);
        add(done, 'other', `${stem}ido`, `${stem}ida`, `${stem}idos`, `${stem}idas`);
      }
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
 * Words and their English, in the spellings typed without accents (a typed "murió" is looked up as "murio";
 * "ñ" stays, and "ano" / "anio" are listed beside "año"). "Que" and "como" are read apart (see DROPPED). Later
 * tables win over earlier ones: "para" is "for", not "stops" (of "parar").
 */
const WORDS: ReadonlyMap<string, string> = new Map([
  // Regular verbs, their forms written out.
  ...conjugated(`
    funcionar: work worked working
    coincidir: coincide coincided coinciding
    aprovechar: exploit exploited exploiting
    capitalizar: capitalize capitalized capitalizing
    escuchar: listen listened listening
    tratar: try tried trying
    intentar: attempt attempted attempting
    avanzar: advance advanced advancing
    esperar: expect expected expecting
    tomar: take took taking taken
    reclamar: claim claimed claiming
    reivindicar: claim claimed claiming
    adjudicar: claim claimed claiming
    parar: stop stopped stopping
    frenar: stop stopped stopping
    pelear: fight fought fighting
    luchar: fight fought fighting
    combatir: fight fought fighting
    hablar: speak spoke speaking spoken
    platicar: talk talked talking
    conversar: talk talked talking
    correr: run ran running run
    contribuir: contribute contributed contributing
    planear: plan planned planning
    planificar: plan planned planning
    llegar: reach reached reaching
    alcanzar: reach reached reaching
    volver vuelv: return returned returning
    regresar: return returned returning
    representar: represent represented representing
    simbolizar: symbolize symbolized symbolizing
    vivir: live lived living
    trabajar: work worked working
    provocar: provoke provoked provoking
    causar: cause caused causing
    costar cuest: cost cost costing
    meter: penetrate penetrated penetrating
    penetrar: penetrate penetrated penetrating
    infiltrar: infiltrate infiltrated infiltrating
    significar: mean meant meaning
    demostrar demuestr: show showed showing shown
    mostrar muestr: show showed showing shown
    probar prueb: prove proved proving proven
    confirmar: confirm confirmed confirming
    reafirmar: reassert reasserted reasserting
    buscar: look looked looking
    cambiar: change changed changing
    aumentar: increase increased increasing
    incrementar: increase increased increasing
    intensificar: intensify intensified intensifying
    debilitar: weaken weakened weakening
    fortalecer: strengthen strengthened strengthening
    amenazar: threaten threatened threatening
    reubicar: relocate relocated relocating
    mudar: relocate relocated relocating
    trasladar: relocate relocated relocating
    apoyar: support supported supporting backed
    respaldar: back backed backing
    financiar: fund funded funding
    lograr: achieve achieved achieving
    fracasar: fail failed failing
    fallar: fail failed failing
    golpear: hit hit hitting
    explotar: explode exploded exploding
    estallar: explode exploded exploding
    detonar: detonate detonated detonating
    matar: kill killed killing
    asesinar: kill killed killing
    atacar: attack attacked attacking
    bombardear: bomb bombed bombing
    disparar: shoot shot shooting
    lesionar: injure injured injuring
    usar: use used using
    utilizar: use used using
    operar: operate operated operating
    controlar: control controlled controlling
    gobernar gobiern: govern governed governing
    dirigir: lead led leading
    liderar: lead led leading
    encabezar: lead led leading
    comandar: command commanded commanding
    organizar: organize organized organizing
    ejecutar: carry carried carrying
    realizar: carry carried carrying
    cometer: commit committed committing
    perpetrar: perpetrate perpetrated perpetrating
    lanzar: launch launched launching
    ganar: gain gained gaining
    perder pierd: lose lost losing
    recuperar: recover recovered recovering
    conquistar: conquer conquered conquering
    capturar: capture captured capturing
    ocupar: occupy occupied occupying
    invadir: invade invaded invading
    retirar: withdraw withdrew withdrawing withdrawn
    escapar: flee fled fleeing
    esconder: hide hid hiding hidden
    proteger: protect protected protecting
    defender defiend: defend defended defending
    vigilar: watch watched watching
    evitar: prevent prevented preventing
    arrestar: arrest arrested arresting
    liberar: free freed freeing
    secuestrar: kidnap kidnapped kidnapping
    informar: report reported reporting
    reportar: report reported reporting
    publicar: publish published publishing
    mencionar: mention mentioned mentioning
    explicar: explain explained explaining
    contar cuent: tell told telling
    preguntar: ask asked asking
    responder: answer answered answering
    afirmar: say said saying
    declarar: declare declared declaring
    anunciar: announce announced announcing
    asegurar: assure assured assuring
    senalar: note noted noting
    señalar: note noted noting
    notar: note noted noting
    indicar: indicate indicated indicating
    revelar: reveal revealed revealing
    descubrir: discover discovered discovering discovered
    encontrar encuentr: find found finding
    hallar: find found finding
    investigar: investigate investigated investigating
    analizar: analyse analysed analysing
    entender entiend: understand understood understanding
    conocer: know knew knowing known
    recordar recuerd: remember remembered remembering
    olvidar: forget forgot forgetting forgotten
    mirar: look looked looking
    aparecer: appear appeared appearing
    desaparecer: disappear disappeared disappearing
    parecer: seem seemed seeming
    pasar: happen happened happening
    ocurrir: happen happened happening
    suceder: happen happened happening
    acabar: end ended ending
    terminar: end ended ending
    empezar empiez: start started starting
    comenzar comienz: start started starting
    iniciar: start started starting
    continuar: continue continued continuing
    durar: last lasted lasting
    quedar: remain remained remaining
    permanecer: remain remained remaining
    viajar: travel travelled travelling
    visitar: visit visited visiting
    reunir: gather gathered gathering
    celebrar: celebrate celebrated celebrating
    bailar: dance danced dancing
    cantar: chant chanted chanting
    rezar: pray prayed praying
    orar: pray prayed praying
    gritar: shout shouted shouting
    llorar: cry cried crying
    caminar: walk walked walking
    crecer: grow grew growing grown
    disminuir: decrease decreased decreasing
    bajar: drop dropped dropping
    subir: rise rose rising risen
    mejorar: improve improved improving
    empeorar: worsen worsened worsening
    socavar: undermine undermined undermining
    desestabilizar: destabilize destabilized destabilizing
    desmantelar: dismantle dismantled dismantling
    destruir: destroy destroyed destroying
    construir: build built building
    establecer: establish established establishing
    crear: create created creating
    formar: form formed forming
    fundar: found founded founding
    nacer: emerge emerged emerging
    emerger: emerge emerged emerging
    originar: originate originated originating
    expandir: expand expanded expanding
    extender extiend: spread spread spreading
    limitar: confine confined confining
    confinar: confine confined confining
    restringir: restrict restricted restricting
    enfocar: focus focused focusing
    centrar: focus focused focusing
    concentrar: focus focused focusing
    desviar: divert diverted diverting
    redirigir: redirect redirected redirecting
    atraer: attract attracted attracting
    aliar: partner partnered partnering
    unir: join joined joining
    entrenar: train trained training
    reclutar: recruit recruited recruiting
    enviar: send sent sending
    mandar: send sent sending
    llevar: take took taking taken
    exigir: demand demanded demanding
    necesitar: need needed needing
    desear: want wanted wanting
    escribir: write wrote writing written
    leer: read read reading
    creer: believe believed believing
    estudiar: study studied studying
    morir muer: die died dying dead
    herir hier: wound wounded wounding
    huir: flee fled fleeing
    atribuir: claim claimed claiming
    incluir: include included including
    influir: influence influenced influencing
    inmolar: blow blew blowing blown
    suicidar: kill killed killing
    desafiar: challenge challenged challenging
    retar: challenge challenged challenging
    enfrentar: confront confronted confronting
    resistir: resist resisted resisting
    derrotar: defeat defeated defeating
    vencer: defeat defeated defeating
    negociar: negotiate negotiated negotiating
    firmar: sign signed signing
    romper: break broke breaking broken
    colapsar: collapse collapsed collapsing
    lograr: achieve achieved achieving
    cruzar: cross crossed crossing
    entrar: enter entered entering
    preocupar: worry worried worrying
    temer: fear feared fearing
    importar: matter mattered mattering
    permitir: allow allowed allowing
    culpar: blame blamed blaming
    acusar: accuse accused accusing
    sospechar: suspect suspected suspecting
    identificar: identify identified identifying
    nombrar: name named naming
    llamar: call called calling
    etiquetar: label labelled labelling
    calificar: label labelled labelling
    considerar: consider considered considering
    describir: describe described describing described
    definir: define defined defining
    comparar: compare compared comparing
    pagar: pay paid paying
    participar: participate participated participating
    involucrar: involve involved involving
    pertenecer: belong belonged belonging
    colaborar: collaborate collaborated collaborating
    rescatar: rescue rescued rescuing
    salvar: rescue rescued rescuing
    evacuar: evacuate evacuated evacuating
    arruinar: ruin ruined ruining
    dañar: damage damaged damaging
    danar: damage damaged damaging
    mutar: mutate mutated mutating
    evolucionar: evolve evolved evolving
    evaluar: assess assessed assessing
    calcular: estimate estimated estimating
    estimar: estimate estimated estimating
    sumar: add added adding
    terminar: end ended ending
    votar: vote voted voting
    jugar jueg: play played playing
    apostar apuest: bet bet betting
    pensar piens: think thought thinking
    opinar: think thought thinking
    enojar: anger angered angering angry
    reconstruir: rebuild rebuilt rebuilding
    inspeccionar: inspect inspected inspecting
    revisar: check checked checking
    cerrar cierr: close closed closing
    abrir: open opened opening
    cubrir: cover covered covering
    apagar: extinguish extinguished extinguishing
    quemar: burn burned burning
    inundar: flood flooded flooding
    derrumbar: collapse collapsed collapsing
    caer: fall fell falling fallen
    chocar: crash crashed crashing
    robar: steal stole stealing stolen
    protestar: protest protested protesting
    marchar: march marched marching
    elegir elig: elect elected electing
    ayudar: help helped helping
    donar: donate donated donating
    acoger: shelter sheltered sheltering
    alimentar: feed fed feeding
    curar: treat treated treating
    atender atiend: treat treated treating
    sobrevivir: survive survived surviving
    identificar: identify identified identifying
    juzgar: try tried trying
    castigar: punish punished punishing
    multar: fine fined fining
    demandar: sue sued suing
    compensar: compensate compensated compensating
    indemnizar: compensate compensated compensating
    prometer: promise promised promising
    cumplir: fulfil fulfilled fulfilling
    ignorar: ignore ignored ignoring
    advertir adviert: warn warned warning
    avisar: warn warned warning
    alertar: alert alerted alerting
    negar nieg: deny denied denying
    admitir: admit admitted admitting
    reconocer: acknowledge acknowledged acknowledging
    criticar: criticize criticized criticizing
    condenar: condemn condemned condemning
    lamentar: mourn mourned mourning
    enfadar: anger angered angering angry
    molestar: anger angered angering angry
    irritar: anger angered angering angry
  `),
  // Question words.
  ...glossary(`
    quien quienes kien kienes qien qienes: who
    cuantos cuantas kuantos kuantas cuantoz: how many
    cuanto cuanta kuanto: how much
    cuando kuando cuado qndo: when
    donde dnde dnd onde adonde: where
    porque porq porke xq xk pq pk: why
    cual cuales kual kuales: which
  `),
  // Pronouns, pointers, amounts.
  ...glossary(`
    ella: she
    ellos ellas: they
    nosotros nosotras: we
    esto esta estos estas: this
    eso ese esa esos esas aquel aquella aquello aquellos aquellas: that
    aqui aca: here
    alli alla ahi: there
    todos todas todo toda: all
    otro otra otros otras: other
    mismo misma mismos mismas: same
    muchos muchas mucho mucha: many
    pocos pocas poco poca: few
    algunos algunas algun alguna alguno: some
    algo: anything
    alguien: anyone
    nadie ninguno ninguna ningun nada: none
    cada: each
    mas: more
    menos: less
    mayoria: most
    varios varias: several
    tanto tanta tantos tantas: so many
    demasiado demasiados: too many
    primero primera primer primeros: first
    segundo segunda: second
    tercero tercera tercer: third
    ultimo ultima ultimos ultimas: last
    uno: one
    dos: two
    tres: three
    cuatro: four
    cinco: five
    seis: six
    siete: seven
    ocho: eight
    nueve: nine
    diez: ten
    veinte: twenty
    treinta: thirty
    cuarenta: forty
    cincuenta: fifty
    sesenta: sixty
    cien ciento: hundred
    cientos centenares: hundreds
    mil: thousand
    miles: thousands
    decenas: dozens
    docena docenas: dozen
  `),
  // Linking words, time and measure.
  ...glossary(`
    por x: by
    para: for
    con: with
    sin: without
    sobre acerca: about
    contra: against
    entre: between
    segun: according
    desde dsd: since
    hasta: until
    hacia: toward
    durante: during
    mientras: while
    antes: before
    despues luego: after
    pero: but
    aunque: although
    tambien tb tmb: also
    solo solamente: only
    no: not
    aun todavia: still
    siempre: always
    nunca jamas: never
    cerca: near
    lejos: far
    dentro adentro: inside
    fuera afuera: outside
    detras: behind
    hoy: today
    ayer: yesterday
    anoche: last night
    ahora: now
    manana mañana: tomorrow
    noche: night
    tarde: afternoon
    temprano: early
    pronto: soon
    medianoche: midnight
    madrugada: dawn
    recien recientemente reciente recientes: recent
    pasado pasada: last
    proximo proxima siguiente: next
    año años ano anos anio anios: year
    mes meses: month
    semana semanas: week
    dia dias: day
    hora horas: hour
    minutos: minutes
    fecha: date
    vez veces: times
    edad: age
    lunes: Monday
    martes: Tuesday
    miercoles: Wednesday
    jueves: Thursday
    viernes: Friday
    sabado: Saturday
    domingo: Sunday
    enero: January
    febrero: February
    marzo: March
    abril: April
    mayo: May
    junio: June
    julio: July
    agosto: August
    septiembre setiembre: September
    octubre: October
    noviembre: November
    diciembre: December
    bien: well
    mal: badly
    justo: right
    tipo: kind
    asi: like this
    aproximadamente: about
    casi: almost
    exacto exacta: exact
    principalmente: mainly
    especialmente: especially
    finalmente eventualmente: eventually
  `),
  // People, places, things and what they are like.
  ...glossary(`
    grupo: group
    grupos: groups
    organizacion organizaciones: organization
    gobierno gobiernos: government
    estado estados: state
    policia policias: police
    ejercito ejercitos: army
    militares: military
    soldados: soldiers
    fuerzas fuerza: forces
    presidente: president
    ministro: minister
    alcalde: mayor
    funcionarios oficiales autoridades: officials
    lider lideres jefe jefes dirigente dirigentes: leader
    comandante comandantes: commander
    miembros miembro integrantes: members
    combatientes: fighters
    militantes militante: militants
    insurgentes: insurgents
    rebeldes: rebels
    yihadistas yihadista: jihadists
    extremistas extremista: extremists
    terrorista terroristas: terrorists
    terrorismo: terrorism
    atacante atacantes agresor: attacker
    sospechoso sospechosos: suspect
    suicida suicidas kamikaze: suicide
    testigo testigos: witness
    victimas victima: victims
    analista analistas expertos experto especialista: analysts
    investigador investigadores: researcher
    periodista periodistas reportero reporteros corresponsal: journalist
    adolescente adolescentes: teenage
    adulto adultos adulta: adult
    joven jovenes: young
    niño niños nino ninos niña niñas nina ninas: children
    chico chica muchacho muchacha: boy
    chiquito chiquita pequeño pequeno pequeña pequena: small
    mujer mujeres: women
    hombre hombres: men
    familia familias familiares: families
    madre madres mama: mothers
    padre padres papa: fathers
    hermanos: brothers
    hermanas hermana: sisters
    hijo hijos hija hijas: children
    personas persona gente: people
    trabajadores obreros: workers
    dueño dueno propietario: owner
    bomberos: firefighters
    sobrevivientes supervivientes: survivors
    vecinos residentes habitantes: residents
    peregrinos peregrino: pilgrims
    peregrinacion peregrinaje: pilgrimage
    fieles devotos: worshippers
    musulmanes musulman: Muslims
    mundo: world
    comunidad: community
    internacional: international
    pais: country
    paises: countries
    nacion: nation
    ciudad: city
    ciudades: cities
    capital: capital
    pueblo: town
    barrio: district
    provincia provincias: province
    region regiones: region
    frontera fronteras: border
    fronterizo fronterizas fronterizos: border
    zona zonas area areas: area
    lugar lugares sitio sitios: place
    territorio territorios: territory
    terreno: ground
    norte: north
    sur: south
    oeste occidente occidental: west
    oriente oriental: east
    mezquita mezquitas: mosque
    santuario santuarios: shrine
    templo: temple
    tumba: tomb
    iglesia: church
    escuela: school
    academia: academy
    instituto: institute
    centro: center
    agencia agencias: agency
    hospital: hospital
    fabrica: factory
    casa casas: house
    calle: street
    puente: bridge
    rio: river
    presa represa: dam
    agua: water
    lluvia: rain
    inundacion inundaciones: flood
    incendio fuego: fire
    terremoto sismo: earthquake
    ataque atentado golpe: attack
    ataques atentados golpes: attacks
    explosion explosiones estallido: explosion
    bomba bombas: bomb
    bombazo bombardeo bombardeos: bombing
    masacre: massacre
    guerra: war
    pelea lucha batalla: fight
    peleas luchas batallas: fights
    paz: peace
    acuerdo pacto trato: deal
    acuerdos pactos tratos: deals
    negociaciones conversaciones: talks
    tregua: truce
    ruptura colapso: breakdown
    amenaza amenazas: threat
    seguridad: security
    proteccion: protection
    inteligencia: intelligence
    tacticas tactica estrategia estrategias metodos: tactics
    objetivo objetivos meta metas fin: goal
    plan planes: plan
    jugada apuesta: gambit
    intento intentos: attempts
    esfuerzo esfuerzos: effort
    razon motivo causa motivos razones causas: reason
    mensaje mensajes: message
    señal senal: signal
    simbolo: symbol
    poder: power
    fuerte fuertes: strong
    debil debiles: weak
    debilidad debilidades: weakness
    falla fallas fallo fallos: failures
    brecha brechas hueco huecos vacio vacios: gaps
    vulnerabilidad vulnerabilidades: vulnerability
    problema problemas: problems
    desafio desafios reto retos: challenge
    interno interna internos internas: internal
    externo externos: external
    presion: pressure
    atencion: attention
    operaciones operacion: operations
    actividad actividades: activity
    activo activa activos activas: active
    presencia: presence
    manera modo: way
    foco enfoque: focus
    prioridad: priority
    originario originarios originaria originarias oriundos: originate
    relacion relaciones lazos vinculos: ties
    enemigo enemiga enemigos: enemy
    separatistas separatista: separatists
    coalicion: coalition
    tropas: troops
    califato: caliphate
    momento: moment
    tiempo: time
    silencio: silence
    calma: calm
    ramas filiales: offshoots
    rama filial: offshoot
    sectario sectarios sectaria sectarias: sectarian
    derrota: defeat
    victoria: victory
    poblacion: population
    santo: saint
    sufi sufies: Sufi
    islam: Islam
    islamico islamica islamicos islamicas: Islamic
    version: version
    estricta estricto: strict
    religion religiosa religioso: religion
    nombre: name
    noticia noticias: news
    articulo nota: article
    informe reporte reportaje: report
    informacion: information
    investigacion: research
    dinero: money
    armas: weapons
    daños danos daño dano: damage
    gritos grito: cries
    llanto llantos: cries
    baile bailes: dancing
    cantos canticos: chanting
    jerarquia: hierarchy
    narrativa: narrative
    descentralizacion: decentralization
    organizada organizado organizados organizadas: organized
    tipo tipos: kind
    impacto: impact
    escala: scale
    aumento: increase
    crecimiento: growth
    auge ascenso: rise
    cambio cambios: change
    peligroso peligrosa peligrosos: dangerous
    violento violentos violenta: violent
    mortal mortales mortifero letal: deadly
    sangriento: bloody
    importante importantes: important
    principal principales: main
    central: central
    clave: key
    grande grandes gran: big
    enorme: huge
    mayor: largest
    alto alta: high
    bajo baja: low
    nuevo nueva nuevos nuevas: new
    viejo vieja antiguo antigua: old
    actual actuales: current
    futuro: future
    final: final
    dificil dificiles: difficult
    facil: easy
    probable: likely
    posible: possible
    seguro segura: sure
    vulnerable vulnerables: vulnerable
    significativo significativa: significant
    popular: popular
    tradicionales tradicional: traditional
    individuales individual: individual
    selectivos selectivas dirigidos: targeted
    relativo relativa: relative
    critico critica criticos: critical
    vivo vivos: alive
    muertos muertas muerto muerta fallecidos: dead
    muerte muertes: deaths
    heridos heridas herido herida lesionados: injured
    pakistan paquistan: Pakistan
    pakistani pakistanies paquistani paquistanies: Pakistani
    afganistan: Afghanistan
    afgano afganos: Afghan
    irak iraq: Iraq
    iraqui iraquies: Iraqi
    siria: Syria
    sirio sirios sirias: Syrian
    rusia: Russia
    ruso rusos rusa rusas: Russian
    africa: Africa
    europa: Europe
    libia: Libya
    egipto: Egypt
    baluchistan: Balochistan
    baluches baluchis: Baloch
    eeuu ee.uu usa: US
    ei: Islamic State
    talibanes taliban: Taliban
    americanos estadounidenses norteamericanos estadounidense: American
  `),
  // Everyday things of the news: buildings, disasters, help, courts, the press.
  ...glossary(`
    alarma alarmas: alarm
    salida salidas: exit
    puerta puertas: door
    edificio edificios: building
    piso pisos: floor
    techo: roof
    pared paredes: wall
    ventana ventanas: window
    cuarto habitacion sala: room
    oficina oficinas: office
    tienda tiendas: shop
    mercado: market
    empresa empresas compania: company
    negocio negocios: business
    economia: economy
    carro coche auto: car
    camion: truck
    avion aviones: plane
    tren: train
    aeropuerto: airport
    estacion: station
    humo: smoke
    llamas: flames
    electricidad luz: electricity
    energia: energy
    fuga: leak
    quimicos: chemicals
    tela telas: fabric
    turno: shift
    sueldo salario salarios: wage
    sindicato: union
    ley leyes: law
    juez: judge
    tribunal corte: court
    juicio: trial
    carcel prision: prison
    multa: fine
    culpa: fault
    culpable culpables: guilty
    responsable responsables: responsible
    ayuda: help
    donaciones: donations
    refugio: shelter
    comida alimentos: food
    medicos medico doctor doctores: doctors
    enfermeras: nurses
    ambulancia ambulancias: ambulance
    hospitalizados: hospitalized
    cuerpo cuerpos: bodies
    restos: remains
    cifra balance: toll
    numero: number
    lista: list
    foto fotos: photos
    video videos: video
    redes: networks
    prensa: press
    periodico diario: newspaper
    entrevista: interview
    declaraciones comunicado: statement
    portavoz vocero: spokesman
    ministerio: ministry
    embajada: embassy
    refugiados: refugees
    migrantes: migrants
    desplazados: displaced
    campamento campamentos: camp
    tormenta: storm
    huracan: hurricane
    viento: wind
    ola olas: wave
    sequia: drought
    calor: heat
    frio: cold
    derrumbe deslizamiento: landslide
    accidente: accident
    choque: crash
    tiroteo: shooting
    disparos balas: shots
    secuestro: kidnapping
    rehenes: hostages
    robo: robbery
    protesta protestas manifestacion manifestaciones: protest
    huelga: strike
    elecciones: election
    partido: party
    candidato: candidate
    oposicion: opposition
    congreso: congress
    inspeccion inspecciones: inspection
    evacuacion: evacuation
    rescate: rescue
    reconstruccion: reconstruction
  `),
  // Doing: verbs whose forms are listed, each tense on its own ("murió" did, "muere" does).
  ...tensed(
    'past',
    `
    murieron murio fallecieron fallecio: died
    mataron mato asesinaron asesino: killed
    hirieron hirio: wounded
    atacaron ataco: attacked
    exploto explotaron estallo estallaron detono detonaron: exploded
    inmolo: blew
    reivindico reivindicaron adjudico adjudicaron atribuyo atribuyeron asumio asumieron: claimed
    dijo dijeron declaro declararon afirmo afirmaron decia decian: said
    paso pasaron ocurrio sucedio: happened
    empezo empezaron comenzo comenzaron inicio iniciaron: started
    termino terminaron acabo: ended
    surgio surgieron nacio: emerged
    hizo hicieron: did
    hacian: doing
    queria querian quiso quisieron: wanted
    huyeron huyo escaparon escapo: fled
    trasladaron mudaron reubicaron mudo: relocated
    iban iba fue fueron: went
    vino vinieron venia venian: came
    llego llegaron: arrived
    alio aliaron: partnered
    mando mandaron envio enviaron: sent
    llevaron llevo: took
    viajaba viajaban viajo viajaron: travelled
    unio unieron: joined
    pudo pudieron podia podian: could
    salieron salio: left
    aumento aumentaron crecio crecieron: increased
    intensifico intensificaron: intensified
    cambio cambiaron: changed
    perdio perdieron: lost
    gano ganaron: gained
    tomo tomaron: took
    arrestaron detuvieron capturaron arresto detuvo capturo: arrested
    rescataron rescato salvaron: rescued
    destruyo destruyeron: destroyed
    fallaron fracasaron fracaso fallo: failed
    tenia tenian tuvo tuvieron: had
    siguio siguieron seguia seguian: continued
    puso pusieron ponia: put
    dio dieron daba daban: gave
    vio vieron veia veian: saw
    volvio volvieron: returned
    trajo trajeron traia: brought
    consiguio consiguieron: achieved
    pidio pidieron: asked
    sintio sintieron sentia: felt
    redujo redujeron: reduced
    produjo produjeron: produced
    mantuvo mantuvieron: maintained
    obtuvo obtuvieron: obtained
    impuso impusieron: imposed
    sugirio sugirieron: suggested
    advirtio advirtieron: warned
    convirtio convirtieron: turned
    rompio rompieron: broke
    abrio abrieron: opened
    cayo cayeron: fell
    oyo oyeron oian: heard
    supo supieron sabia sabian: knew
    eligio eligieron: chose
    movio movieron: moved
    debia debian: should
  `,
  ),
  ...tensed(
    'present',
    `
    mueren muere: die
    matan mata: kill
    atacan ataca: attack
    reivindica: claim
    dicen dice: say
    pasa ocurre sucede: happen
    empieza comienza: start
    hace hacen: do
    quiere quieren: want
    busca buscan: seek
    huyen huye: flee
    van va: go
    vienen viene: come
    originan origina: originate
    usan: use
    opera operan: operate
    controla controlan: control
    apoya apoyan: support
    lucha luchan pelean: fight
    explica explicame explicanos: explain
    significa significan: mean
    llama llaman: call
    puede pueden podria podrian pueda puedan: can
    tiene tienen: has
    sigue siguen: still
    pone ponen: put
    da dan: give
    ve ven: see
    trae traen: bring
    consigue consiguen: achieve
    pide piden: ask
    siente sienten: feel
    mantiene mantienen: maintain
    sugiere sugieren: suggest
    advierte advierten: warn
    debe deben deberia deberian: should
    sale salen: leave
    sabemos: know
    cuesta cuestan: cost
  `,
  ),
  ...tensed(
    'other',
    `
    morir: die
    matado asesinados: killed
    atacado atacada atacados atacadas: attacked
    atacar: attack
    responsabilidad: responsibility
    decir diciendo dicho: said
    hecho hecha hechos hechas: done
    hacer: do
    haciendo: doing
    buscaba buscando: looking
    trasladados: relocated
    ir yendo: go
    venir viniendo venido: come
    llevados llevadas llevar: taken
    entrar entraron entro penetrar: penetrate
    perdiendo: losing
    ganando: gaining
    atacando: attacking
    matando: killing
    muriendo: dying
    huyendo: fleeing
    creciendo aumentando: increasing
    operando: operating
    cambiando: changing
    bailando: dancing
    cantando: chanting
    corriendo: running
    gritando: shouting
    intentando tratando: attempting
    podido poder: able
    salir saliendo salido: leave
    evacuaron evacuados: evacuated
    destruido destruidos: destroyed
    significado: meaning of
    tener teniendo tenido: have
    seguido siguiendo seguir: continue
    poner poniendo puesto ponerse: put
    dar dando dado: give
    ver viendo visto: seen
    vuelto: returned
    escrito: written
    descrito descrita: described
    descubierto: discovered
    roto rota rotos rotas: broken
    abierto: opened
    muerto: dead
    querer: want
  `,
  ),
]);

/** Verb forms of the glossary that are English words too. */
const ENGLISH_VERB_FORMS = new Set(['costar', 'defender', 'extender', 'meter', 'leer', 'romper', 'querer']);

/** Verb forms the glossary reads, with their tense, for a yes/no question ("funciona?" asks "does"). */
const TENSES: ReadonlyMap<string, Tense> = new Map([
  ...[...CONJUGATED].flatMap(([form, [english, tense]]): Array<[string, Tense]> =>
    WORDS.get(form) === english ? [[form, tense]] : [],
  ),
  ...LISTED_TENSES,
]);
// A verb's past in "-aron", "-ieron", "-aba", "-aban", its infinitive and its "-ando", "-iendo" are Spanish
// only ("funcionaron", "atacar", "debilitando"), but for the few English writes too ("defender", "meter").
for (const [form, tense] of TENSES)
  if (
    (tense === 'past' ? /(?:aron|ieron|yeron|aba|aban)$/ : /^\p{L}{3,}(?:ar|er|ir|ando|iendo|yendo)$/u).test(
      form,
    ) &&
    !ENGLISH_VERB_FORMS.has(form)
  )
    MARKERS.add(form);

/**
 * Phrases read before single words, on the message as typed (particles and all): "a qué hora" is "what
 * time", "por que" "why". An empty English drops the phrase ("alguien sabe", "por favor").
 */
const PHRASES: ReadonlyMap<string, string> = new Map(
  (
    [
      [['por que', 'por q', 'por k', 'x que', 'x q', 'x k', 'por que razon', 'por que motivo'], 'why'],
      [['para que', 'pa que', 'pa q', 'para q', 'para que sirve', 'para que sirvio'], 'what for'],
      [['con que fin', 'con que objetivo', 'con que proposito'], 'what goal'],
      [['a que hora', 'a q hora', 'que hora'], 'what time'],
      [
        ['en que año', 'en que ano', 'en que anio', 'que año', 'que ano', 'en q año', 'en q ano'],
        'what year',
      ],
      [['en que fecha', 'que fecha', 'que dia', 'en que dia'], 'what date'],
      [['cuantos años tenia', 'cuantos anos tenia', 'cuantos años tiene', 'cuantos anos tiene'], 'how old'],
      [['que edad', 'q edad', 'que edad tenia', 'que edad tiene'], 'how old'],
      [['cuanto tiempo', 'cuanto duro', 'cuanto tiempo duro'], 'how long'],
      [['hace cuanto', 'hace cuanto tiempo', 'desde hace cuanto'], 'how long ago'],
      [['cuantos dias'], 'how many days'],
      [['cuantas veces'], 'how many times'],
      [['cuanta gente', 'cuanta persona'], 'how many people'],
      [['que tan', 'q tan', 'que tanto'], 'how'],
      [['que tipo de', 'que clase de', 'q tipo de'], 'what kind of'],
      [
        [
          'desde cuando',
          'dsd cuando',
          'desde kuando',
          'desde que año',
          'desde que ano',
          'a partir de cuando',
          'a partir de que año',
          'a partir de que ano',
        ],
        'since when',
      ],
      [['a partir de'], 'from'],
      [['hasta cuando'], 'until when'],
      [['de donde', 'de dnd', 'de dónde'], 'where from'],
      [['por donde', 'en donde', 'en dnd', 'hacia donde', 'pa donde', 'para donde', 'a donde'], 'where'],
      [['de quien', 'de quienes'], 'whose'],
      [['cual es', 'cuales son', 'cual era', 'cuales eran', 'cual fue', 'cuales fueron'], 'what'],
      [
        ['como se llama', 'como se llamaba', 'como se llaman', 'como se llamaban', 'cual es el nombre'],
        'name',
      ],
      [['que significa', 'que quiere decir', 'q significa', 'quiere decir'], 'meaning of'],
      [['que paso con', 'q paso con', 'k paso con', 'que le paso a', 'que les paso a'], 'what happened to'],
      [['de que se trata', 'de que trata', 'de que va'], 'what about'],
      [
        [
          'que onda',
          'q onda',
          'k onda',
          'ke onda',
          'que tal',
          'q tal',
          'ke tal',
          'quiubo',
          'que pedo',
          'q pedo',
        ],
        '',
      ],
      [['de que manera', 'de que forma', 'de que modo', 'de q manera', 'de q forma'], 'how'],
      [['ha pasado', 'han pasado', 'habia pasado', 'ha ocurrido', 'ha sucedido'], 'happened'],
      [['mas grande', 'mas grandes'], 'largest'],
      [['mas importante', 'mas importantes'], 'most important'],
      [['mas violento', 'mas violentos', 'mas violenta', 'mas violentas'], 'most violent'],
      [['mas peligroso', 'mas peligrosos', 'mas peligrosa', 'mas peligrosas'], 'most dangerous'],
      [['en ese momento', 'en ese entonces', 'en ese tiempo'], 'then'],
      [['al final', 'a fin de cuentas', 'en ultima instancia', 'a la larga'], 'ultimately'],
      [['al mismo tiempo', 'a la vez'], 'at the same time'],
      [['perdieron la vida', 'perdio la vida'], 'died'],
      [['hombre bomba', 'terrorista suicida', 'atacante suicida', 'bombardero suicida'], 'suicide bomber'],
      [['se inmolo', 'se hizo explotar', 'se volo', 'se hizo estallar'], 'blew himself up'],
      [['se hizo responsable', 'se responsabilizo', 'se atribuyo', 'se adjudico'], 'claimed'],
      // "Le cuesta" (it costs him): he finds it hard.
      [
        ['le cuesta', 'les cuesta', 'le costo', 'les costo', 'le ha costado', 'les ha costado', 'le resulta'],
        'difficult',
      ],
      // "Salió bien" (it came out well): it worked, or did not.
      [['salio bien', 'salieron bien', 'sale bien', 'le salio bien', 'les salio bien'], 'succeeded'],
      [
        ['salio mal', 'salieron mal', 'le salio mal', 'les salio mal', 'salio al reves', 'salio caro'],
        'failed',
      ],
      [['ya no'], 'no longer'],
      [['otra vez', 'de nuevo'], 'again'],
      [['sobre todo'], 'especially'],
      [['al menos', 'por lo menos'], 'at least'],
      [['mas de'], 'more than'],
      [['menos de'], 'less than'],
      [['en vez de', 'en lugar de'], 'instead of'],
      [['la mayoria de', 'la mayor parte de'], 'most'],
      [['a traves de'], 'through'],
      [['hoy en dia'], 'today'],
      [['primer ministro'], 'prime minister'],
      [['cadena de mando'], 'command hierarchy'],
      [['ataques aereos', 'ataque aereo', 'bombardeos aereos', 'bombardeo aereo'], 'airstrikes'],
      [['norte de africa', 'africa del norte'], 'North Africa'],
      [['africa occidental', 'africa del oeste'], 'West Africa'],
      // "Al" before an Arabic name is the name's ("al qaida"), not "to the".
      [['al qaida', 'al qaeda', 'al kaida', 'al kaeda', 'al quaeda', 'alqaeda', 'alqaida'], 'al-Qaida'],
      [['al assad'], 'al-Assad'],
      [['al baghdadi'], 'al-Baghdadi'],
      [['estado islamico'], 'Islamic State'],
      [['estados unidos'], 'United States'],
      [['medio oriente', 'oriente medio'], 'Middle East'],
      [['la semana pasada'], 'last week'],
      [['el año pasado', 'el ano pasado'], 'last year'],
      [['el mes pasado'], 'last month'],
      [['creo que', 'pienso que', 'supongo que'], ''],
      [['lo que', 'o sea', 'a ver', 'por favor', 'por fa', 'alguien sabe', 'alguien sabe si'], ''],
      [['me puedes decir', 'me pueden decir', 'me podrias decir', 'me dices', 'me dicen', 'sabes si'], ''],
      // A yes/no question's frame: "es cierto que ...", "o no", "si o no".
      [['es cierto que', 'es verdad que', 'sera que', 'es cierto', 'es verdad', 'o no', 'si o no'], ''],
    ] as const
  ).flatMap(([forms, english]) => forms.map((form): [string, string] => [plain(form), english])),
);
const LONGEST_PHRASE = Math.max(...[...PHRASES.keys()].map((phrase) => phrase.split(' ').length));
/** The first words of the phrases. */
const PHRASE_STARTS: ReadonlySet<string> = new Set(
  [...PHRASES.keys()].map((phrase) => phrase.split(' ')[0]!),
);

/** Phrases that frame a yes/no question ("es cierto que", "o no"). */
const YES_NO_PHRASE = /^(?:es cierto|es verdad|sera que|o no|si o no)/;

/** A yes/no question's closing tag: "... o no", "... o que", "... si o no". */
const YES_NO_END = /^(?:o|si o) (?:no|que|q|k|ke)$/;

/** Words that ask when they open the question or carry an accent, and are dropped elsewhere. */
const OPENING_ASKS: ReadonlyMap<string, string> = new Map([
  ['que', 'what'],
  ['ke', 'what'],
  ['q', 'what'],
  ['k', 'what'],
  ['como', 'how'],
  ['komo', 'how'],
]);

/** Prepositions before an opening "que": "con que coincidió", "en que provincia", "de que murió" ask "what". */
const ASKING_PREPOSITIONS = new Set(['con', 'en', 'de', 'a', 'sobre', 'contra', 'hacia', 'entre', 'desde']);

/** Words whose accent tells them from a word of the glossary: "hacía" (was doing) is no "hacia" (toward). */
const ACCENTED: ReadonlyMap<string, string> = new Map([
  ['hacía', 'doing'],
  ['hacían', 'doing'],
  ['él', 'he'],
]);

/**
 * Words after which an unaccented "esta" is "está" (is), not "this": "this" comes before a noun, "is" before
 * a place, an article, an adverb, a participle or the question's end ("en que provincia esta", "donde esta
 * la mezquita", "esta muy mal").
 */
const AFTER_ESTA_IS = new Set(
  (
    'en el la los las un una al a con sin entre detras cerca lejos aqui alli ahi aca alla muy mas bien mal ' +
    'todavia aun ya no si tan siendo dentro fuera bajo sobre por de del que'
  ).split(' '),
);

/** The English a question opens with, as glossed. */
const QUESTION_WORD = /^(?:how|what|who|whose|which|when|where|why|since when|until when)\b/;

/** An English question's first word: such a message needs a third marker ("who is Juan, de La Paz?"). */
const ENGLISH_OPENING =
  /^\W*(?:what|whats|who|when|where|why|how|which|is|are|was|were|do|does|did|can|could|has|have|had|will|would|should)\b/i;

/** An accent only Spanish puts on a word of its glossary ("qué", "más", "año"); not French "là". */
const SPANISH_ACCENT = /[áéíóúüñ]/u;

/** Present verbs the gloss gives that ask with "is" ("sigue activo?": "is still active?"), not "does". */
const PRESENT_IS = new Set(['still', 'seeking']);

/** Present verbs that ask by going first ("puede ISKP atacar?": "can ISKP attack?"). */
const MODALS = new Set(['can', 'could', 'should', 'will']);

/** The base form "does" asks with, where the gloss gives another ("tiene": "has"). */
const DOES_BASE: ReadonlyMap<string, string> = new Map([['has', 'have']]);

/** "Haber" before a participle ("ha atacado", "habían huido"). */
const HABER = new Set(['ha', 'han', 'he', 'hemos', 'habia', 'habian', 'habra', 'habran', 'haya', 'hayan']);

/** "Ir" before "a" and an infinitive: the future ("van a atacar", "will attack"). */
const GOING = new Set(['va', 'van', 'vamos', 'voy', 'iba', 'iban']);

/** Words that open a clause inside the question: a verb right after one has its subject dropped. */
const CLAUSE = new Set(['when', 'while']);

/** Words after one who speaks: what they spoke of ("qué dijo Khan sobre el futuro"). */
const SAID_OF = new Set(['about', 'according', 'after', 'before', 'when', 'then', 'at least']);

/** Words whose gloss asks for something rather than asks a question ("explícame el ataque"). */
const REQUEST = new Set(['explain']);

/** A word as the glossary spells it: lower case, without acute accents or diaeresis ("murió" is "murio"). */
function plain(word: string): string {
  // Most words typed are plain ASCII: nothing to take off them.
  if (ASCII.test(word)) return word.toLowerCase();
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0301\u0308]/gu, '')
    .normalize('NFC');
}

/** The words of a message as typed, without the punctuation around them ("¿cuántos" is "cuántos"). */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map(withoutEdges)
    .filter((word) => word !== '');
}

/** Does the glossary know the word (as a word, a dropped particle or an opening question word)? */
function known(word: string): boolean {
  return WORDS.has(word) || DROPPED.has(word) || OPENING_ASKS.has(word);
}

/** Does a word ask, as a question word does ("cuántos", "quien", "qué")? */
function asks(word: string): boolean {
  const lower = plain(word);
  return (
    QUESTION_WORD.test(WORDS.get(lower) ?? '') || (OPENING_ASKS.has(lower) && lower !== word.toLowerCase())
  );
}

/** The English the glossary gives one word ("atentado": "attack"), as typed inside an English question. */
export function spanishWordGloss(word: string): string | undefined {
  return WORDS.get(plain(word));
}

/** Is the word one the glossary reads ("hubo", "mezquita")? In a Spanish message it is no English slip. */
export function isSpanishWord(word: string): boolean {
  const lower = plain(word);
  return known(lower) || MARKERS.has(lower);
}

/** Is the word Portuguese, French, Italian, German or Dutch, as Spanish never writes it? */
function isForeign(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    FOREIGN.has(lower) || FOREIGN_LETTERS.test(lower) || ELIDED.test(lower) || PORTUGUESE_VERB.test(lower)
  );
}

/**
 * The words of a message that are Portuguese, French, Italian, German or Dutch, and Portuguese's article "o"
 * opening it or after a question word ("o que é", "por que o ISKP atacou"), where Spanish's "o" (or) never
 * stands; an opening "o que" counts twice.
 */
function foreignWords(typed: readonly string[]): Set<string> {
  const foreign = new Set(typed.filter(isForeign).map((word) => word.toLowerCase()));
  typed.forEach((word, i) => {
    if (
      /^os?$/iu.test(word) &&
      (i === 0 || /^(?:que|q|quando|onde|como|porque|pq|quem|qual)$/iu.test(typed[i - 1]!))
    )
      foreign.add('o');
  });
  // "O que", opening the message, is Portuguese's "what" (Spanish writes "lo que", "qué").
  if (/^o$/iu.test(typed[0] ?? '') && /^(?:que|q)$/iu.test(typed[1] ?? '')) foreign.add('o que');
  return foreign;
}

/**
 * Does a message with one Spanish marker hold enough of Spanish's small words (three distinct ones, not only
 * the particles of names) to be Spanish?
 */
function manySmallWords(words: readonly string[]): boolean {
  const small = new Set(words.filter((word) => FUNCTION_WORDS.has(word)));
  return small.size >= 3 && [...small].some((word) => !NAME_PARTICLES.has(word));
}

/**
 * Is a message mostly words of the glossary, with at most one English word? Three distinct Spanish words,
 * half its words or more; words spelled the same in English ("capital"), short words other chat types ("se",
 * "ke") and numbers say nothing either way.
 */
function mostlySpanish(words: readonly string[]): boolean {
  const counted = words.filter((word) => !/^\p{N}/u.test(word));
  const spanish = counted.filter((word) => isSpanishWord(word) && !ENGLISH.has(word) && !COGNATES.has(word));
  const distinct = new Set(spanish.filter((word) => !AMBIGUOUS.has(word)));
  const english = new Set(counted.filter((word) => ENGLISH.has(word) && !isSpanishWord(word)));
  return distinct.size >= 3 && spanish.length * 2 >= counted.length && english.size <= 1;
}

/**
 * Is the message Spanish or Spanglish? It holds two distinct Spanish marker words (three when it opens as an
 * English question and no Spanish word asks). Besides the markers, these count: a word typed with a Spanish
 * accent that the glossary knows ("qué", "más", "año"), the words of a phrase that asks ("por que", "a que
 * hora"), a "que" (or "q", "k") opening the question ("y que dijo el alcalde"), a copula or a verb after an
 * opening question word ("quien es", "donde trabaja"), an opening "y" (and) before a Spanish word ("y el
 * atacante?") and an opening "¿" or "¡". A message with one marker is Spanish too when it holds three of
 * Spanish's small words ("la pelea por mosul que representa"), and one with none when it is mostly words of
 * the glossary ("pakistan es el foco principal de IS?"). A word in capitals does not count unless all is in
 * capitals; a message with two of Roman Urdu's or Tagalog's commonest words, or two words of Portuguese,
 * French, Italian, German or Dutch, is not Spanish, and one with one such word needs two markers.
 */
export function isSpanish(text: string): boolean {
  const shouting = isShouting(text);
  const typed = wordsOf(text).filter((word) => shouting || !ACRONYM.test(word));
  const words = typed.map(plain);
  if (new Set(words.filter((word) => OTHER.has(word))).size >= 2) return false;
  const foreign = foreignWords(typed).size;
  if (foreign >= 2) return false;
  const counted = new Set<string>();
  const opening = words.findIndex((word) => !DROPPED.has(word));
  const asking = opening >= 0 && (asks(typed[opening]!) || OPENING_ASKS.has(words[opening]!));
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const phrase = phraseAt(words, i);
    if (phrase !== undefined && QUESTION_WORD.test(phrase[0]))
      for (const part of words.slice(i, i + phrase[1])) counted.add(part);
    const next = words[i + 1] ?? '';
    if (
      MARKERS.has(word) ||
      (SPANISH_ACCENT.test(typed[i]!.toLowerCase()) && known(word) && !isForeign(typed[i]!)) ||
      (i === opening && /^(?:que|q|ke|k)$/.test(word)) ||
      (i === opening + 1 && asking && (COPULA.test(word) || TENSES.has(word))) ||
      (i === 0 && word === 'y' && isSpanishWord(next) && !AMBIGUOUS.has(next) && !ENGLISH.has(next)) ||
      (HABER.has(word) && TENSES.get(next) === 'other')
    )
      counted.add(word);
  }
  const markers = counted.size + (/^\s*[¿¡]/u.test(text) ? 1 : 0);
  const englishOpening = ENGLISH_OPENING.test(text) && !typed.some(asks);
  if (markers >= (englishOpening ? 3 : 2)) return true;
  if (englishOpening || foreign > 0) return false;
  return (markers >= 1 && manySmallWords(words)) || mostlySpanish(words);
}

/** A glossed piece of the message, and whether it is English given by the glossary (not a word as typed). */
interface Piece {
  text: string;
  glossed: boolean;
  /** A verb's tense, where the piece is a verb's gloss. */
  tense?: Tense;
  /** A question word that joins a clause here ("cuando" after a verb), not one that asks. */
  joins?: boolean;
}

/** Is the last piece so far a question word glossed ("where" of "donde")? */
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
 * Is an unaccented "esta" the verb "está" (is)? After a question word, at the end, and before a gerund, a
 * participle or a word "this" never comes before ("donde esta", "en que provincia esta", "esta creciendo",
 * "esta en Karachi").
 */
function estaIsVerb(next: string | undefined, pieces: readonly Piece[]): boolean {
  return (
    next === undefined ||
    asksLast(pieces) ||
    AFTER_ESTA_IS.has(next) ||
    /(?:ando|iendo|yendo)$/.test(next) ||
    (TENSES.get(next) === 'other' && /(?:ado|ada|ados|adas|ido|ida|idos|idas)$/.test(next))
  );
}

/**
 * The English gloss of a Spanish or Spanglish message, word for word with the question word first ("cuantos
 * muertos hubo en la inundación?" is "how many dead flood?"), a yes/no question opened with "did", "does" or
 * "is" ("la policía arrestó al dueño?" is "did police arrest owner?"); any other text unchanged. Words the
 * glossary lacks (English, names, numbers) are kept as typed, and so is a word in capitals in a message not
 * all in capitals ("IS", "ISKP"). Punctuation is dropped, all but a closing "?".
 */
export function spanishAsEnglish(text: string): string {
  if (!isSpanish(text)) return text;
  const shouting = isShouting(text);
  // A word in capitals is a name, kept as typed; a name the glossary spells in English is glossed ("EEUU").
  const name = (word: string) =>
    !shouting && ACRONYM.test(word) && !/^\p{Lu}/u.test(WORDS.get(plain(word)) ?? '');
  const typed = wordsOf(text);
  const words = typed.map((word) => (name(word) ? word : plain(word)));
  // "... o no", "... o que": a yes/no question's closing tag, dropped.
  const tagged = words.length > 2 && YES_NO_END.test(words.slice(-2).join(' '));
  const end = tagged ? words.length - 2 : words.length;
  const pieces: Piece[] = [];
  let yesNo = tagged;
  let copula = false;
  let lateQue = false;
  for (let i = 0; i < end;) {
    const word = words[i]!;
    const spelt = typed[i]!;
    const phrase = name(spelt) ? undefined : phraseAt(words.slice(0, end), i);
    if (phrase !== undefined) {
      const [english, length] = phrase;
      if (english !== '')
        pieces.push({ text: english, glossed: true, tense: BASE_FORMS.has(english) ? 'past' : undefined });
      else if (YES_NO_PHRASE.test(words.slice(i, i + length).join(' '))) yesNo = true;
      i += length;
      continue;
    }
    // "Con que coincidió", "en que provincia": a preposition and "que" opening the question ask "what".
    const after = typed[i + 1];
    if (
      ASKING_PREPOSITIONS.has(word) &&
      after !== undefined &&
      OPENING_ASKS.get(plain(after)) === 'what' &&
      (pieces.length === 0 || SPANISH_ACCENT.test(after.toLowerCase()))
    ) {
      pieces.push({ text: 'what', glossed: true });
      i += 2;
      continue;
    }
    i++;
    const lower = spelt.toLowerCase();
    const accented = SPANISH_ACCENT.test(lower);
    const opening = OPENING_ASKS.get(word);
    const next = i < end ? words[i] : undefined;
    if (name(spelt)) pieces.push({ text: spelt, glossed: false });
    else if (ACCENTED.has(lower)) pieces.push({ text: ACCENTED.get(lower)!, glossed: true });
    // "Que" and "como" ask when nothing is glossed before them or they carry an accent ("y qué pasó"); a
    // "que" among the last two words asks too, unless a verb says it ("la pelea por mosul que representa";
    // not "dicen que murieron").
    else if (opening !== undefined) {
      if (pieces.length === 0 || accented) pieces.push({ text: opening, glossed: true });
      else if (opening === 'what' && i >= end - 1 && !TENSES.has(words[i - 2] ?? '')) lateQue = true;
    }
    // A closing "no" ("murieron niños, no?") asks yes or no; elsewhere it is "not".
    else if (word === 'no' && i === words.length) yesNo = true;
    // "Es", "fue", "está": the copula, dropped, but a yes/no question asks "is" by it. "Esta" unaccented is
    // "this", but where "this" cannot stand it is "está" typed plain ("donde esta la fábrica", "el fuego
    // esta creciendo", "en que provincia esta").
    else if (COPULA.test(word) || (word === 'esta' && (accented || estaIsVerb(next, pieces)))) copula = true;
    else if (DROPPED.has(word)) yesNo ||= YES_NO_TAG.has(word);
    // "Van a atacar": will attack.
    else if (GOING.has(word) && next === 'a' && /(?:ar|er|ir)(?:se)?$/.test(words[i + 1] ?? '')) {
      pieces.push({ text: 'will', glossed: true, tense: 'present' });
      i++;
    }
    // "Salió de Siria": left; "salió" alone: came out.
    else if (word === 'salio' && next !== 'de' && next !== 'del')
      pieces.push({ text: 'came out', glossed: true, tense: 'past' });
    else {
      const english = WORDS.get(word);
      // "Ha atacado", "han hecho": a participle after "haber" is a past.
      const tense = HABER.has(words[i - 2] ?? '') && TENSES.get(word) === 'other' ? 'past' : TENSES.get(word);
      // "Qué hacían cuando explotó": Spanish drops the subject of a clause's verb, "when it exploded".
      if (
        english !== undefined &&
        (tense === 'past' || tense === 'present') &&
        CLAUSE.has(pieces.at(-1)?.text ?? '') &&
        i === end &&
        (pieces.at(-1)!.joins ||
          pieces.slice(0, -1).some((piece) => piece.glossed && QUESTION_WORD.test(piece.text)))
      )
        pieces.push({ text: 'it', glossed: true });
      // "Bailaban cuando explotó": "cuando" after a verb, and not the last word, joins a clause, not asks.
      const joins = english === 'when' && i < end && (copula || pieces.some((piece) => piece.tense));
      pieces.push(
        english === undefined
          ? { text: spelt, glossed: false }
          : { text: english, glossed: true, tense, joins },
      );
    }
  }
  if (pieces.length === 0) return text;
  const mark = /\?\s*$/.test(text) ? '?' : '';
  const asking = mark === '?' || /^\s*¿/u.test(text);
  // The first question word asked, put in front. Only a glossed one: an English "what" typed stays where it
  // is, so that the same message in capitals ("WHAT", not glossed) reads the same.
  let asked = pieces.findIndex((piece) => piece.glossed && !piece.joins && QUESTION_WORD.test(piece.text));
  if (asked > 0) pieces.unshift(...pieces.splice(asked, 1));
  else if (asked < 0 && lateQue && !yesNo) {
    pieces.unshift({ text: 'what', glossed: true });
    asked = 0;
  }
  // "Qué dijo el presidente sobre el ataque": what did the president say about it, as English asks what
  // someone said.
  if (
    asked === 0 &&
    /^(?:what|how)$/.test(pieces[0]!.text) &&
    pieces[1]?.text === 'said' &&
    pieces[1].tense === 'past' &&
    pieces.length > 2
  ) {
    const about = pieces.findIndex((piece, i) => i > 2 && SAID_OF.has(piece.text.toLowerCase()));
    const speaker = pieces.splice(2, (about < 0 ? pieces.length : about) - 2);
    pieces.splice(1, 1, { text: 'did', glossed: true }, ...speaker, { text: 'say', glossed: true });
  }
  // "Cómo se llama la fábrica", "cuál es el nombre del dueño": the name asked, as English asks it ("what is
  // the name of factory"), so that the answer must name one.
  const named = pieces.findIndex((piece) => piece.glossed && piece.text === 'name');
  if (named >= 0 && (asked < 0 || /^(?:what|who|which)$/.test(pieces[0]!.text))) {
    const rest = pieces
      .filter((piece, i) => i !== named && !(piece.glossed && QUESTION_WORD.test(piece.text)))
      .map((piece) => piece.text);
    return `what is the name of ${rest.join(' ')}${mark}`;
  }
  // A yes/no question ("la policía arrestó al dueño?"): "did" with a past verb's base form, "does" with a
  // present one, else "is". It needs a tag ("verdad?", "es cierto que", "o no") or a verb or copula asked
  // of: "y los heridos?" only names a topic.
  const past = pieces.findIndex(
    (piece) => piece.glossed && piece.tense === 'past' && BASE_FORMS.has(piece.text),
  );
  const present = pieces.findIndex((piece) => piece.glossed && piece.tense === 'present');
  const verbal = copula || past >= 0 || present >= 0;
  if (asked < 0 && (yesNo || (asking && verbal)) && !pieces.some((piece) => REQUEST.has(piece.text))) {
    const verb = pieces[present];
    if (past >= 0 && !copula) {
      pieces[past] = { text: BASE_FORMS.get(pieces[past]!.text)!, glossed: true };
      pieces.unshift({ text: 'did', glossed: true });
    } else if (verb !== undefined && !copula && MODALS.has(verb.text))
      pieces.unshift(...pieces.splice(present, 1));
    else if (verb !== undefined && !copula && !PRESENT_IS.has(verb.text)) {
      pieces[present] = { text: DOES_BASE.get(verb.text) ?? verb.text, glossed: true };
      pieces.unshift({ text: 'does', glossed: true });
    } else pieces.unshift({ text: 'is', glossed: true });
  }
  return pieces.map((piece) => piece.text).join(' ') + mark;
}
