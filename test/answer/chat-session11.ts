/**
 * Chat-set questions written in session 11 (same rules as ./chat-set.ts): a batch of 10 asked once on a fresh
 * clone before the session's later changes (6 right: "who did the shrine bomber kill" quoted the blast, "where
 * did moahammed shehzad talk to reporters" declined, "who is katie beiter married to" and "how many suicide
 * bombers attacked the police academy" answered), then three probe batches of 15 asked once each (7 of the
 * 45 were in the set already word for word and are left out here). With the session's final code 29 of these
 * 36 are right. Kept with their misses: "why", "explain" and yes/no questions about a relation the articles
 * do not state are the weak side.
 */
import type { AnswerableQuestion, TrapQuestion } from './chat-set.js';
const A = '000_7fad598d500c70a1.txt';
const B = '003_fade041aaa763602.txt';
export const SESSION11_ANSWERABLE: readonly AnswerableQuestion[] = [
  {
    q: 'how many worshippers were at the shrine when it blew up',
    file: B,
    fragment: 'hundreds of worshippers',
    style: 'paraphrase',
  },
  { q: 'who did the shrine bomber kill', file: B, fragment: 'killed at least 52', style: 'paraphrase' },
  {
    q: 'what do isis-k want to do to pakistan',
    file: A,
    fragment: 'resolve to weaken Pakistan',
    style: 'slang',
  },
  {
    q: 'where did moahammed shehzad talk to reporters',
    file: B,
    fragment: 'told the AFP News Agency',
    style: 'paraphrase',
  },
  {
    q: 'which groups peace deals broke down',
    file: A,
    fragment: 'Tehreek-e-Taliban Pakistan',
    style: 'paraphrase',
  },
  {
    q: 'what did pakistan intel try to do with iskp',
    file: A,
    fragment: 'strike deals with ISKP',
    style: 'slang',
  },
  {
    q: 'wat kind of islam do most pakistanis follow',
    file: B,
    fragment: 'supports Sufi Islam',
    style: 'typo',
  },
  {
    q: "what does o'driscoll think will happen",
    file: B,
    fragment: 'increase their activities',
    style: 'paraphrase',
  },
  { q: 'is al qaeda popular in pakistan', file: B, fragment: 'still popular there', style: 'paraphrase' },
  { q: 'what was shah noorani', file: B, fragment: 'the Sufi saint Shah Noorani', style: 'paraphrase' },
  { q: 'who backs the coalition in iraq', file: B, fragment: 'US-backed coalition', style: 'paraphrase' },
  { q: 'what was isks goal', file: A, fragment: 'To establish an Islamic state', style: 'typo' },
  { q: 'which agency did shehzad talk to', file: B, fragment: 'AFP News Agency', style: 'paraphrase' },
  {
    q: 'how long ago did iskp move to pakistan',
    file: A,
    fragment: 'began relocating operations from Afghanistan to Pakistan',
    style: 'paraphrase',
  },
  { q: 'wat happened at the police academy', file: B, fragment: 'killed more than 60 people', style: 'typo' },
  {
    q: "who's reuven ehrlich",
    file: B,
    fragment: 'Reuven Ehrlich of the Terrorism Information Center in Israel',
    style: 'verbatim-ish',
  },
  {
    q: "is pakistan isis's main focus",
    file: B,
    fragment: 'Pakistan is not their central focus',
    style: 'paraphrase',
  },
  {
    q: 'what r the tactics isis uses now',
    file: B,
    fragment: 'suicide bombs and individual attacks',
    style: 'slang',
  },
  { q: 'wht did the bomber do', file: B, fragment: 'blew himself up', style: 'typo' },
  {
    q: 'how big was the group shehzad came with',
    file: B,
    fragment: 'a group of 120 pilgrims',
    style: 'paraphrase',
  },
  { q: 'who was dancing at the shrine', file: B, fragment: 'hundreds of worshippers', style: 'paraphrase' },
  {
    q: 'did isis take mosul',
    file: B,
    fragment: 'which Islamic State took over in 2014',
    style: 'paraphrase',
  },
  { q: 'how many ppl got hurt', file: B, fragment: 'wounded more than 105', style: 'slang' },
  { q: 'explain why iskp attacked islamabad', file: A, fragment: 'strategically timed', style: 'paraphrase' },
  { q: 'was the bomber a kid', file: B, fragment: 'A teenage suicide bomber', style: 'slang' },
  {
    q: 'did the us bomb isis in africa',
    file: A,
    fragment: 'American airstrikes against the Islamic State in Syria and Africa',
    style: 'paraphrase',
  },
  {
    q: 'how is isis organized',
    file: B,
    fragment: 'decentralization more than an organized command hierarchy',
    style: 'paraphrase',
  },
  { q: 'is isis losing', file: B, fragment: 'lost significant ground', style: 'slang' },
  { q: 'what gap did iskp exploit', file: A, fragment: 'critical gaps in the nation', style: 'paraphrase' },
  { q: 'when did isis take over mosul', file: B, fragment: 'took over in 2014', style: 'verbatim-ish' },
  { q: 'what did the bla do', file: A, fragment: 'major operations', style: 'paraphrase' },
];

export const SESSION11_TRAPS: readonly TrapQuestion[] = [
  { q: 'who is katie beiter married to', trap: true, why: 'not said' },
  {
    q: 'how many suicide bombers attacked the police academy',
    trap: true,
    why: 'not said (only that the attack killed more than 60)',
  },
  { q: 'when did the taliban take over', trap: true, why: 'not said' },
  { q: 'were women at the shrine', trap: true, why: 'not said' },
  { q: 'is the bla part of isis', trap: true, why: 'not said' },
];
