/**
 * Chat-set questions written later than the rest (session 4), after the decision was calibrated: a check of
 * how the pipeline does on questions it was not tuned on. The first group was written before a round of
 * fixes (some of which it prompted); the second (from "yo how many got wounded") after them, and scored 32
 * of 36 when first asked. Same rules as ./chat-set.ts.
 */
import type { AnswerableQuestion, TrapQuestion } from './chat-set.js';

// The seed files, spelt out: importing chat-set.ts's constants would make the two modules a cycle.
const A = '000_7fad598d500c70a1.txt';
const B = '003_fade041aaa763602.txt';

export const LATER_ANSWERABLE: readonly AnswerableQuestion[] = [
  {
    q: 'how many ppl were hurt in the shrine attack',
    file: B,
    fragment: 'wounded more than 105',
    style: 'slang',
  },
  {
    q: 'whats the death count from the sufi shrine bombing',
    file: B,
    fragment: 'killed at least 52',
    style: 'slang',
  },
  {
    q: 'what was the name of the saint at the shrine',
    file: B,
    fragment: 'Shah Noorani',
    style: 'paraphrase',
  },
  { q: 'which saint was the shrine for', file: B, fragment: 'Shah Noorani', style: 'paraphrase' },
  { q: 'how old was the guy who talked to afp', file: B, fragment: 'Shehzad, 25', style: 'slang' },
  {
    q: 'how many pilgrims was shehzad travelling with',
    file: B,
    fragment: '120 pilgrims',
    style: 'paraphrase',
  },
  {
    q: 'what were ppl doing when the bomb went off',
    file: B,
    fragment: 'dancing and chanting',
    style: 'slang',
  },
  {
    q: 'how many died in the police academy attack',
    file: B,
    fragment: 'killed more than 60',
    style: 'paraphrase',
  },
  { q: 'when did isis take mosul', file: B, fragment: '2014', style: 'slang' },
  { q: 'who is backing the troops in syria', file: B, fragment: 'Russian-backed', style: 'paraphrase' },
  {
    q: 'where do isis fighters go after leaving iraq',
    file: B,
    fragment: 'North Africa and Europe',
    style: 'slang',
  },
  {
    q: 'what branch of islam do most pakistanis follow',
    file: B,
    fragment: 'Sufi Islam',
    style: 'paraphrase',
  },
  {
    q: 'where does dylan odriscoll work',
    file: B,
    fragment: 'Middle East Research Institute',
    style: 'typo',
  },
  {
    q: 'how many countries does isis have offshoots in',
    file: B,
    fragment: 'about ten countries',
    style: 'slang',
  },
  {
    q: 'where did al qaida come from',
    file: B,
    fragment: 'emerged from Afghanistan and Pakistan',
    style: 'typo',
  },
  { q: 'who wrote the media line article', file: B, fragment: 'Katie Beiter', style: 'paraphrase' },
  { q: 'how many attacks did iskp claim', file: A, fragment: '90 claimed attacks', style: 'verbatim-ish' },
  { q: 'when did iskp move from afghanistan to pakistan', file: A, fragment: '2021', style: 'paraphrase' },
  { q: 'what does iskp call pakistan', file: A, fragment: 'enemy nation', style: 'paraphrase' },
  {
    q: 'why was the islamabad attack timed like that',
    file: A,
    fragment: 'Balochistan Liberation Army',
    style: 'paraphrase',
  },
  {
    q: 'what message did the bombing send to america',
    file: A,
    fragment: 'United States',
    style: 'paraphrase',
  },
  {
    q: 'which cities are iskp attacking now',
    file: A,
    fragment: 'Islamabad and Karachi',
    style: 'paraphrase',
  },
  { q: 'what peace deals broke down', file: A, fragment: 'Tehreek-e-Taliban Pakistan', style: 'paraphrase' },
  {
    q: 'who does iskp eventually want to challenge',
    file: A,
    fragment: 'Taliban in Afghanistan',
    style: 'verbatim-ish',
  },
  {
    q: 'what happened to pakistans deals with iskp',
    file: A,
    fragment: 'these efforts have failed',
    style: 'typo',
  },
  { q: 'where did the us do airstrikes on isis', file: A, fragment: 'Syria and Africa', style: 'slang' },
  { q: 'yo how many got wounded at the shrine', file: B, fragment: 'wounded more than 105', style: 'slang' },
  {
    q: 'number of dead in the shah noorani attack?',
    file: B,
    fragment: 'killed at least 52',
    style: 'fragment',
  },
  {
    q: 'who did the suicide bombing at the shrine',
    file: B,
    fragment: 'teenage suicide bomber',
    style: 'paraphrase',
  },
  { q: 'wat were the worshippers doing', file: B, fragment: 'dancing and chanting', style: 'typo' },
  {
    q: 'what did shehzad tell afp',
    file: B,
    fragment: 'The pressure of the blast was so strong',
    style: 'paraphrase',
  },
  { q: 'how big was the group of pilgrims', file: B, fragment: '120 pilgrims', style: 'paraphrase' },
  { q: 'whos dylan odriscoll', file: B, fragment: 'research fellow', style: 'typo' },
  {
    q: 'what is inegma',
    file: B,
    fragment: 'Institute for Near East and Gulf Military Analysis',
    style: 'verbatim-ish',
  },
  { q: 'whose troops are loyal to assad', file: B, fragment: 'Russian-backed', style: 'paraphrase' },
  { q: 'when did islamic state capture mosul', file: B, fragment: '2014', style: 'paraphrase' },
  { q: 'is isis losing ground in iraq', file: B, fragment: 'lost significant ground', style: 'slang' },
  { q: 'where will isis fighters relocate to', file: B, fragment: 'North Africa and Europe', style: 'slang' },
  { q: 'what version of islam does isis support', file: B, fragment: 'strict version', style: 'slang' },
  {
    q: 'which countries have isis offshoots',
    file: B,
    fragment: 'Libya and Egypt and Yemen and West Africa',
    style: 'slang',
  },
  { q: 'where did the iskp bombing happen', file: A, fragment: 'Islamabad mosque', style: 'paraphrase' },
  {
    q: 'how many attacks has iskp claimed since 2022',
    file: A,
    fragment: '90 claimed attacks',
    style: 'verbatim-ish',
  },
  { q: 'when did iskp start moving ops to pakistan', file: A, fragment: '2021', style: 'slang' },
  {
    q: 'what was happening with the bla during the attack',
    file: A,
    fragment: 'Balochistan Liberation Army',
    style: 'paraphrase',
  },
  { q: 'why did the us anger iskp', file: A, fragment: 'American airstrikes', style: 'paraphrase' },
  {
    q: 'is iskp only attacking border areas',
    file: A,
    fragment: 'no longer confined to border regions',
    style: 'paraphrase',
  },
  { q: 'what is the ttp', file: A, fragment: 'Tehreek-e-Taliban Pakistan', style: 'verbatim-ish' },
  {
    q: 'did pakistan try to make deals with iskp',
    file: A,
    fragment: 'strike deals with ISKP',
    style: 'paraphrase',
  },
  {
    q: 'who does iskp want to challenge in afghanistan',
    file: A,
    fragment: 'Taliban',
    style: 'verbatim-ish',
  },
];

export const LATER_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'how many people died in the islamabad mosque bombing',
    trap: true,
    why: 'no toll is given for the Islamabad mosque bombing',
  },
  { q: 'what is the population of karachi', trap: true, why: 'Karachi is only named as a city ISKP reaches' },
  { q: 'how many isis fighters are in pakistan', trap: true, why: 'no count of fighters is given' },
  { q: 'who won the 2022 world cup', trap: true, why: 'nothing about football' },
  {
    q: 'what is the capital of pakistan',
    trap: true,
    why: '“the capital” is left vulnerable, but never named',
  },
  {
    q: 'how many people were injured at the police academy',
    trap: true,
    why: 'only the academy’s dead (more than 60) are counted',
  },
  { q: 'what day of the week was the shrine attack', trap: true, why: 'no day is given' },
  { q: 'who is the president of the usa', trap: true, why: 'no US president is named' },
  { q: 'how much money does isis have', trap: true, why: 'nothing about money' },
  {
    q: 'when did the taliban take over afghanistan',
    trap: true,
    why: 'no date for the Taliban in Afghanistan',
  },
  { q: 'how many women died at the shrine', trap: true, why: 'the toll (at least 52) is not broken down' },
  { q: 'what year was shah noorani born', trap: true, why: 'the saint’s life is not described' },
  { q: 'who is the prime minister of pakistan', trap: true, why: 'no prime minister is named' },
  { q: 'how many members does iskp have', trap: true, why: 'no membership count is given' },
  { q: 'when will iskp attack next', trap: true, why: 'no prediction of a date' },
  {
    q: 'what weapons did the bomber use',
    trap: true,
    why: 'only “a teenage suicide bomber” who blew himself up',
  },
  { q: 'how far is the shrine from karachi', trap: true, why: 'no distances are given' },
  { q: 'who funds iskp', trap: true, why: 'nothing about funding' },
  { q: 'what is the population of islamabad', trap: true, why: 'Islamabad’s population is never given' },
  {
    q: 'how many americans died in the airstrikes',
    trap: true,
    why: 'no casualties of airstrikes are given',
  },
  {
    q: 'who founded the islamic state',
    trap: true,
    why: 'its founding is not described (it “emerged from al-Qa’ida”)',
  },
  { q: 'what is the weather in pakistan', trap: true, why: 'nothing about weather' },
];
