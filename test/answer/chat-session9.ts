/**
 * Chat-set questions written in session 9, asked once before anything was changed for them: a batch of 49,
 * less the 15 already in the set word for word, leaves 34 (9 traps), 29 right at first ask ("what did the us
 * say about the bombing" and "what is the name of the teenage bomber" answered; "who did the survivor talk
 * to" and "what were the worshippers doing when it went off" declined). Same rules as ./chat-set.ts.
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
];
