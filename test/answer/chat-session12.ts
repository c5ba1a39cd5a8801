/**
 * Chat-set questions written in session 12 by a helper who saw only the two articles, never this set nor the
 * code (same rules as ./chat-set.ts; 5 of its 70 were already here word for word and are left out). Asked
 * before any change for them: 40 of these 65 right (0.615), where the set written over sessions 1-11 scored
 * 0.854: the honest figure for questions nobody tuned on. A second helper's 80 (75 new) are kept out of the
 * repository as a blind check (see the session-12 closing note).
 */
import type { AnswerableQuestion, TrapQuestion } from './chat-set.js';
const A = '000_7fad598d500c70a1.txt';
const B = '003_fade041aaa763602.txt';
export const SESSION12_ANSWERABLE: readonly AnswerableQuestion[] = [
  {
    q: 'who was behind the islamabad mosque bombing',
    file: A,
    fragment: 'Islamic State Khorasan Province',
    style: 'paraphrase',
  },
  {
    q: 'how many attacks has iskp claimed in pakistan since 2022??',
    file: A,
    fragment: '90 claimed attacks',
    style: 'paraphrase',
  },
  { q: 'how long has iskp been hitting pakistan for', file: A, fragment: 'since 2015', style: 'paraphrase' },
  {
    q: 'when did iskp start moving its ops out of afghanistan into pakistn',
    file: A,
    fragment: '2021, when ISKP began relocating operations',
    style: 'slang',
  },
  { q: 'what do they call pakistan lol', file: A, fragment: 'enemy nation', style: 'slang' },
  {
    q: 'whats iskp actually trying to achieve long term',
    file: A,
    fragment: 'establish an Islamic state',
    style: 'slang',
  },
  {
    q: 'why did they pick that moment to attack islamabad',
    file: A,
    fragment: 'major operations by the Balochistan Liberation Army',
    style: 'paraphrase',
  },
  { q: 'BLA = ?', file: A, fragment: 'Balochistan Liberation Army', style: 'fragment' },
  {
    q: 'so was the capital basically left unguarded or what',
    file: A,
    fragment: 'leaving the capital vulnerable',
    style: 'paraphrase',
  },
  {
    q: 'who was the bombing supposed to send a message to',
    file: A,
    fragment: 'message to the United States',
    style: 'paraphrase',
  },
  {
    q: 'what set iskp off, like what provoked them',
    file: A,
    fragment: 'American airstrikes against the Islamic State',
    style: 'paraphrase',
  },
  {
    q: 'which big cities are iskp going after now',
    file: A,
    fragment: 'Islamabad and Karachi',
    style: 'paraphrase',
  },
  {
    q: 'are iskp attacks still only happening near the borders?',
    file: A,
    fragment: 'no longer confined to border regions',
    style: 'paraphrase',
  },
  {
    q: 'waht happened to the peace deals w the ttp',
    file: A,
    fragment: 'breakdown of peace deals',
    style: 'slang',
  },
  { q: 'ttp stands for what', file: A, fragment: 'Tehreek-e-Taliban Pakistan', style: 'paraphrase' },
  {
    q: 'who tried cutting deals with iskp to redirect them',
    file: A,
    fragment: 'Pakistan\u2019s intelligence',
    style: 'paraphrase',
  },
  {
    q: 'did those deals with iskp actually work tho',
    file: A,
    fragment: 'these efforts have failed',
    style: 'slang',
  },
  {
    q: 'who does iskp eventually want to take on in afghanistan',
    file: A,
    fragment: 'challenging the Taliban in Afghanistan',
    style: 'paraphrase',
  },
  {
    q: 'how long were they quiet before this attack',
    file: A,
    fragment: 'a year of relative silence',
    style: 'paraphrase',
  },
  {
    q: 'what did officials say let them strike the capital',
    file: A,
    fragment: 'lax security',
    style: 'paraphrase',
  },
  {
    q: 'so did pakistans strategy w iskp pay off or nah',
    file: A,
    fragment: 'backfired spectacularly',
    style: 'slang',
  },
  {
    q: 'what separatist group is mentioned as a security problem',
    file: A,
    fragment: 'Baloch separatists',
    style: 'paraphrase',
  },
  { q: 'how many ppl died at the shrine', file: B, fragment: 'at least 52', style: 'slang' },
  { q: 'and how many got hurt?', file: B, fragment: 'wounded more than 105', style: 'paraphrase' },
  { q: 'who was the bomber, like how old', file: B, fragment: 'teenage suicide bomber', style: 'paraphrase' },
  {
    q: 'how big was the group the witness was travelling with',
    file: B,
    fragment: 'a group of 120 pilgrims',
    style: 'paraphrase',
  },
  {
    q: 'how old is the guy who talked to afp',
    file: B,
    fragment: 'Moahammed Shehzad, 25',
    style: 'paraphrase',
  },
  {
    q: 'what got attacked a few weeks before the shrine',
    file: B,
    fragment: 'a police academy',
    style: 'paraphrase',
  },
  {
    q: 'how many died in that earlier police academy thing',
    file: B,
    fragment: 'more than 60 people',
    style: 'paraphrase',
  },
  {
    q: 'who has isis teamed up with inside pakistan',
    file: B,
    fragment: 'most violent sectarian groups',
    style: 'paraphrase',
  },
  { q: 'whos pushing toward mosul', file: B, fragment: 'US-backed coalition', style: 'slang' },
  { q: 'when did isis grab mosul', file: B, fragment: 'took over in 2014', style: 'paraphrase' },
  { q: 'is mosul a big city or', file: B, fragment: 'Iraq\u2019s second largest city', style: 'paraphrase' },
  {
    q: "who's been winning in syria against them",
    file: B,
    fragment: 'Russian-backed troops',
    style: 'paraphrase',
  },
  {
    q: 'what org is sabahat khan with',
    file: B,
    fragment: 'Institute for Near East and Gulf Military Analysis',
    style: 'slang',
  },
  {
    q: 'why has isis had a hard time getting a foothold in pakistan',
    file: B,
    fragment: 'supports Sufi Islam',
    style: 'paraphrase',
  },
  {
    q: 'where r the isis guys fleeing iraq n syria likely to go',
    file: B,
    fragment: 'North Africa and Europe',
    style: 'slang',
  },
  {
    q: "who's dylan o'driscoll",
    file: B,
    fragment: 'research fellow at the Middle East Research Institute',
    style: 'paraphrase',
  },
  {
    q: 'what kind of tactics r they switching to',
    file: B,
    fragment: 'suicide bombs and individual attacks',
    style: 'slang',
  },
  {
    q: 'are they trying to take land in pakistan?',
    file: B,
    fragment: 'not attempting to take territory',
    style: 'paraphrase',
  },
  {
    q: 'how many countries has IS got branches in',
    file: B,
    fragment: 'about ten countries',
    style: 'paraphrase',
  },
  {
    q: 'who else helped report the media line article',
    file: B,
    fragment: 'Katie Beiter',
    style: 'paraphrase',
  },
];

export const SESSION12_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'how many people were killed in the islamabad mosque blast',
    trap: true,
    why: 'no toll is given for the Islamabad mosque',
  },
  {
    q: 'whats the name of the mosque in islamabad that got hit',
    trap: true,
    why: 'the mosque is never named',
  },
  { q: 'who leads iskp rn', trap: true, why: 'no leader is named' },
  { q: 'do we know the name of the teen who blew himself up', trap: true, why: 'the bomber is never named' },
  {
    q: 'how many attacks did iskp carry out in 2021',
    trap: true,
    why: 'the 90 claimed attacks are after 2022; 2021 has no count',
  },
  {
    q: 'how many us airstrikes were there in syria and africa',
    trap: true,
    why: 'no number of airstrikes is given',
  },
  { q: 'what city was the police academy in', trap: true, why: "the academy's city is never named" },
  { q: "who's the leader of the BLA", trap: true, why: 'no BLA leader is named' },
  {
    q: 'when did the ttp peace talks fall apart exactly',
    trap: true,
    why: 'no date is given for the breakdown',
  },
  { q: 'how many fighters does iskp have in pakistan', trap: true, why: 'no number of fighters is given' },
  {
    q: 'whats the name of the sectarian group isis partnered with',
    trap: true,
    why: 'the sectarian group is never named',
  },
  {
    q: 'did the afghan taliban condemn the islamabad attack?',
    trap: true,
    why: 'no reaction of the Taliban is reported',
  },
  { q: "what's the population of mosul", trap: true, why: 'no population is given' },
  { q: "who is pakistan's prime minister rn", trap: true, why: 'no prime minister is named' },
  { q: 'how did washington respond to the mosque bombing', trap: true, why: 'no US response is reported' },
  {
    q: 'how many ppl died in the karachi attacks',
    trap: true,
    why: 'Karachi is named only as a target, with no toll',
  },
  { q: 'was anyone arrested after the shrine blast', trap: true, why: 'no arrests are reported' },
  { q: 'what kind of explosives did they use in islamabad', trap: true, why: 'no explosives are described' },
  {
    q: 'how many months until mosul gets retaken',
    trap: true,
    why: 'only "it will take months" to assess how IS mutates',
  },
  {
    q: "how many of the 120 pilgrims in shehzad's group got hurt",
    trap: true,
    why: "the group's injured are not counted",
  },
  {
    q: "where was shehzad's group travelling from",
    trap: true,
    why: 'where the group came from is not said',
  },
  { q: 'who funds iskp, where does their money come from', trap: true, why: 'no funding is described' },
  { q: 'what year was the ttp founded', trap: true, why: 'no founding year is given' },
];
