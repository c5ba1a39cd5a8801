/**
 * Chat-set questions written in session 10: the check batch of session 9 (32 written, 6 already in the set
 * word for word; kept out of the set then, 19 of 26 right) and a new batch of 47 (15 already in the set),
 * asked once before anything was changed for it: 22 of 32 right ("was the capital left unprotected" and
 * "who helped write the media line article" declined; "what weapons does isis use in iraq" and "when did
 * the us bomb syria" answered). "how old was the suicide bomber exactly", written as a trap, is left out:
 * "a teenage suicide bomber" is a fair answer. A third batch of 43 (16 already in the set), written after
 * this session's first changes: 22 of 27 right at first ask ("wich group did the islamabad bombing"
 * declined, then read through the shorthand; "what did the explosion do to the shrine" quoted "The blast
 * occurred ..."). Two of its labels were set right after asking: "who was the bomber at the sufi shrine" is a
 * trap, as "who was the bomber at the shrine" is in the set (no one is named), and "what did shehzad say
 * happened" is answered by either sentence of his quote. Same rules as ./chat-set.ts.
 */
import type { AnswerableQuestion, TrapQuestion } from './chat-set.js';
const A = '000_7fad598d500c70a1.txt';
const B = '003_fade041aaa763602.txt';
export const SESSION10_ANSWERABLE: readonly AnswerableQuestion[] = [
  {
    q: 'ok so who actually bombed the islamabad mosque',
    file: A,
    fragment: 'Islamic State Khorasan Province (ISKP)',
    style: 'slang',
  },
  { q: 'how many attacks has iskp claimed', file: A, fragment: '90 claimed attacks', style: 'verbatim-ish' },
  {
    q: 'what did iskp start doing in 2021',
    file: A,
    fragment: 'began relocating operations from Afghanistan to Pakistan',
    style: 'paraphrase',
  },
  { q: 'what is the endgame for iskp', file: A, fragment: 'To establish an Islamic state', style: 'slang' },
  {
    q: 'why was security distracted during the attack',
    file: A,
    fragment: 'drawing security forces’ attention elsewhere',
    style: 'paraphrase',
  },
  {
    q: 'which american strikes angered iskp',
    file: A,
    fragment: 'recent American airstrikes against the Islamic State in Syria and Africa',
    style: 'paraphrase',
  },
  {
    q: 'did iskp used to only attack near the border',
    file: A,
    fragment: 'no longer confined to border regions',
    style: 'paraphrase',
  },
  {
    q: 'what did pakistan intelligence try',
    file: A,
    fragment: 'strike deals with ISKP',
    style: 'paraphrase',
  },
  {
    q: 'what does iskp want to do to pakistan',
    file: A,
    fragment: 'resolve to weaken Pakistan',
    style: 'paraphrase',
  },
  {
    q: 'whos the sufi saint at the shrine',
    file: B,
    fragment: 'the Sufi saint Shah Noorani',
    style: 'slang',
  },
  { q: 'what did the teenage bomber do', file: B, fragment: 'blew himself up', style: 'paraphrase' },
  {
    q: 'what were ppl looking for after the explosion',
    file: B,
    fragment: 'looking for the mothers and fathers',
    style: 'slang',
  },
  {
    q: 'who backs the coalition near mosul',
    file: B,
    fragment: 'a US-backed coalition',
    style: 'paraphrase',
  },
  { q: 'when did islamic state take mosul', file: B, fragment: 'took over in 2014', style: 'verbatim-ish' },
  {
    q: 'who is loyal to assad in syria',
    file: B,
    fragment: 'Russian-backed troops loyal',
    style: 'paraphrase',
  },
  {
    q: 'is isis a centralised group',
    file: B,
    fragment: 'decentralization more than an organized command hierarchy',
    style: 'paraphrase',
  },
  { q: 'what islam does isis support', file: B, fragment: 'the strict version', style: 'paraphrase' },
  {
    q: 'what should the world expect according to analysts',
    file: B,
    fragment: 'expect more Islamic State terrorist attacks',
    style: 'paraphrase',
  },
  {
    q: 'are isis going back to suicide bombings',
    file: B,
    fragment: 'changing their tactics back to suicide bombs',
    style: 'paraphrase',
  },
  { q: 'who said pakistan is just one of several', file: B, fragment: 'Reuven Ehrlich', style: 'paraphrase' },
  {
    q: 'why did the attack happen when it did',
    file: A,
    fragment: 'strategically timed',
    style: 'paraphrase',
  },
  {
    q: 'who was the bla busy with at the time',
    file: A,
    fragment: 'major operations by the Balochistan Liberation Army (BLA)',
    style: 'paraphrase',
  },
  {
    q: 'was the capital left unprotected',
    file: A,
    fragment: 'leaving the capital vulnerable',
    style: 'paraphrase',
  },
  { q: 'who are the ttp', file: A, fragment: 'Tehreek-e-Taliban Pakistan (TTP)', style: 'paraphrase' },
  {
    q: 'what happend to the peace deals with the ttp',
    file: A,
    fragment: 'breakdown of peace deals',
    style: 'typo',
  },
  { q: 'did pakistans plan backfire', file: A, fragment: 'backfired spectacularly', style: 'verbatim-ish' },
  {
    q: 'does iskp want to take on the taliban',
    file: A,
    fragment: 'challenging the Taliban in Afghanistan',
    style: 'paraphrase',
  },
  {
    q: 'where was the sufi shrine bombing',
    file: B,
    fragment: 'the shrine of the Sufi saint Shah Noorani',
    style: 'paraphrase',
  },
  {
    q: 'what were the worshipers doing when the bomb went off',
    file: B,
    fragment: 'dancing and chanting',
    style: 'typo',
  },
  { q: 'how old was moahammed shehzad', file: B, fragment: 'Moahammed Shehzad, 25', style: 'verbatim-ish' },
  { q: 'how bad was the blast', file: B, fragment: 'people were blown away', style: 'paraphrase' },
  {
    q: 'could anyone hear the cries',
    file: B,
    fragment: 'no one was able to listen to their cries',
    style: 'paraphrase',
  },
  { q: 'how many got injured', file: B, fragment: 'wounded more than 105', style: 'paraphrase' },
  {
    q: 'whats the second biggest city in iraq',
    file: B,
    fragment: 'Mosul, Iraq’s second largest city',
    style: 'paraphrase',
  },
  {
    q: 'where is isis mostly stuck now',
    file: B,
    fragment: 'restricted today largely to Iraq',
    style: 'slang',
  },
  {
    q: 'why is pakistan hard for isis to get into',
    file: B,
    fragment: 'most of the population supports Sufi Islam',
    style: 'paraphrase',
  },
  {
    q: 'where will fleeing isis fighters go',
    file: B,
    fragment: 'relocate to North Africa and Europe',
    style: 'paraphrase',
  },
  {
    q: 'why are suicide bombers hard to stop',
    file: B,
    fragment: 'difficult for intelligence agencies to stop',
    style: 'paraphrase',
  },
  {
    q: 'is isis trying to grab land anymore',
    file: B,
    fragment: 'not attempting to take territory',
    style: 'slang',
  },
  {
    q: 'what has mosul become a symbol of',
    file: B,
    fragment: 'has become a symbol for both the international community',
    style: 'paraphrase',
  },
  {
    q: 'where is isis main effort',
    file: B,
    fragment: 'their main effort is in Iraq and Syria',
    style: 'verbatim-ish',
  },
  {
    q: 'who helped write the media line article',
    file: B,
    fragment: 'Katie Beiter contributed reporting',
    style: 'paraphrase',
  },
  {
    q: 'wich group did the islamabad bombing',
    file: A,
    fragment: 'Islamic State Khorasan Province (ISKP)',
    style: 'typo',
  },
  {
    q: 'was pakistan quiet before the mosque attack',
    file: A,
    fragment: 'After a year of relative silence in Pakistan',
    style: 'paraphrase',
  },
  {
    q: 'what does iskp ultimately want',
    file: A,
    fragment: 'To establish an Islamic state',
    style: 'paraphrase',
  },
  {
    q: 'who was fighting in balochistan at the time',
    file: A,
    fragment: 'Balochistan Liberation Army (BLA)',
    style: 'paraphrase',
  },
  {
    q: 'what did officials think iskp took advantage of',
    file: A,
    fragment: 'lax security',
    style: 'paraphrase',
  },
  {
    q: 'why would iskp be mad at the us',
    file: A,
    fragment: 'recent American airstrikes against the Islamic State in Syria and Africa',
    style: 'slang',
  },
  {
    q: 'what changed about iskp tactics',
    file: A,
    fragment: 'no longer confined to border regions',
    style: 'paraphrase',
  },
  {
    q: 'which separatists are rising in pakistan',
    file: A,
    fragment: 'Baloch separatists',
    style: 'paraphrase',
  },
  {
    q: 'how many worshipers were at the shrine',
    file: B,
    fragment: 'hundreds of worshippers',
    style: 'typo',
  },
  {
    q: 'what did the explosion do to the shrine',
    file: B,
    fragment: 'causing widespread damage at the shrine',
    style: 'paraphrase',
  },
  {
    q: 'what did shehzad say happened',
    file: B,
    fragment: 'Everyone was running, shouting',
    style: 'paraphrase',
  },
  {
    q: 'how many ppl did the shrine attack kill',
    file: B,
    fragment: 'The attack killed at least 52',
    style: 'slang',
  },
  {
    q: 'how many were wounded in the shrine bombing',
    file: B,
    fragment: 'wounded more than 105',
    style: 'paraphrase',
  },
  {
    q: 'what attack happened a few weeks before',
    file: B,
    fragment: 'another attack claimed by Islamic State on a police academy',
    style: 'paraphrase',
  },
  {
    q: 'does isis rely on a chain of command',
    file: B,
    fragment: 'decentralization more than an organized command hierarchy',
    style: 'paraphrase',
  },
  {
    q: 'what are the new isis tactics',
    file: B,
    fragment: 'changing their tactics back to suicide bombs and individual attacks',
    style: 'paraphrase',
  },
  {
    q: 'name some countries with isis offshoots',
    file: B,
    fragment: 'Libya and Egypt and Yemen and West Africa',
    style: 'paraphrase',
  },
  {
    q: 'which country is the terrorism information center in',
    file: B,
    fragment: 'Terrorism Information Center in Israel',
    style: 'paraphrase',
  },
];
export const SESSION10_TRAPS: readonly TrapQuestion[] = [
  // Relabelled in session 19 (it was answerable, quoting the sentence that describes the group): every
  // helper of sessions 14 to 19 wrote the same question as a trap, and "which" asks for the group's name.
  {
    q: 'which sectarian group did isis partner with',
    trap: true,
    why: 'The article says IS partnered with one of Pakistan’s most violent sectarian groups but never names it.',
  },
  { q: 'how many ppl were killed in the islamabad bombing', trap: true, why: 'not said' },
  { q: 'when was the shah noorani shrine attack', trap: true, why: 'no date' },
  { q: 'what is the name of the islamabad mosque', trap: true, why: 'not named' },
  { q: 'how many isis fighters fled to europe', trap: true, why: 'not said' },
  { q: 'which city is the middle east research institute in', trap: true, why: 'not named' },
  { q: 'what did the bla say about iskp', trap: true, why: 'not said' },
  { q: 'how many people died in the islamabad mosque blast', trap: true, why: 'not said' },
  { q: 'what year did the bla start', trap: true, why: 'not said' },
  { q: 'when did the us bomb syria', trap: true, why: 'no date' },
  { q: 'who is the leader of the taliban', trap: true, why: 'not said' },
  { q: 'what city is the shah noorani shrine in', trap: true, why: 'not named' },
  { q: 'how many countries has al qaida attacked', trap: true, why: 'not said' },
  { q: 'what weapons does isis use in iraq', trap: true, why: 'not said' },
  { q: 'when did russia enter syria', trap: true, why: 'not said' },
  {
    q: 'who was the bomber at the sufi shrine',
    trap: true,
    why: 'not named: like "who was the bomber at the shrine" in the set',
  },
  { q: 'how many people were arrested after the islamabad blast', trap: true, why: 'not said' },
  { q: 'what date was the islamabad mosque bombing', trap: true, why: 'no date' },
  { q: 'how many troops does the us coalition have', trap: true, why: 'not said' },
  { q: 'where was the teenage bomber from', trap: true, why: 'not said' },
  { q: 'how much did the us spend on airstrikes', trap: true, why: 'not said' },
  { q: 'when will mosul be retaken', trap: true, why: 'not said' },
  { q: 'how many isis members are in europe', trap: true, why: 'not said' },
  { q: 'what did the ttp say about the bombing', trap: true, why: 'not said' },
];
