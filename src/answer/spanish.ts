/**
 * Questions typed in Spanglish, English mixed with Spanish, as members from Latin America and Spain write
 * ("cuantos muertos hubo en la inundación?", "quien dijo eso", "oye cuando empezó el incendio en la
 * fábrica"): read as the English they ask, word for word, with the question word put in front ("how many
 * dead flood?"). The search reads words, not their order, so the gloss need not be good English; English
 * words, names and numbers pass as typed, and the answer is still a verbatim quote of the article. Only a
 * message with two or more words that only Spanish uses ("cuantos", "quien", "murieron", "ayer") is read so.
 *
 * The same idea as tagalog.ts, kept small and on its own: a glossary of the forms members type (each verb
 * with its inflected and chat spellings listed, "murio murió murieron fallecio"), not a grammar. A yes/no
 * question ("la policía arrestó a alguien?") reads as one: "did police arrest anyone?".
 */

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
 * (Urdu "died"; Spanish has "mar"). They are still glossed once a message is Spanish.
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
    'talibanes ciudades perdiendo atacando viajaban llegaron llego salieron salio llevaron bomberos tarde'
  ).split(' '),
);

/**
 * Roman Urdu's and Tagalog's commonest words: a message with two of them is Urdu or Tagalog, whatever else
 * it holds ("kya", "hai"; "ang", "mga", "po").
 */
const OTHER = new Set('hai hain kya kia tha thi nahi mein ang ng mga yung po ba'.split(' '));

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
    'exactamente realmente ' +
    // "Dejó 9 muertos" (left 9 dead): the dead are what is asked about.
    'dejo dejaron deja'
  ).split(' '),
);

/**
 * The copula's forms, and "there is" ("hay", "hubo"): dropped, but a yes/no question with one asks "is" ("es
 * peligroso?", "hubo heridos?").
 */
const COPULA =
  /^(?:es|son|era|eran|fue|fueron|sera|seran|estan|estaba|estaban|estar|estuvo|hay|ay|hubo|ubo|habia|abia|habra)$/;

/** Words that, dropped, still say a yes/no question is asked ("verdad?", "es cierto que", "acaso"). */
const YES_NO_TAG = new Set(['verdad', 'cierto', 'acaso']);

/** A glossary table: each line is Spanish forms, a colon, and their English. */
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
 * Words and their English, in the spellings typed without accents (a typed "murió" is looked up as "murio";
 * "ñ" stays, and "ano" / "anio" are listed beside "año"). "Que" and "como" are read apart (see DROPPED).
 */
const WORDS: ReadonlyMap<string, string> = new Map([
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
    él: he
    ella: she
    ellos ellas: they
    nosotros nosotras: we
    esto esta estos estas: this
    eso ese esa esos esas aquel aquella aquello: that
    aqui aca: here
    alli alla ahi: there
    todos todas todo toda: all
    otro otra otros otras: other
    mismo misma mismos: same
    muchos muchas mucho mucha: many
    pocos pocas poco: few
    algunos algunas: some
    alguien: anyone
    nadie ninguno ninguna ningun: none
    cada: each
    mas: more
    menos: less
    primero primera primer: first
    segundo segunda: second
    ultimo ultima ultimos: last
    uno: one
    dos: two
    tres: three
    diez: ten
    cien ciento: hundred
    cientos: hundreds
    mil: thousand
    miles: thousands
    decenas: dozens
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
    cerca: near
    lejos: far
    dentro adentro: inside
    fuera afuera: outside
    hoy: today
    ayer: yesterday
    anoche: last night
    ahora: now
    manana mañana: tomorrow
    noche: night
    tarde: afternoon
    recien recientemente reciente: recent
    pasado pasada: last
    año años ano anos anio anios: year
    mes meses: month
    semana semanas: week
    dia dias: day
    hora horas: hour
    fecha: date
    vez veces: times
    edad: age
  `),
  // People, places, things and what they are like.
  ...glossary(`
    grupo: group
    grupos: groups
    gobierno: government
    policia policias: police
    ejercito: army
    militares: military
    soldados: soldiers
    fuerzas: forces
    presidente: president
    alcalde: mayor
    lider lideres jefe: leader
    miembros: members
    combatientes: fighters
    terrorista terroristas: terrorists
    atacante atacantes agresor: attacker
    sospechoso sospechosos: suspect
    suicida kamikaze: suicide
    testigo testigos: witness
    victimas victima: victims
    analista analistas expertos experto: analysts
    adolescente: teenage
    joven jovenes: young
    niño niños nino ninos niña niñas: children
    mujer mujeres: women
    hombre hombres: men
    familia familias: families
    personas persona gente: people
    trabajadores obreros: workers
    dueño dueno propietario: owner
    bomberos: firefighters
    sobrevivientes supervivientes: survivors
    vecinos residentes: residents
    peregrinos: pilgrims
    fieles devotos: worshippers
    pais: country
    paises: countries
    ciudad: city
    ciudades: cities
    capital: capital
    pueblo: town
    barrio: district
    provincia: province
    region: region
    frontera: border
    zona area: area
    lugar: place
    mezquita: mosque
    santuario: shrine
    templo: temple
    tumba: tomb
    iglesia: church
    escuela: school
    academia: academy
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
    ataque atentado: attack
    ataques atentados: attacks
    explosion estallido: explosion
    bomba bombas: bomb
    bombazo bombardeo: bombing
    masacre: massacre
    guerra: war
    paz: peace
    acuerdo: deal
    acuerdos: deals
    amenaza: threat
    seguridad: security
    inteligencia: intelligence
    tacticas tactica estrategia: tactics
    objetivo objetivos meta: goal
    razon motivo causa: reason
    mensaje: message
    poder: power
    territorio: territory
    operaciones operacion: operations
    actividad actividades: activity
    presencia: presence
    relacion relaciones lazos vinculos: ties
    terreno: ground
    enemigo enemiga: enemy
    nacion: nation
    separatistas: separatists
    coalicion: coalition
    tropas: troops
    califato: caliphate
    momento: moment
    ramas filiales: offshoots
    sectario sectarios sectaria: sectarian
    derrota: defeat
    poblacion: population
    santo: saint
    sufi sufies: Sufi
    islamico islamica: Islamic
    estado: state
    nombre: name
    noticia noticias: news
    articulo: article
    informe reporte: report
    dinero: money
    armas: weapons
    daños danos: damage
    peligroso peligrosa: dangerous
    fuerte: strong
    violento violentos: violent
    importante: important
    grande: big
    mayor: largest
    pequeño pequeno: small
    nuevo nueva nuevos nuevas: new
    vivo vivos: alive
    muertos muertas muerto muerta fallecidos: dead
    muerte muertes: deaths
    heridos heridas herido herida lesionados: injured
    afganistan: Afghanistan
    irak: Iraq
    siria: Syria
    rusia: Russia
    africa: Africa
    europa: Europe
    libia: Libya
    egipto: Egypt
    eeuu usa: US
    talibanes taliban: Taliban
    americanos estadounidenses norteamericanos: American
  `),
  // Doing: each verb with the forms typed (past "-ó" / "-aron", present "-a" / "-an", done "-ado").
  ...glossary(`
    murieron murio mueren muere morir fallecieron fallecio fallece: died
    mataron mato matan mata matado asesinaron asesino asesinados: killed
    hirieron hirio: wounded
    atacaron ataco atacado atacada atacados atacadas atacan ataca atacar: attacked
    exploto explotaron estallo estallaron detono detonaron: exploded
    inmolo: blew
    reivindico reivindicaron reivindica adjudico adjudicaron atribuyo atribuyeron asumio asumieron: claimed
    responsabilidad: responsibility
    dijo dijeron dicen decir declaro declararon afirmo afirmaron: said
    paso pasaron pasa ocurrio ocurre sucedio sucede: happened
    empezo empezaron empieza comenzo comenzaron comienza inicio iniciaron: started
    termino terminaron acabo: ended
    surgio surgieron nacio: emerged
    hizo hicieron hace hacen: did
    quiere quieren: want
    queria querian quiso: wanted
    busca buscan buscaba: seeking
    huyeron huyo huyen huye escaparon escapo: fled
    trasladaron mudaron reubicaron mudar mudo trasladar reubicar: relocated
    van va iban ir: go
    vienen viene venian: come
    originan origina originaron: originate
    alio aliaron: partnered
    mando mandaron envio enviaron: sent
    llevaron llevo llevados llevadas trasladados: taken
    entrar entraron entro penetrar: penetrate
    hacia hacian: doing
    usan usaron uso: use
    opera operan operaba operaban: operates
    controla controlan controlaba controlaban: controls
    viaja viajaba viajaban viajo viajaron: travelled
    unio unieron: joined
    perdiendo: losing
    ganando: gaining
    atacando: attacking
    matando: killing
    muriendo: dying
    huyendo: fleeing
    creciendo aumentando: increasing
    operando: operating
    cambiando: changing
    buscando: searching
    bailando: dancing
    cantando: chanting
    corriendo: running
    gritando: shouting
    haciendo: doing
    intentando tratando: attempting
    sigue siguen: still
    podido pudo pudieron: able
    vino vinieron llego llegaron: arrived
    salieron salio salir: left
    aumento aumentaron crecio crecieron: increased
    intensifico intensificaron: intensified
    cambio cambiaron: changed
    perdio perdieron: lost
    gano ganaron: gained
    tomo tomaron: took
    apoya apoyan apoyo apoyaron: support
    lucha luchan pelean lucharon: fight
    arrestaron detuvieron capturaron arresto: arrested
    rescataron rescato salvaron: rescued
    evacuaron evacuados: evacuated
    destruyo destruyeron destruido: destroyed
    fallaron fracasaron fracaso fallo: failed
    explica explicame explicanos: explain
    significa significan significado: meaning of
    llama llaman llamaba llamaban: name
    puede pueden podria: can
    tiene tienen: has
    tenia tenian tuvo tuvieron: had
  `),
]);

/**
 * Phrases read before single words, on the message as typed (particles and all): "a qué hora" is "what
 * time", "por que" "why". An empty English drops the phrase ("alguien sabe", "por favor").
 */
const PHRASES: ReadonlyMap<string, string> = new Map(
  (
    [
      [['por que', 'por q', 'por k', 'x que', 'x q', 'x k', 'por que razon', 'por que motivo'], 'why'],
      [['para que', 'pa que', 'pa q', 'para q'], 'what for'],
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
      [['desde cuando', 'dsd cuando', 'desde kuando', 'desde que año', 'desde que ano'], 'since when'],
      [['hasta cuando'], 'until when'],
      [['de donde', 'de dnd', 'de dónde'], 'where from'],
      [['por donde', 'en donde', 'en dnd'], 'where'],
      [['cual es', 'cuales son', 'cual era', 'cuales eran', 'cual fue', 'cuales fueron'], 'what'],
      [
        ['como se llama', 'como se llamaba', 'como se llaman', 'como se llamaban', 'cual es el nombre'],
        'name',
      ],
      [['que significa', 'que quiere decir', 'q significa', 'quiere decir'], 'meaning of'],
      [['que paso con', 'q paso con', 'k paso con'], 'what happened to'],
      [['que onda', 'q onda', 'k onda', 'que tal', 'q tal', 'quiubo', 'que pedo', 'q pedo'], ''],
      [['en ese momento', 'ese momento', 'en ese entonces', 'en ese tiempo'], 'then'],
      [['perdieron la vida', 'perdio la vida'], 'died'],
      [['hombre bomba', 'terrorista suicida', 'atacante suicida', 'bombardero suicida'], 'suicide bomber'],
      [['se inmolo', 'se hizo explotar', 'se volo', 'se hizo estallar'], 'blew himself up'],
      [['se hizo responsable', 'se responsabilizo', 'se atribuyo', 'se adjudico'], 'claimed'],
      [['estado islamico'], 'Islamic State'],
      [['estados unidos'], 'United States'],
      [['medio oriente', 'oriente medio'], 'Middle East'],
      [['la semana pasada'], 'last week'],
      [['el año pasado', 'el ano pasado'], 'last year'],
      [['el mes pasado'], 'last month'],
      [['lo que', 'o sea', 'a ver', 'por favor', 'por fa', 'alguien sabe', 'alguien sabe si'], ''],
      [['me puedes decir', 'me pueden decir', 'me podrias decir', 'me dices', 'me dicen', 'sabes si'], ''],
      // A yes/no question's frame: "es cierto que ...", "o no", "si o no".
      [['es cierto que', 'es verdad que', 'sera que', 'es cierto', 'es verdad', 'o no', 'si o no'], ''],
    ] as const
  ).flatMap(([forms, english]) => forms.map((form): [string, string] => [plain(form), english])),
);
const LONGEST_PHRASE = Math.max(...[...PHRASES.keys()].map((phrase) => phrase.split(' ').length));

/** Phrases that frame a yes/no question ("es cierto que", "o no"). */
const YES_NO_PHRASE = /^(?:es cierto|es verdad|sera que|o no|si o no)/;

/** Words that ask when they open the question or carry an accent, and are dropped elsewhere. */
const OPENING_ASKS: ReadonlyMap<string, string> = new Map([
  ['que', 'what'],
  ['ke', 'what'],
  ['q', 'what'],
  ['k', 'what'],
  ['como', 'how'],
  ['komo', 'how'],
]);

/** The English a question opens with, as glossed. */
const QUESTION_WORD = /^(?:how|what|who|which|when|where|why|since when|until when)\b/;

/** An English question's first word: such a message needs a third marker ("who is Juan, de La Paz?"). */
const ENGLISH_OPENING =
  /^\W*(?:what|whats|who|when|where|why|how|which|is|are|was|were|do|does|did|can|could|has|have|had|will|would|should)\b/i;

/** A word in capitals ("IS", "ISKP"): a name, in a message not typed all in capitals. */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** An accent only Spanish puts on a word of its glossary ("qué", "más", "año"); not French "là". */
const SPANISH_ACCENT = /[áéíóúüñ]/u;

/** Past forms the gloss gives, and the forms "did" asks with ("did police arrest"). */
const BASE_FORMS: ReadonlyMap<string, string> = new Map(
  (
    'died:die killed:kill wounded:wound attacked:attack exploded:explode blew:blow claimed:claim said:say ' +
    'happened:happen started:start ended:end emerged:emerge did:do fled:flee relocated:relocate ' +
    'arrived:arrive increased:increase intensified:intensify changed:change lost:lose gained:gain took:take ' +
    'arrested:arrest rescued:rescue evacuated:evacuate destroyed:destroy failed:fail wanted:want had:have ' +
    'sent:send taken:take left:leave partnered:partner joined:join travelled:travel'
  )
    .split(' ')
    .map((pair): [string, string] => pair.split(':') as [string, string]),
);

/** Present verbs the gloss gives: a yes/no question with one asks "is" ("ISKP quiere más territorio?"). */
const PRESENT = new Set(['want', 'has', 'can', 'support', 'use', 'go', 'come', 'fight', 'seeking', 'still']);

/** Words whose gloss asks for something rather than asks a question ("explícame el ataque"). */
const REQUEST = new Set(['explain']);

/** A word as the glossary spells it: lower case, without acute accents or diaeresis ("murió" is "murio"). */
function plain(word: string): string {
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
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
}

/** Is the message typed all in capitals (so capitals say nothing of names)? */
function isShouting(text: string): boolean {
  return !/\p{Ll}/u.test(text);
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

/** Is the word one the glossary reads ("hubo", "mezquita")? In a Spanish message it is no English slip. */
export function isSpanishWord(word: string): boolean {
  const lower = plain(word);
  return known(lower) || MARKERS.has(lower);
}

/**
 * Is the message Spanish or Spanglish? It holds two distinct Spanish marker words (three when it opens as an
 * English question and no Spanish word asks). Besides the markers, these count: a word typed with a Spanish
 * accent that the glossary knows ("qué", "más", "año"), the words of a phrase that asks ("por que", "a que
 * hora"), a "que" (or "q", "k") opening the question ("y que dijo el alcalde"), a copula after an opening
 * question word ("quien es", "donde esta") and an opening "¿" or "¡". A word in capitals does not count unless
 * all is in capitals, and a message with two of Roman Urdu's or Tagalog's commonest words is not Spanish.
 */
export function isSpanish(text: string): boolean {
  const shouting = isShouting(text);
  const typed = wordsOf(text).filter((word) => shouting || !ACRONYM.test(word));
  const words = typed.map(plain);
  if (new Set(words.filter((word) => OTHER.has(word))).size >= 2) return false;
  const counted = new Set<string>();
  const opening = words.findIndex((word) => !DROPPED.has(word));
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const phrase = phraseAt(words, i);
    if (phrase !== undefined && QUESTION_WORD.test(phrase[0]))
      for (const part of words.slice(i, i + phrase[1])) counted.add(part);
    if (
      MARKERS.has(word) ||
      (SPANISH_ACCENT.test(typed[i]!.toLowerCase()) && known(word)) ||
      (i === opening && /^(?:que|q|ke|k)$/.test(word)) ||
      (i === opening + 1 && COPULA.test(word) && (asks(typed[opening]!) || OPENING_ASKS.has(words[opening]!)))
    )
      counted.add(word);
  }
  const inverted = /^\s*[¿¡]/u.test(text) ? 1 : 0;
  const englishOpening = ENGLISH_OPENING.test(text) && !typed.some(asks);
  return counted.size + inverted >= (englishOpening ? 3 : 2);
}

/** A glossed piece of the message, and whether it is English given by the glossary (not a word as typed). */
interface Piece {
  text: string;
  glossed: boolean;
}

/** Is the last piece so far a question word glossed ("where" of "donde")? */
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
 * The English gloss of a Spanish or Spanglish message, word for word with the question word first ("cuantos
 * muertos hubo en la inundación?" is "how many dead flood?"), a yes/no question opened with "did" or "is"
 * ("la policía arrestó al dueño?" is "did police arrest owner?"); any other text unchanged. Words the glossary
 * lacks (English, names, numbers) are kept as typed, and so is a word in capitals in a message not all in
 * capitals ("IS", "ISKP"). Punctuation is dropped, all but a closing "?".
 */
export function spanishAsEnglish(text: string): string {
  if (!isSpanish(text)) return text;
  const shouting = isShouting(text);
  const name = (word: string) => !shouting && ACRONYM.test(word);
  const typed = wordsOf(text);
  const words = typed.map((word) => (name(word) ? word : plain(word)));
  const pieces: Piece[] = [];
  let yesNo = false;
  let copula = false;
  for (let i = 0; i < words.length;) {
    const word = words[i]!;
    const spelt = typed[i]!;
    const phrase = name(spelt) ? undefined : phraseAt(words, i);
    if (phrase !== undefined) {
      const [english, length] = phrase;
      if (english !== '') pieces.push({ text: english, glossed: true });
      else if (YES_NO_PHRASE.test(words.slice(i, i + length).join(' '))) yesNo = true;
      i += length;
      continue;
    }
    i++;
    const accented = SPANISH_ACCENT.test(spelt.toLowerCase());
    const opening = OPENING_ASKS.get(word);
    if (name(spelt)) pieces.push({ text: spelt, glossed: false });
    // "Que" and "como" ask when nothing is glossed before them or they carry an accent ("y qué pasó").
    else if (opening !== undefined) {
      if (pieces.length === 0 || accented) pieces.push({ text: opening, glossed: true });
    }
    // A closing "no" ("murieron niños, no?") asks yes or no; elsewhere it is "not".
    else if (word === 'no' && i === words.length) yesNo = true;
    // "Es", "fue", "está": the copula, dropped, but a yes/no question asks "is" by it. "Esta" unaccented is
    // "this", but after a question word or before a verb in "-ando" it is "está" typed plain ("donde esta la
    // fábrica", "el fuego esta creciendo").
    else if (
      COPULA.test(word) ||
      (word === 'esta' && (accented || asksLast(pieces) || /(?:ando|iendo)$/.test(words[i] ?? '')))
    )
      copula = true;
    else if (DROPPED.has(word)) yesNo ||= YES_NO_TAG.has(word);
    else {
      const english = WORDS.get(word);
      pieces.push(english === undefined ? { text: spelt, glossed: false } : { text: english, glossed: true });
    }
  }
  if (pieces.length === 0) return text;
  const end = /\?\s*$/.test(text) ? '?' : '';
  const asking = end === '?' || /^\s*¿/u.test(text);
  // The first question word asked, put in front. Only a glossed one: an English "what" typed stays where it
  // is, so that the same message in capitals ("WHAT", not glossed) reads the same.
  const asked = pieces.findIndex((piece) => piece.glossed && QUESTION_WORD.test(piece.text));
  if (asked > 0) pieces.unshift(...pieces.splice(asked, 1));
  // "Cómo se llama la fábrica", "cuál es el nombre del dueño": the name asked, as English asks it ("what is
  // the name of factory"), so that the answer must name one.
  const named = pieces.findIndex((piece) => piece.glossed && piece.text === 'name');
  if (named >= 0 && (asked < 0 || /^(?:what|who|which)$/.test(pieces[0]!.text))) {
    const rest = pieces
      .filter((piece, i) => i !== named && !(piece.glossed && QUESTION_WORD.test(piece.text)))
      .map((piece) => piece.text);
    return `what is the name of ${rest.join(' ')}${end}`;
  }
  // A yes/no question ("la policía arrestó al dueño?"): "did" with a past verb's base form, else "is". It
  // needs a tag ("verdad?", "es cierto que") or a verb or copula asked of: "y los heridos?" only names a topic.
  const verb = pieces.findIndex((piece) => piece.glossed && BASE_FORMS.has(piece.text));
  const verbal = copula || verb >= 0 || pieces.some((piece) => piece.glossed && PRESENT.has(piece.text));
  if (asked < 0 && (yesNo || (asking && verbal)) && !pieces.some((piece) => REQUEST.has(piece.text))) {
    if (verb >= 0 && !copula) {
      pieces[verb] = { text: BASE_FORMS.get(pieces[verb]!.text)!, glossed: true };
      pieces.unshift({ text: 'did', glossed: true });
    } else pieces.unshift({ text: 'is', glossed: true });
  }
  return pieces.map((piece) => piece.text).join(' ') + end;
}
