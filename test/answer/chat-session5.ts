/**
 * Chat-set questions written in session 5, after that session's fixes and calibration, and scored once
 * before anything was tuned on them: 19 of 23 right (13/15 answered, 6/8 traps declined; 12 more written then
 * were already in the set, so they are left out). A check on questions the pipeline was not tuned on.
 * Same rules as ./chat-set.ts.
 */
import type { AnswerableQuestion, TrapQuestion } from './chat-set.js';

// The seed files, spelt out: importing chat-set.ts's constants would make the two modules a cycle.
const A = '000_7fad598d500c70a1.txt';
const B = '003_fade041aaa763602.txt';

export const SESSION5_ANSWERABLE: readonly AnswerableQuestion[] = [
  {
    q: 'why was islamabad an easy target',
    file: A,
    fragment: 'leaving the capital vulnerable',
    style: 'paraphrase',
  },
  { q: 'wat did iskp label pakistan', file: A, fragment: 'enemy nation', style: 'slang' },
  { q: 'which cities has iskp hit', file: A, fragment: 'Islamabad and Karachi', style: 'paraphrase' },
  {
    q: 'what happened to the peace deals with the ttp',
    file: A,
    fragment: 'breakdown of peace deals',
    style: 'paraphrase',
  },
  {
    q: 'how many were wounded in the sufi shrine blast',
    file: B,
    fragment: 'wounded more than 105',
    style: 'paraphrase',
  },
  {
    q: 'how many pilgrims were in shehzads group',
    file: B,
    fragment: 'group of 120 pilgrims',
    style: 'slang',
  },
  {
    q: 'which group did isis team up with in pakistan',
    file: B,
    fragment: 'one of Pakistan’s most violent sectarian groups',
    style: 'slang',
  },
  {
    q: 'where is isis losing ground',
    file: B,
    fragment: 'lost significant ground in both Iraq and Syria',
    style: 'paraphrase',
  },
  { q: 'whos advancing on mosul', file: B, fragment: 'US-backed coalition', style: 'slang' },
  { q: 'what kind of islam does isis follow', file: B, fragment: 'the strict version', style: 'paraphrase' },
  {
    q: 'where do most isis members come from',
    file: B,
    fragment: 'North Africa and Europe',
    style: 'paraphrase',
  },
  {
    q: 'what does dylan odriscoll do',
    file: B,
    fragment: 'a research fellow at the Middle East Research Institute',
    style: 'typo',
  },
  {
    q: 'is isis trying to take territory in pakistan',
    file: B,
    fragment: 'they are not attempting to take territory',
    style: 'paraphrase',
  },
  {
    q: 'who is sabahat khan',
    file: B,
    fragment: 'a senior analysts at the Institute for Near East and Gulf Military Analysis',
    style: 'fragment',
  },
  {
    q: 'what did shehzad say people were looking for',
    file: B,
    fragment: 'People were looking for the mothers and fathers',
    style: 'paraphrase',
  },
];

export const SESSION5_TRAPS: readonly TrapQuestion[] = [
  { q: 'who was the islamabad bomber', trap: true, why: 'the Islamabad bomber is never named or described' },
  {
    q: 'what time of day did the shrine blast happen',
    trap: true,
    why: 'neither article gives the time of the shrine blast',
  },
  { q: 'who leads the BLA', trap: true, why: 'the BLA is named only, never its leader' },
  { q: 'how much did the shrine damage cost', trap: true, why: 'no sum of money appears' },
  { q: 'who is the prime minister of iraq', trap: true, why: 'no Iraqi leader is named' },
  { q: 'how many americans were killed', trap: true, why: 'no American deaths are mentioned' },
  { q: 'where was sabahat khan born', trap: true, why: 'Khan is quoted, his birthplace never given' },
  { q: 'when was the shah noorani shrine built', trap: true, why: 'the shrine’s age is never given' },
];
