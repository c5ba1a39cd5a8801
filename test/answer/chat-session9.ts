/**
 * Chat-set questions written in session 9, asked once before anything was changed for them: a batch of 49,
 * less the 15 already in the set word for word, leaves 34 (9 traps), 29 right at first ask ("what did the us
 * say about the bombing" and "what is the name of the teenage bomber" answered; "who did the survivor talk
 * to" and "what were the worshippers doing when it went off" declined); a second batch of 44, written after
 * this session's first changes, less 12 already in the set, leaves 32 (8 traps), 24 right at first ask ("yo
 * how many ppl did the shrine bombing kill" declined: "shrine" read as what was counted; "what is the name of
 * the police academy" answered with "Islamic State ... on a police academy"). Same rules as ./chat-set.ts.
 */
import type { AnswerableQuestion, TrapQuestion } from './chat-set.js';
const A = '000_7fad598d500c70a1.txt';
const B = '003_fade041aaa763602.txt';
export const SESSION9_ANSWERABLE: readonly AnswerableQuestion[] = [
  {
    q: 'how many attacks did iskp claim after 2022',
    file: A,
    fragment: 'a staggering 90 claimed attacks',
    style: 'verbatim-ish',
  },
  { q: 'wat did iskp call pakistan', file: A, fragment: 'enemy nation', style: 'slang' },
  {
    q: 'why was the capital so vulnerable',
    file: A,
    fragment: 'drawing security forces’ attention elsewhere',
    style: 'paraphrase',
  },
  {
    q: 'who did the attack send a message to',
    file: A,
    fragment: 'sent a pointed message to the United States',
    style: 'verbatim-ish',
  },
  {
    q: 'are the attacks still only in border areas',
    file: A,
    fragment: 'no longer confined to border regions',
    style: 'paraphrase',
  },
  {
    q: 'what big cities has iskp reached',
    file: A,
    fragment: 'major cities like Islamabad and Karachi',
    style: 'paraphrase',
  },
  {
    q: 'which peace deals broke down',
    file: A,
    fragment: 'Tehreek-e-Taliban Pakistan (TTP)',
    style: 'paraphrase',
  },
  {
    q: "did pakistan's spy agency try to make deals with iskp",
    file: A,
    fragment: 'past attempts by Pakistan’s intelligence to strike deals with ISKP',
    style: 'paraphrase',
  },
  {
    q: 'who does iskp eventually want to take on',
    file: A,
    fragment: 'challenging the Taliban in Afghanistan',
    style: 'paraphrase',
  },
  {
    q: 'how long was pakistan quiet before the bombing',
    file: A,
    fragment: 'After a year of relative silence',
    style: 'paraphrase',
  },
  {
    q: 'what were the worshippers doing when it went off',
    file: B,
    fragment: 'dancing and chanting',
    style: 'paraphrase',
  },
  {
    q: 'how big was the group shehzad travelled with',
    file: B,
    fragment: 'a group of 120 pilgrims',
    style: 'paraphrase',
  },
  { q: 'who did the survivor talk to', file: B, fragment: 'told the AFP News Agency', style: 'paraphrase' },
  {
    q: 'when did isis capture mosul',
    file: B,
    fragment: 'which Islamic State took over in 2014',
    style: 'paraphrase',
  },
  {
    q: 'where do fleeing isis fighters go',
    file: B,
    fragment: 'relocate to North Africa and Europe',
    style: 'paraphrase',
  },
  {
    q: 'why are suicide bombers a problem for intel agencies',
    file: B,
    fragment: 'difficult for intelligence agencies to stop',
    style: 'slang',
  },
  {
    q: 'who works at the middle east research institute',
    file: B,
    fragment: 'Dylan O’Driscoll',
    style: 'paraphrase',
  },
  {
    q: 'name some countries where isis has offshoots',
    file: B,
    fragment: 'Libya and Egypt and Yemen and West Africa',
    style: 'fragment',
  },
  {
    q: 'who contributed to the media line report',
    file: B,
    fragment: 'Katie Beiter contributed reporting',
    style: 'verbatim-ish',
  },
  {
    q: "where's reuven ehrlich from",
    file: B,
    fragment: 'Terrorism Information Center in Israel',
    style: 'slang',
  },
  {
    q: 'is pakistan the main focus for isis',
    file: B,
    fragment: 'Pakistan is not their central focus',
    style: 'paraphrase',
  },
  {
    q: 'what kind of group did isis team up with in pakistan',
    file: B,
    fragment: 'most violent sectarian groups',
    style: 'paraphrase',
  },
  { q: 'SHAH NOORANI SHRINE ATTACK DEATH TOLL', file: B, fragment: 'killed at least 52', style: 'case' },
  {
    q: 'whr did the teen bomber blow himself up',
    file: B,
    fragment: 'blew himself up causing widespread damage at the shrine',
    style: 'typo',
  },
  {
    q: 'how bad was the damage at the shrine',
    file: B,
    fragment: 'causing widespread damage at the shrine',
    style: 'paraphrase',
  },
  // Second batch.
  {
    q: 'yo how many ppl did the shrine bombing kill',
    file: B,
    fragment: 'killed at least 52',
    style: 'slang',
  },
  { q: 'how many were wounded', file: B, fragment: 'wounded more than 105', style: 'verbatim-ish' },
  { q: 'since when has iskp been active in pakistan', file: A, fragment: 'since 2015', style: 'paraphrase' },
  {
    q: 'what changed for iskp after 2022',
    file: A,
    fragment: 'sharply intensified after 2022',
    style: 'paraphrase',
  },
  {
    q: 'what was going on with the BLA during the attack',
    file: A,
    fragment: 'major operations by the Balochistan Liberation Army (BLA)',
    style: 'paraphrase',
  },
  {
    q: 'what did officials say about the timing',
    file: A,
    fragment: 'Officials suggest ISKP seized this moment of lax security',
    style: 'paraphrase',
  },
  {
    q: 'why would iskp want to send a message to america',
    file: A,
    fragment: 'improving ties with the US',
    style: 'paraphrase',
  },
  { q: 'where did the us carry out airstrikes', file: A, fragment: 'Syria and Africa', style: 'paraphrase' },
  {
    q: 'what signature do the new attacks carry',
    file: A,
    fragment: 'high-impact operations',
    style: 'verbatim-ish',
  },
  {
    q: 'who are the baloch separatists',
    file: A,
    fragment: 'rise of Baloch separatists',
    style: 'verbatim-ish',
  },
  {
    q: 'what did the mosque blast confirm',
    file: A,
    fragment: 'confirms ISKP’s resolve to weaken Pakistan',
    style: 'verbatim-ish',
  },
  { q: 'did pakistans gamble pay off', file: A, fragment: 'backfired spectacularly', style: 'slang' },
  {
    q: 'what were people searching for after the blast',
    file: B,
    fragment: 'searching for families',
    style: 'paraphrase',
  },
  { q: 'how old is moahammed shehzad', file: B, fragment: 'Moahammed Shehzad, 25', style: 'verbatim-ish' },
  { q: 'which news agency did shehzad speak to', file: B, fragment: 'AFP News Agency', style: 'paraphrase' },
  {
    q: 'how many killed in the police academy attack',
    file: B,
    fragment: 'killed more than 60 people',
    style: 'fragment',
  },
  {
    q: 'where might isis face defeat',
    file: B,
    fragment: 'largely to Iraq where it could well face defeat',
    style: 'paraphrase',
  },
  {
    q: 'where do many isis members come from',
    file: B,
    fragment: 'North Africa and Europe',
    style: 'paraphrase',
  },
  {
    q: 'which attacks are hard to stop',
    file: B,
    fragment: 'especially by suicide bombers',
    style: 'paraphrase',
  },
  {
    q: 'why are they moving into places like pakistan',
    file: B,
    fragment: 'The more they are pushed out of their traditional areas',
    style: 'paraphrase',
  },
  {
    q: 'whats the mosul fight a symbol of',
    file: B,
    fragment: 'has become a symbol for both the international community',
    style: 'slang',
  },
  {
    q: 'what did reuven ehrlich say about pakistan',
    file: B,
    fragment: 'Pakistan is just another one of several',
    style: 'verbatim-ish',
  },
  {
    q: 'wher is isis main effort',
    file: B,
    fragment: 'their main effort is in Iraq and Syria',
    style: 'typo',
  },
  {
    q: 'what was the shrine dedicated to',
    file: B,
    fragment: 'the Sufi saint Shah Noorani',
    style: 'paraphrase',
  },
];
export const SESSION9_TRAPS: readonly TrapQuestion[] = [
  { q: 'when did the islamabad mosque bombing happen', trap: true, why: 'no date' },
  { q: 'how many died in the islamabad mosque attack', trap: true, why: 'not said' },
  { q: 'what is the name of the teenage bomber', trap: true, why: 'not named' },
  { q: 'how many members does isis have in europe', trap: true, why: 'not said' },
  { q: 'what did the us say about the bombing', trap: true, why: 'not said' },
  { q: 'did the taliban condemn the attack', trap: true, why: 'not said' },
  { q: 'what year was the shah noorani shrine built', trap: true, why: 'not said' },
  { q: 'has mosul been retaken yet', trap: true, why: 'not said' },
  { q: 'what weapons did the islamabad bomber use', trap: true, why: 'not said' },
  // Second batch.
  { q: 'how many people died in karachi', trap: true, why: 'not said' },
  { q: 'what is the name of the police academy', trap: true, why: 'not named' },
  { q: 'when did the bla start its operations', trap: true, why: 'no date' },
  { q: 'who is the head of the middle east research institute', trap: true, why: 'not named' },
  { q: 'what did sabahat khan say about karachi', trap: true, why: 'not said' },
  { q: 'which city was the police academy in', trap: true, why: 'not named' },
  { q: 'how long did the mosul battle last', trap: true, why: 'not said' },
  { q: 'who did the taliban blame for the attack', trap: true, why: 'not said' },
];
