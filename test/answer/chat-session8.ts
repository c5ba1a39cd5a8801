/**
 * Chat-set questions written in session 8, asked once before anything was changed for them: a batch of 57,
 * less the 20 already in the set word for word, leaves these 37 (12 traps), 25 right at first ask ("which
 * cities r getting hit now" and "did the deals work" declined, "which province is the shrine in" answered from
 * the ISKP article's "Khorasan Province"). Same rules as ./chat-set.ts.
 */
import type { AnswerableQuestion, TrapQuestion } from './chat-set.js';

// The seed files, spelt out: importing chat-set.ts's constants would make the two modules a cycle.
const A = '000_7fad598d500c70a1.txt';
const B = '003_fade041aaa763602.txt';

export const SESSION8_ANSWERABLE: readonly AnswerableQuestion[] = [
  {
    q: 'who bombed the mosque in islamabad',
    file: A,
    fragment: 'by the Islamic State Khorasan Province (ISKP)',
    style: 'paraphrase',
  },
  {
    q: 'whats iskp end goal',
    file: A,
    fragment: 'To establish an Islamic state and dismantle the current establishment',
    style: 'slang',
  },
  {
    q: 'which group was running big operations at the time',
    file: A,
    fragment: 'Balochistan Liberation Army (BLA)',
    style: 'paraphrase',
  },
  {
    q: 'did the us bomb isis anywhere',
    file: A,
    fragment: 'American airstrikes against the Islamic State in Syria and Africa',
    style: 'paraphrase',
  },
  {
    q: 'which cities r getting hit now',
    file: A,
    fragment: 'reaching major cities like Islamabad and Karachi',
    style: 'slang',
  },
  {
    q: 'did pakistan try to make a deal with iskp',
    file: A,
    fragment: 'past attempts by Pakistan’s intelligence to strike deals with ISKP',
    style: 'paraphrase',
  },
  { q: 'did the deals work', file: A, fragment: 'these efforts have failed', style: 'paraphrase' },
  {
    q: 'what peace deals fell apart',
    file: A,
    fragment: 'breakdown of peace deals with the Tehreek-e-Taliban Pakistan',
    style: 'paraphrase',
  },
  {
    q: 'how long was iskp quiet before this',
    file: A,
    fragment: 'After a year of relative silence',
    style: 'paraphrase',
  },
  {
    q: 'whose shrine got bombed',
    file: B,
    fragment: 'shrine of the Sufi saint Shah Noorani',
    style: 'slang',
  },
  { q: 'how old was the bomber', file: B, fragment: 'A teenage suicide bomber', style: 'paraphrase' },
  { q: 'how big was the pilgrim group', file: B, fragment: 'a group of 120 pilgrims', style: 'paraphrase' },
  {
    q: 'how many ppl died at the police academy',
    file: B,
    fragment: 'killed more than 60 people',
    style: 'slang',
  },
  {
    q: 'what is sabahat khans job',
    file: B,
    fragment: 'a senior analysts at the Institute for Near East and Gulf Military Analysis',
    style: 'typo',
  },
  {
    q: 'what does isis rely on',
    file: B,
    fragment: 'relies on its narrative and decentralization',
    style: 'paraphrase',
  },
  {
    q: 'is isis still trying to grab territory',
    file: B,
    fragment: 'not attempting to take territory',
    style: 'paraphrase',
  },
  {
    q: 'where does reuven ehrlich work',
    file: B,
    fragment: 'Terrorism Information Center in Israel',
    style: 'paraphrase',
  },
  {
    q: 'who contributed to the reporting',
    file: B,
    fragment: 'Katie Beiter contributed reporting',
    style: 'paraphrase',
  },
  {
    q: 'wheres isis main effort',
    file: B,
    fragment: 'their main effort is in Iraq and Syria',
    style: 'slang',
  },
  {
    q: 'what became a symbol',
    file: B,
    fragment: 'The fight against Mosul has become a symbol',
    style: 'paraphrase',
  },
  {
    q: 'where do most isis members originally come from',
    file: B,
    fragment: 'where many of their members originate from',
    style: 'paraphrase',
  },
  {
    q: 'what happened in islamabad',
    file: A,
    fragment: 'bombing at an Islamabad mosque',
    style: 'paraphrase',
  },
  {
    q: 'what did the bombing prove',
    file: A,
    fragment: 'confirms ISKP’s resolve to weaken Pakistan',
    style: 'paraphrase',
  },
  { q: 'did pakistans plan work out', file: A, fragment: 'has backfired spectacularly', style: 'slang' },
  {
    q: 'when did iskp move ops to pakistan',
    file: A,
    fragment: '2021, when ISKP began relocating operations',
    style: 'slang',
  },
];

export const SESSION8_TRAPS: readonly TrapQuestion[] = [
  { q: 'what date was the islamabad bombing', trap: true, why: 'no date' },
  { q: 'who leads iskp', trap: true, why: 'no leader named' },
  { q: 'whats the bombers name', trap: true, why: 'not named' },
  { q: 'which province is the shrine in', trap: true, why: 'not named' },
  { q: 'how many us airstrikes were there', trap: true, why: 'not said' },
  { q: 'who founded isis', trap: true, why: 'not said' },
  { q: 'how much damage in dollars did the shrine attack do', trap: true, why: 'not said' },
  { q: 'when did the ttp peace deal break down', trap: true, why: 'no date' },
  { q: 'what weapons did iskp use in islamabad', trap: true, why: 'not said' },
  { q: 'what time of day was the shrine blast', trap: true, why: 'not said' },
  { q: 'who won the election in pakistan', trap: true, why: 'not said' },
  { q: 'how many ttp fighters are there', trap: true, why: 'not said' },
];
