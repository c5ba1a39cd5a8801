/**
 * Chat-set questions written in session 6 in two batches, each asked once before anything was changed for
 * it: the first 31 right 21 (14/20 answered, 7/11 traps declined), the second 35 right 28 (20/24, 8/11).
 * A check on questions the pipeline was not tuned on. Same rules as ./chat-set.ts.
 */
import type { AnswerableQuestion, TrapQuestion } from './chat-set.js';

// The seed files, spelt out: importing chat-set.ts's constants would make the two modules a cycle.
const A = '000_7fad598d500c70a1.txt';
const B = '003_fade041aaa763602.txt';

export const SESSION6_ANSWERABLE: readonly AnswerableQuestion[] = [
  {
    q: 'did iskp go quiet for a while in pakistan',
    file: A,
    fragment: 'After a year of relative silence',
    style: 'paraphrase',
  },
  {
    q: 'what does iskp want to set up',
    file: A,
    fragment: 'To establish an Islamic state',
    style: 'paraphrase',
  },
  { q: 'whats the bla', file: A, fragment: 'Balochistan Liberation Army (BLA)', style: 'slang' },
  { q: 'what separatists r mentioned', file: A, fragment: 'Baloch separatists', style: 'slang' },
  {
    q: "did pakistan's strategy with iskp backfire",
    file: A,
    fragment: 'has backfired spectacularly',
    style: 'paraphrase',
  },
  {
    q: "what is iskp's long term aim in afghanistan",
    file: A,
    fragment: 'challenging the Taliban in Afghanistan',
    style: 'paraphrase',
  },
  { q: 'was the shrine bomber a kid', file: B, fragment: 'A teenage suicide bomber', style: 'paraphrase' },
  {
    q: 'who is fighting isis in iraq',
    file: B,
    fragment: 'US-backed coalition has been advancing toward Mosul',
    style: 'paraphrase',
  },
  {
    q: 'what does isis rely on according to khan',
    file: B,
    fragment: 'relies on its narrative and decentralization',
    style: 'paraphrase',
  },
  {
    q: 'why cant isis get a foothold in pakistan',
    file: B,
    fragment: 'difficult to penetrate Pakistan',
    style: 'paraphrase',
  },
  {
    q: 'are suicide bombings hard to stop',
    file: B,
    fragment: 'difficult for intelligence agencies to stop',
    style: 'paraphrase',
  },
  {
    q: 'what is isis trying to do instead of taking land',
    file: B,
    fragment: 'undermine the state through targeted attacks',
    style: 'paraphrase',
  },
  {
    q: 'is pakistan a priority for isis',
    file: B,
    fragment: 'Pakistan is not their central focus',
    style: 'paraphrase',
  },
  {
    q: 'who works at the terrorism information center',
    file: B,
    fragment: 'Reuven Ehrlich of the Terrorism Information Center',
    style: 'paraphrase',
  },
  {
    q: 'which african countries does isis have offshoots in',
    file: B,
    fragment: 'Libya and Egypt and Yemen and West Africa',
    style: 'paraphrase',
  },
  {
    q: 'what happened at the police academy',
    file: B,
    fragment: 'police academy in the same province killed more than 60',
    style: 'paraphrase',
  },
  {
    q: 'isis and al qaeda connection',
    file: B,
    fragment: 'Islamic State emerged from al-Qa’ida',
    style: 'fragment',
  },
  { q: 'whos the syrian leader', file: B, fragment: 'Syrian President Bashar Al-Assad', style: 'slang' },
  {
    q: 'how strong was the blast at the shrine',
    file: B,
    fragment: 'The pressure of the blast was so strong',
    style: 'paraphrase',
  },
  {
    q: 'did iskp attack islamabad to hit back at the us',
    file: A,
    fragment: 'pointed message to the United States',
    style: 'paraphrase',
  },
  {
    q: 'wat happened in islamabad',
    file: A,
    fragment: 'The recent bombing at an Islamabad mosque',
    style: 'slang',
  },
  {
    q: 'has iskp gotten more active lately',
    file: A,
    fragment: 'activity sharply intensified after 2022',
    style: 'paraphrase',
  },
  {
    q: 'how many attacks r we talking about since 2022',
    file: A,
    fragment: '90 claimed attacks',
    style: 'slang',
  },
  {
    q: 'when did iskp start calling pakistan an enemy',
    file: A,
    fragment: 'enemy nation',
    style: 'paraphrase',
  },
  {
    q: 'was the timing of the islamabad bombing a coincidence',
    file: A,
    fragment: 'strategically timed',
    style: 'paraphrase',
  },
  {
    q: 'why was security weak in the capital',
    file: A,
    fragment: 'leaving the capital vulnerable',
    style: 'paraphrase',
  },
  {
    q: 'did american airstrikes have anything to do with it',
    file: A,
    fragment: 'American airstrikes',
    style: 'paraphrase',
  },
  {
    q: 'what did the attack tell the us',
    file: A,
    fragment: 'pointed message to the United States',
    style: 'paraphrase',
  },
  {
    q: 'is iskp still just in the border areas',
    file: A,
    fragment: 'no longer confined to border regions',
    style: 'paraphrase',
  },
  {
    q: "did pakistan's spy agency try to deal with iskp",
    file: A,
    fragment: 'intelligence to strike deals with ISKP',
    style: 'paraphrase',
  },
  {
    q: "what's iskp's beef with the taliban",
    file: A,
    fragment: 'challenging the Taliban in Afghanistan',
    style: 'slang',
  },
  {
    q: 'were ppl dancing at the shrine',
    file: B,
    fragment: 'dancing and chanting at the shrine',
    style: 'slang',
  },
  {
    q: 'who did people search for after the explosion',
    file: B,
    fragment: 'searching for families',
    style: 'paraphrase',
  },
  { q: 'has isis lost territory', file: B, fragment: 'lost significant ground', style: 'paraphrase' },
  {
    q: 'whats the second largest city in iraq',
    file: B,
    fragment: 'Iraq’s second largest city',
    style: 'slang',
  },
  {
    q: 'where is isis being restricted to',
    file: B,
    fragment: 'restricted today largely to Iraq',
    style: 'verbatim-ish',
  },
  {
    q: 'whats INEGMA stand for',
    file: B,
    fragment: 'Institute for Near East and Gulf Military Analysis',
    style: 'slang',
  },
  {
    q: 'do pakistanis support the strict islam of isis',
    file: B,
    fragment: 'most of the population supports Sufi Islam',
    style: 'paraphrase',
  },
  {
    q: "what does o'driscoll do",
    file: B,
    fragment: 'a research fellow at the Middle East Research Institute',
    style: 'paraphrase',
  },
  {
    q: 'is isis going back to suicide bombings',
    file: B,
    fragment: 'changing their tactics back to suicide bombs',
    style: 'paraphrase',
  },
  { q: 'why is mosul important', file: B, fragment: 'has become a symbol', style: 'paraphrase' },
  { q: 'who is katie beiter', file: B, fragment: 'Katie Beiter contributed reporting', style: 'fragment' },
  {
    q: 'what did ehrlich say about isis offshoots',
    file: B,
    fragment: 'They have offshoots in about ten countries',
    style: 'paraphrase',
  },
  {
    q: 'who is the president of syria',
    file: B,
    fragment: 'Syrian President Bashar Al-Assad',
    style: 'paraphrase',
  },
];

export const SESSION6_TRAPS: readonly TrapQuestion[] = [
  { q: 'how many people died in the mosul fighting', trap: true, why: 'no toll for Mosul' },
  { q: 'who is the leader of islamic state', trap: true, why: 'no leader named' },
  { q: 'what month was the mosque bombing in islamabad', trap: true, why: 'no date given' },
  { q: 'how many were injured in the islamabad mosque blast', trap: true, why: 'no toll for Islamabad' },
  { q: 'which us president ordered the airstrikes', trap: true, why: 'no president named' },
  { q: 'who is the head of the ttp', trap: true, why: 'no TTP leader' },
  { q: 'how old is dylan odriscoll', trap: true, why: 'no age' },
  { q: 'how many isis fighters are in libya', trap: true, why: 'no numbers' },
  { q: 'how much territory does isis control in syria', trap: true, why: 'no figure' },
  { q: 'when did al qaeda start', trap: true, why: 'no date' },
  { q: 'what is the population of balochistan', trap: true, why: 'no population' },
  { q: 'who is the president of iraq', trap: true, why: 'not named' },
  { q: 'what does the bla want', trap: true, why: 'BLA goals not given' },
  { q: 'how many members does the ttp have', trap: true, why: 'no figure' },
  {
    q: 'what did the pakistani government say about the shrine attack',
    trap: true,
    why: 'no government statement',
  },
  { q: 'how many people were at the islamabad mosque', trap: true, why: 'no figure' },
  { q: 'when did the us airstrikes in africa start', trap: true, why: 'no date' },
  { q: 'what is the name of the sectarian group isis partnered with', trap: true, why: 'not named' },
  { q: 'how long did the fight for mosul last', trap: true, why: 'no duration' },
  { q: "what is shehzad's job", trap: true, why: 'not given' },
  { q: 'what weapons does iskp use', trap: true, why: 'not given' },
  { q: 'how many isis attacks happened in europe', trap: true, why: 'no figure' },
];
