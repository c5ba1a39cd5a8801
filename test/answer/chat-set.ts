/**
 * Chat-style questions about the two seed articles, typed the way people write in a Discord channel
 * (lowercase, typos, slang, fragments, shouting, rambling), to measure the answer pipeline from outside.
 *
 * - An answerable question names the article that answers it and a short verbatim `fragment` of the
 *   sentence a careful reader would quote (curly quotes and apostrophes as in the file): the bot's excerpt
 *   must contain it. `style` says how the question departs from the article's wording.
 * - A trap shares words with the articles but the articles hold no answer to it: the bot must decline.
 *
 * Written without looking at src/answer/, so that tuning the pipeline on it stays honest. Scored by
 * ./chat-score.ts (used by chat-set.test.ts and bench/chat.ts).
 */

import { LATER_ANSWERABLE, LATER_TRAPS } from './chat-later.js';
import { SESSION5_ANSWERABLE, SESSION5_TRAPS } from './chat-session5.js';
import { SESSION6_ANSWERABLE, SESSION6_TRAPS } from './chat-session6.js';
import { SESSION7_ANSWERABLE, SESSION7_TRAPS } from './chat-session7.js';
import { SESSION8_ANSWERABLE, SESSION8_TRAPS } from './chat-session8.js';
import { SESSION9_ANSWERABLE, SESSION9_TRAPS } from './chat-session9.js';
import { SESSION10_ANSWERABLE, SESSION10_TRAPS } from './chat-session10.js';
import { SESSION11_ANSWERABLE, SESSION11_TRAPS } from './chat-session11.js';
import { SESSION12_ANSWERABLE, SESSION12_TRAPS } from './chat-session12.js';
import { SESSION13_ANSWERABLE, SESSION13_TRAPS } from './chat-session13.js';
import { SESSION14_ANSWERABLE, SESSION14_TRAPS } from './chat-session14.js';
import { SESSION15_ANSWERABLE, SESSION15_TRAPS } from './chat-session15.js';
import { SESSION16_ANSWERABLE, SESSION16_TRAPS } from './chat-session16.js';
import { SESSION17_ANSWERABLE, SESSION17_TRAPS } from './chat-session17.js';
import { SESSION18_ANSWERABLE, SESSION18_TRAPS } from './chat-session18.js';
import { SESSION19_ANSWERABLE, SESSION19_TRAPS } from './chat-session19.js';
import { SESSION20_ANSWERABLE, SESSION20_TRAPS } from './chat-session20.js';
import { SESSION21_ANSWERABLE, SESSION21_TRAPS } from './chat-session21.js';
import { SESSION22_ANSWERABLE, SESSION22_TRAPS } from './chat-session22.js';
import { SESSION23_ANSWERABLE, SESSION23_TRAPS } from './chat-session23.js';
import { SESSION24_ANSWERABLE, SESSION24_TRAPS } from './chat-session24.js';
import { SESSION25_ANSWERABLE, SESSION25_TRAPS } from './chat-session25.js';
import { SESSION26_ANSWERABLE, SESSION26_TRAPS } from './chat-session26.js';
import { SESSION27_ANSWERABLE, SESSION27_TRAPS } from './chat-session27.js';
import { SESSION28_ANSWERABLE, SESSION28_TRAPS } from './chat-session28.js';
import { SESSION29_ANSWERABLE, SESSION29_TRAPS } from './chat-session29.js';
import { SESSION30_ANSWERABLE, SESSION30_TRAPS } from './chat-session30.js';
import { SESSION31_ANSWERABLE, SESSION31_TRAPS } from './chat-session31.js';
import { SESSION32_ANSWERABLE, SESSION32_TRAPS } from './chat-session32.js';
import { SESSION33_ANSWERABLE, SESSION33_TRAPS } from './chat-session33.js';
import { SESSION34_ANSWERABLE, SESSION34_TRAPS } from './chat-session34.js';
import { SESSION35_ANSWERABLE, SESSION35_TRAPS } from './chat-session35.js';
import { SESSION36_ANSWERABLE, SESSION36_TRAPS } from './chat-session36.js';
import { SESSION37_ANSWERABLE, SESSION37_TRAPS } from './chat-session37.js';
import { SESSION38_ANSWERABLE, SESSION38_TRAPS } from './chat-session38.js';
import { SESSION39_ANSWERABLE, SESSION39_TRAPS } from './chat-session39.js';

/** How an answerable question departs from the article's wording. */
export type ChatStyle =
  | 'paraphrase' // other words for the article's (synonyms, another construction)
  | 'typo' // misspellings, missing apostrophes, mangled names
  | 'slang' // chat shorthand: whats, ppl, u, rn, isis, abt, w, nah
  | 'fragment' // a few keywords, no question
  | 'case' // UPPERCASE or Title Case
  | 'verbatim-ish' // close to the article's own words
  | 'long'; // a long, rambling message with the question somewhere inside

export const CHAT_STYLES: readonly ChatStyle[] = [
  'paraphrase',
  'typo',
  'slang',
  'fragment',
  'case',
  'verbatim-ish',
  'long',
];

export interface AnswerableQuestion {
  q: string;
  /** The article (corpus file name) that answers it. */
  file: string;
  /** Verbatim text of that article the quoted excerpt must contain. */
  fragment: string;
  style: ChatStyle;
  trap?: undefined;
}

export interface TrapQuestion {
  q: string;
  trap: true;
  /** Why the articles hold no answer (checked against the text). */
  why: string;
}

export type ChatQuestion = AnswerableQuestion | TrapQuestion;

/** ISKP in Pakistan: the Islamabad mosque bombing. */
export const ISKP_FILE = '000_7fad598d500c70a1.txt';
/** The Media Line: the Islamic State attack on the Shah Noorani shrine. */
export const SHRINE_FILE = '003_fade041aaa763602.txt';

const A = ISKP_FILE;
const B = SHRINE_FILE;

export const ANSWERABLE: readonly AnswerableQuestion[] = [
  // ISKP article, paragraph 1: the Islamabad mosque bombing, ISKP re-emerges.
  {
    q: 'who was behind the mosque bombing in islamabad',
    file: A,
    fragment: 'bombing at an Islamabad mosque by the Islamic State Khorasan Province',
    style: 'paraphrase',
  },
  {
    q: 'wat does ISKP even stand for lol',
    file: A,
    fragment: 'Islamic State Khorasan Province (ISKP)',
    style: 'slang',
  },
  {
    q: 'iskp was quiet for how long before it came back?',
    file: A,
    fragment: 'After a year of relative silence in Pakistan',
    style: 'paraphrase',
  },
  {
    q: 'is iskp back in pakistn',
    file: A,
    fragment: 'ISKP has re-emerged with deadly intent',
    style: 'typo',
  },
  {
    q: 'what gaps is iskp exploiting',
    file: A,
    fragment: 'exploiting critical gaps in the nation’s security',
    style: 'verbatim-ish',
  },
  {
    q: 'islamabad mosque bombing reminder of what',
    file: A,
    fragment: 'a stark reminder of escalating terror in Pakistan',
    style: 'fragment',
  },
  // ISKP article, paragraph 2: since 2015, 90 claimed attacks after 2022, 2021 relocation, the goal.
  {
    q: 'since when has iskp been attacking pakistan',
    file: A,
    fragment: 'ISKP has conducted attacks in Pakistan since 2015',
    style: 'paraphrase',
  },
  {
    q: 'how many attacks has isis k claimed since 2022',
    file: A,
    fragment: 'with a staggering 90 claimed attacks',
    style: 'slang',
  },
  { q: 'iskp number of claimed attacks', file: A, fragment: '90 claimed attacks', style: 'fragment' },
  {
    q: 'How Many Attacks Did ISKP Claim After 2022',
    file: A,
    fragment: 'with a staggering 90 claimed attacks',
    style: 'case',
  },
  {
    q: 'when did iskp start moving from afghanistan to pakistan',
    file: A,
    fragment: 'when ISKP began relocating operations from Afghanistan to Pakistan',
    style: 'paraphrase',
  },
  {
    q: 'what did iskp call pakistan',
    file: A,
    fragment: 'openly labeling it an “enemy nation',
    style: 'paraphrase',
  },
  {
    q: 'whats iskps end goal',
    file: A,
    fragment: 'To establish an Islamic state and dismantle the current establishment',
    style: 'slang',
  },
  {
    q: 'WHAT DOES ISKP WANT',
    file: A,
    fragment: 'To establish an Islamic state and dismantle the current establishment',
    style: 'case',
  },
  {
    q: 'when did iskp activity really ramp up',
    file: A,
    fragment: 'their activity sharply intensified after 2022',
    style: 'paraphrase',
  },
  {
    q: 'hey quick question, my friend keeps saying iskp has been hitting pakistan for ages, since like what year have they been doing attacks there??',
    file: A,
    fragment: 'ISKP has conducted attacks in Pakistan since 2015',
    style: 'long',
  },
  // ISKP article, paragraph 3: timing, the BLA, lax security.
  {
    q: 'was the islamabad attack timed on purpose',
    file: A,
    fragment: 'The Islamabad attack was strategically timed',
    style: 'verbatim-ish',
  },
  {
    q: 'what was the BLA doing when the islamabad bombing happened',
    file: A,
    fragment: 'It coincided with major operations by the Balochistan Liberation Army (BLA)',
    style: 'paraphrase',
  },
  {
    q: 'why was the capital left vulnerable',
    file: A,
    fragment: 'drawing security forces’ attention elsewhere and leaving the capital vulnerable',
    style: 'verbatim-ish',
  },
  {
    q: 'what do officals think about why iskp struck when it did',
    file: A,
    fragment: 'Officials suggest ISKP seized this moment of lax security to strike',
    style: 'typo',
  },
  {
    q: 'balochistan liberation army islamabad timing',
    file: A,
    fragment: 'coincided with major operations by the Balochistan Liberation Army',
    style: 'fragment',
  },
  {
    q: 'were the security forces distracted by somethin else',
    file: A,
    fragment: 'drawing security forces’ attention elsewhere',
    style: 'slang',
  },
  // ISKP article, paragraph 4: a message to the US, ties and airstrikes, reassertion of power.
  {
    q: 'who was the islamabad attack a message to',
    file: A,
    fragment: 'the attack also sent a pointed message to the United States',
    style: 'paraphrase',
  },
  {
    q: 'what provoked iskp',
    file: A,
    fragment: 'Pakistan’s improving ties with the US',
    style: 'verbatim-ish',
  },
  {
    q: 'where did the americans bomb islamic state',
    file: A,
    fragment: 'American airstrikes against the Islamic State in Syria and Africa',
    style: 'paraphrase',
  },
  {
    q: 'wut did the bombing show abt iskps power',
    file: A,
    fragment: 'The bombing served as a defiant reassertion of their power',
    style: 'slang',
  },
  {
    q: 'pakistan us ties iskp',
    file: A,
    fragment: 'Pakistan’s improving ties with the US',
    style: 'fragment',
  },
  {
    q: 'i keep seeing ppl say the islamabad thing was basically a message to america, what was actually going on between pakistan and the us that set iskp off',
    file: A,
    fragment: 'Pakistan’s improving ties with the US',
    style: 'long',
  },
  // ISKP article, paragraph 5: tactics change, from border regions to Islamabad and Karachi.
  {
    q: 'how have iskps tactics changed',
    file: A,
    fragment: 'attacks are no longer confined to border regions like Balochistan',
    style: 'typo',
  },
  {
    q: 'which big cities is iskp hitting now',
    file: A,
    fragment: 'now reaching major cities like Islamabad and Karachi',
    style: 'paraphrase',
  },
  {
    q: 'is karachi a target for iskp too',
    file: A,
    fragment: 'major cities like Islamabad and Karachi',
    style: 'paraphrase',
  },
  {
    q: 'iskp attacks only in border regions?',
    file: A,
    fragment: 'no longer confined to border regions like Balochistan',
    style: 'fragment',
  },
  {
    q: 'what worries analysts about iskp',
    file: A,
    fragment: 'Analysts also note a worrying change in ISKP’s tactics',
    style: 'paraphrase',
  },
  // ISKP article, paragraph 6: internal challenges, the TTP, failed deals, the gambit.
  {
    q: 'what internal security problems did iskp take advantage of',
    file: A,
    fragment: 'including the rise of Baloch separatists',
    style: 'paraphrase',
  },
  {
    q: 'what does ttp stand for',
    file: A,
    fragment: 'Tehreek-e-Taliban Pakistan (TTP)',
    style: 'verbatim-ish',
  },
  {
    q: 'did pakistani intelligence try to make deals with iskp',
    file: A,
    fragment: 'past attempts by Pakistan’s intelligence to strike deals with ISKP',
    style: 'paraphrase',
  },
  { q: 'did the deals w iskp work', file: A, fragment: 'these efforts have failed', style: 'slang' },
  {
    q: 'what does the mosque blast confirm',
    file: A,
    fragment: 'The Islamabad mosque blast confirms ISKP’s resolve to weaken Pakistan',
    style: 'verbatim-ish',
  },
  {
    q: 'does iskp wanna take on the taliban',
    file: A,
    fragment: 'eventually challenging the Taliban in Afghanistan',
    style: 'slang',
  },
  {
    q: 'so did pakistans gambit work or nah',
    file: A,
    fragment: 'Pakistan’s gambit, it seems, has backfired spectacularly',
    style: 'slang',
  },
  { q: 'Baloch Separatists', file: A, fragment: 'the rise of Baloch separatists', style: 'case' },
  {
    q: 'what happened to the peace deals with the pakistani taliban',
    file: A,
    fragment: 'the breakdown of peace deals with the Tehreek-e-Taliban Pakistan (TTP)',
    style: 'paraphrase',
  },
  {
    q: 'why did pakistan try to cut deals with iskp',
    file: A,
    fragment: 'hoping to redirect their focus',
    style: 'paraphrase',
  },

  // Shrine article, subtitle and paragraph 1: the blast at the Shah Noorani shrine.
  {
    q: 'why is islamic state looking for attention',
    file: B,
    fragment: 'Group looking for attention as it loses ground in Iraq and Syria',
    style: 'verbatim-ish',
  },
  {
    q: 'what were ppl doing at the shrine when the bomb went off',
    file: B,
    fragment: 'hundreds of worshippers were dancing and chanting',
    style: 'slang',
  },
  {
    q: 'which sufi saints shrine got attacked',
    file: B,
    fragment: 'the shrine of the Sufi saint Shah Noorani',
    style: 'typo',
  },
  {
    q: 'who blew up the shrine',
    file: B,
    fragment: 'A teenage suicide bomber blew himself up',
    style: 'paraphrase',
  },
  { q: 'how old was the suicide bomber', file: B, fragment: 'A teenage suicide bomber', style: 'paraphrase' },
  {
    q: 'how many worshipers were at the shrien',
    file: B,
    fragment: 'hundreds of worshippers were dancing and chanting',
    style: 'typo',
  },
  {
    q: 'shah noorani shrine blast',
    file: B,
    fragment: 'the shrine of the Sufi saint Shah Noorani',
    style: 'fragment',
  },
  {
    q: 'how bad was the damage to the shrine',
    file: B,
    fragment: 'causing widespread damage at the shrine',
    style: 'paraphrase',
  },
  // Shrine article, paragraph 2: Shehzad's account.
  {
    q: 'what did survivors say about the blast',
    file: B,
    fragment: 'The pressure of the blast was so strong, people were blown away',
    style: 'paraphrase',
  },
  { q: 'how old is shehzad', file: B, fragment: 'Moahammed Shehzad, 25', style: 'verbatim-ish' },
  {
    q: 'which news agency did shehzad talk to',
    file: B,
    fragment: 'told the AFP News Agency',
    style: 'paraphrase',
  },
  {
    q: 'how big was shehzads group of pilgrims',
    file: B,
    fragment: 'who had travelled in a group of 120 pilgrims',
    style: 'typo',
  },
  {
    q: 'mohammed shehzad eyewitness',
    file: B,
    fragment: 'Everyone was running, shouting and searching for families',
    style: 'typo',
  },
  {
    q: 'what were people doing right after the explosion',
    file: B,
    fragment: 'Everyone was running, shouting and searching for families',
    style: 'paraphrase',
  },
  {
    q: 'could anyone hear the cries for help',
    file: B,
    fragment: 'no one was able to listen to their cries',
    style: 'paraphrase',
  },
  // Shrine article, paragraph 3: the toll, the police academy attack.
  {
    q: 'how many died at the shrine',
    file: B,
    fragment: 'The attack killed at least 52',
    style: 'paraphrase',
  },
  { q: 'shrine attack death toll?', file: B, fragment: 'The attack killed at least 52', style: 'fragment' },
  { q: 'how many ppl got hurt at the shrine', file: B, fragment: 'wounded more than 105', style: 'slang' },
  {
    q: 'HOW MANY WERE INJURED IN THE SHRINE BOMBING',
    file: B,
    fragment: 'wounded more than 105',
    style: 'case',
  },
  {
    q: 'how many ppl were killd in the sufi shrine attack',
    file: B,
    fragment: 'The attack killed at least 52',
    style: 'typo',
  },
  {
    q: 'ok so i was reading about that bombing at the sufi shrine in pakistan and i honestly cant remember, how many people actually got killed in it?',
    file: B,
    fragment: 'The attack killed at least 52',
    style: 'long',
  },
  {
    q: 'what happened a few weeks before the shrine attack',
    file: B,
    fragment: 'another attack claimed by Islamic State on a police academy',
    style: 'paraphrase',
  },
  {
    q: 'police academy attack how many killd',
    file: B,
    fragment: 'on a police academy in the same province killed more than 60 people',
    style: 'typo',
  },
  {
    q: 'did isis claim the police academy attack too',
    file: B,
    fragment: 'another attack claimed by Islamic State on a police academy',
    style: 'slang',
  },
  // Shrine article, paragraph 4: presence in Pakistan, lost ground, Mosul, Syria.
  {
    q: 'is isis growing in pakistan',
    file: B,
    fragment: 'Islamic State has been increasing its presence in Pakistan',
    style: 'slang',
  },
  {
    q: 'who has islamic state teamed up with in pakistan',
    file: B,
    fragment: 'has partnered with one of Pakistan’s most violent sectarian groups',
    style: 'paraphrase',
  },
  {
    q: 'how much ground has isis lost',
    file: B,
    fragment: 'Islamic State has lost significant ground in both Iraq and Syria',
    style: 'slang',
  },
  {
    q: 'who is advancing on mosul',
    file: B,
    fragment: 'a US-backed coalition has been advancing toward Mosul',
    style: 'paraphrase',
  },
  { q: 'whats mosul', file: B, fragment: 'Iraq’s second largest city', style: 'slang' },
  {
    q: 'what year did isis capture mosul',
    file: B,
    fragment: 'which Islamic State took over in 2014',
    style: 'slang',
  },
  {
    q: 'who is the syrian president',
    file: B,
    fragment: 'Syrian President Bashar Al-Assad',
    style: 'verbatim-ish',
  },
  {
    q: 'who made gains in syria',
    file: B,
    fragment: 'Russian-backed troops loyal to Syrian President Bashar Al-Assad',
    style: 'paraphrase',
  },
  {
    q: 'russia backed troops syria',
    file: B,
    fragment: 'Russian-backed troops loyal to Syrian President Bashar Al-Assad',
    style: 'fragment',
  },
  // Shrine article, paragraph 5: Sabahat Khan (INEGMA).
  {
    q: 'Who Is Sabahat Khan',
    file: B,
    fragment: 'a senior analysts at the Institute for Near East and Gulf Military Analysis',
    style: 'case',
  },
  {
    q: 'where could isis face defeat',
    file: B,
    fragment: 'restricted today largely to Iraq where it could well face defeat',
    style: 'slang',
  },
  {
    q: 'how long till we know how isis will mutate',
    file: B,
    fragment: 'it will take months before we can assess how Islamic State will mutate next',
    style: 'slang',
  },
  {
    q: 'what kind of group is islamic state according to khan',
    file: B,
    fragment: 'Islamic State is a fluid group which relies on its narrative and decentralization',
    style: 'paraphrase',
  },
  {
    q: 'does isis have an organised command hierarchy',
    file: B,
    fragment: 'more than an organized command hierarchy',
    style: 'typo',
  },
  {
    q: 'inegma analyst',
    file: B,
    fragment: 'Institute for Near East and Gulf Military Analysis (INEGMA)',
    style: 'fragment',
  },
  // Shrine article, paragraph 6: Sufi Islam, where fighters go, more attacks expected.
  {
    q: 'why is it hard for isis to get into pakistan',
    file: B,
    fragment: 'where most of the population supports Sufi Islam',
    style: 'slang',
  },
  {
    q: 'what kind of islam do most pakistanis follow',
    file: B,
    fragment: 'most of the population supports Sufi Islam',
    style: 'paraphrase',
  },
  {
    q: 'where will isis fighters go after iraq and syria',
    file: B,
    fragment: 'more likely to relocate to North Africa and Europe',
    style: 'slang',
  },
  {
    q: 'where do most isis members come from originally',
    file: B,
    fragment: 'which is where many of their members originate from',
    style: 'paraphrase',
  },
  {
    q: 'should the world expect more terror attacks from islamic state',
    file: B,
    fragment: 'the world should expect more Islamic State terrorist attacks',
    style: 'verbatim-ish',
  },
  {
    q: 'why are suicide bombers such a problem for intelligence agencies',
    file: B,
    fragment: 'which are difficult for intelligence agencies to stop',
    style: 'paraphrase',
  },
  {
    q: 'wait so where are all the isis fighters gonna go if they get kicked out of iraq and syria, does anyone know, i heard europe??',
    file: B,
    fragment: 'more likely to relocate to North Africa and Europe',
    style: 'long',
  },
  // Shrine article, paragraph 7: Dylan O'Driscoll.
  {
    q: 'who is dylan odriscoll',
    file: B,
    fragment: 'a research fellow at the Middle East Research Institute in Iraq',
    style: 'typo',
  },
  {
    q: 'what tactics is isis switching to',
    file: B,
    fragment: 'They are changing their tactics back to suicide bombs and individual attacks',
    style: 'slang',
  },
  {
    q: 'is isis still trying to take territory',
    file: B,
    fragment: 'they are not attempting to take territory',
    style: 'slang',
  },
  {
    q: 'what happens when isis gets pushed out of its usual areas',
    file: B,
    fragment: 'the more likely they are to increase their activities in places like Pakistan',
    style: 'paraphrase',
  },
  {
    q: 'how is islamic state trying to undermine the state',
    file: B,
    fragment: 'attempting to undermine the state through targeted attacks',
    style: 'verbatim-ish',
  },
  {
    q: 'where is the middle east research institute',
    file: B,
    fragment: 'Middle East Research Institute in Iraq',
    style: 'verbatim-ish',
  },
  {
    q: 'so theres this analyst guy from the middle east research institute who talked to the media line, what did he say isis is changing its tactics to',
    file: B,
    fragment: 'changing their tactics back to suicide bombs and individual attacks',
    style: 'long',
  },
  // Shrine article, paragraph 8: Mosul as a symbol, Pakistan not the focus, al-Qa’ida.
  {
    q: 'what has the fight for mosul become',
    file: B,
    fragment: 'The fight against Mosul has become a symbol',
    style: 'paraphrase',
  },
  {
    q: 'is pakistan isis main focus',
    file: B,
    fragment: 'Pakistan is not their central focus',
    style: 'slang',
  },
  {
    q: 'did isis come out of al qaeda',
    file: B,
    fragment: 'Islamic State emerged from al-Qa’ida',
    style: 'typo',
  },
  {
    q: 'is al-qaida still popular in pakistan',
    file: B,
    fragment: 'al-Qa’ida which is still popular there',
    style: 'typo',
  },
  // Shrine article, paragraph 9: Reuven Ehrlich; the byline.
  {
    q: 'how many countries is isis in',
    file: B,
    fragment: 'They have offshoots in about ten countries',
    style: 'slang',
  },
  {
    q: 'which countries have islamic state offshoots',
    file: B,
    fragment: 'including Libya and Egypt and Yemen and West Africa',
    style: 'verbatim-ish',
  },
  {
    q: 'who is reuven ehrlich',
    file: B,
    fragment: 'Reuven Ehrlich of the Terrorism Information Center in Israel',
    style: 'verbatim-ish',
  },
  {
    q: 'where is the terrorism information centre',
    file: B,
    fragment: 'Terrorism Information Center in Israel',
    style: 'typo',
  },
  {
    q: 'why does pakistan matter to isis at all',
    file: B,
    fragment: 'It is important because al-Qa’ida emerged from Afghanistan and Pakistan',
    style: 'slang',
  },
  {
    q: 'where is islamic states main effort',
    file: B,
    fragment: 'their main effort is in Iraq and Syria',
    style: 'typo',
  },
  {
    q: 'who contributed reporting to the shrine article',
    file: B,
    fragment: 'Katie Beiter contributed reporting',
    style: 'verbatim-ish',
  },
  {
    q: 'WHERE DID AL QAEDA COME FROM',
    file: B,
    fragment: 'al-Qa’ida emerged from Afghanistan and Pakistan',
    style: 'case',
  },
  ...LATER_ANSWERABLE,
  ...SESSION5_ANSWERABLE,
  ...SESSION6_ANSWERABLE,
  ...SESSION7_ANSWERABLE,
  ...SESSION8_ANSWERABLE,
  ...SESSION9_ANSWERABLE,
  ...SESSION10_ANSWERABLE,
  ...SESSION11_ANSWERABLE,
  ...SESSION12_ANSWERABLE,
  ...SESSION13_ANSWERABLE,
  ...SESSION14_ANSWERABLE,
  ...SESSION15_ANSWERABLE,
  ...SESSION16_ANSWERABLE,
  ...SESSION17_ANSWERABLE,
  ...SESSION18_ANSWERABLE,
  ...SESSION19_ANSWERABLE,
  ...SESSION20_ANSWERABLE,
  ...SESSION21_ANSWERABLE,
  ...SESSION22_ANSWERABLE,
  ...SESSION23_ANSWERABLE,
  ...SESSION24_ANSWERABLE,
  ...SESSION25_ANSWERABLE,
  ...SESSION26_ANSWERABLE,
  ...SESSION27_ANSWERABLE,
  ...SESSION28_ANSWERABLE,
  ...SESSION29_ANSWERABLE,
  ...SESSION30_ANSWERABLE,
  ...SESSION31_ANSWERABLE,
  ...SESSION32_ANSWERABLE,
  ...SESSION33_ANSWERABLE,
  ...SESSION34_ANSWERABLE,
  ...SESSION35_ANSWERABLE,
  ...SESSION36_ANSWERABLE,
  ...SESSION37_ANSWERABLE,
  ...SESSION38_ANSWERABLE,
  ...SESSION39_ANSWERABLE,
];

export const TRAPS: readonly TrapQuestion[] = [
  {
    q: 'how many were killed in karachi',
    trap: true,
    why: 'Karachi is named only as a city ISKP now reaches; no attack or toll there is given',
  },
  {
    q: 'who is the president of pakistan',
    trap: true,
    why: 'the only president named is Syria’s (Bashar Al-Assad)',
  },
  { q: 'how tall is the shrine', trap: true, why: 'the shrine’s size is never given' },
  { q: 'when was the shrine built', trap: true, why: 'the shrine’s history is never given' },
  { q: 'what is the capital of france', trap: true, why: 'France is not mentioned' },
  {
    q: 'who won the fifa world cup in 2022',
    trap: true,
    why: '2022 appears only as the year ISKP activity intensified; no football',
  },
  {
    q: 'how many people live in islamabad',
    trap: true,
    why: 'Islamabad’s population is never given',
  },
  {
    q: 'what did the taliban say about the attack',
    trap: true,
    why: 'the Taliban are mentioned (TTP peace deals, ISKP challenging them) but never quoted',
  },
  {
    q: 'how many ppl died in the islamabad mosque bombing',
    trap: true,
    why: 'the ISKP article gives no toll for the mosque bombing; 52 is the shrine attack in the other article',
  },
  {
    q: 'whats the name of the mosque that got bombed in islamabad',
    trap: true,
    why: 'the Islamabad mosque is never named',
  },
  {
    q: 'what date was the islamabad mosque attack',
    trap: true,
    why: 'the mosque bombing is only called “recent”; no date',
  },
  {
    q: 'what day did the shrine bombing happen',
    trap: true,
    why: 'no date or day is given for the shrine attack',
  },
  {
    q: 'which province is the shah noorani shrine in',
    trap: true,
    why: 'the article says only “the same province”, never naming it',
  },
  {
    q: 'what was the suicide bombers name',
    trap: true,
    why: 'the bomber is only “a teenage suicide bomber”',
  },
  { q: 'who is pakistans prime minister rn', trap: true, why: 'no Pakistani politician is named' },
  { q: 'how many fighters does iskp have', trap: true, why: 'ISKP’s strength is never given' },
  { q: 'who is the leader of iskp', trap: true, why: 'no ISKP leader is named' },
  {
    q: 'how many airstrikes did the us carry out in syria',
    trap: true,
    why: 'American airstrikes in Syria and Africa are mentioned but not counted',
  },
  {
    q: 'what is the population of pakistan',
    trap: true,
    why: 'only that most of the population supports Sufi Islam; no number',
  },
  {
    q: 'when was the balochistan liberation army founded',
    trap: true,
    why: 'the BLA is mentioned only for its operations at the time of the Islamabad attack',
  },
  {
    q: 'what does the TTP want',
    trap: true,
    why: 'the TTP is mentioned only for the breakdown of peace deals; its aims are not given',
  },
  {
    q: 'when was iskp founded',
    trap: true,
    why: 'only that it has conducted attacks in Pakistan since 2015 and relocated from 2021; no founding date',
  },
  { q: 'who is the mayor of mosul', trap: true, why: 'no official of Mosul is named' },
  {
    q: 'how many people live in mosul',
    trap: true,
    why: 'Mosul is “Iraq’s second largest city”; no population is given',
  },
  {
    q: 'how much money did the shrine damage cost',
    trap: true,
    why: 'the damage is only “widespread”; no cost',
  },
  { q: 'how old is sabahat khan', trap: true, why: 'Khan’s age is not given (only Shehzad’s, 25)' },
  {
    q: "where did dylan o'driscoll go to university",
    trap: true,
    why: 'only his post as a research fellow is given',
  },
  {
    q: 'how many kids were killed at the shrine',
    trap: true,
    why: 'the toll (at least 52) is not broken down by age',
  },
  {
    q: 'how many people were arrested after the shrine bombing',
    trap: true,
    why: 'no arrests are mentioned',
  },
  { q: 'best biryani in karachi?', trap: true, why: 'nothing about food' },
  {
    q: 'when did russia send troops to syria',
    trap: true,
    why: 'Russian-backed troops’ gains are mentioned, not when Russia intervened',
  },
  {
    q: 'what is the capital of egypt',
    trap: true,
    why: 'Egypt is only listed among countries with offshoots',
  },
  {
    q: 'who won the 2024 us presidential election',
    trap: true,
    why: 'the US appears only as Pakistan’s partner and for airstrikes; no elections',
  },
  {
    q: 'how many iskp attacks were there in 2015',
    trap: true,
    why: 'attacks “since 2015” are mentioned; the only count (90) is for after 2022',
  },
  { q: 'who owns the AFP news agency', trap: true, why: 'AFP is named only as the agency Shehzad spoke to' },
  { q: 'what is the weather in islamabad today', trap: true, why: 'nothing about weather' },
  {
    q: 'What Time Did The Shrine Blast Happen',
    trap: true,
    why: 'no time of day is given, only that worshippers were dancing and chanting',
  },
  {
    q: 'HOW MANY PEOPLE LIVE IN YEMEN',
    trap: true,
    why: 'Yemen is only listed among countries with offshoots',
  },
  ...LATER_TRAPS,
  ...SESSION5_TRAPS,
  ...SESSION6_TRAPS,
  ...SESSION7_TRAPS,
  ...SESSION8_TRAPS,
  ...SESSION9_TRAPS,
  ...SESSION10_TRAPS,
  ...SESSION11_TRAPS,
  ...SESSION12_TRAPS,
  ...SESSION13_TRAPS,
  ...SESSION14_TRAPS,
  ...SESSION15_TRAPS,
  ...SESSION16_TRAPS,
  ...SESSION17_TRAPS,
  ...SESSION18_TRAPS,
  ...SESSION19_TRAPS,
  ...SESSION20_TRAPS,
  ...SESSION21_TRAPS,
  ...SESSION22_TRAPS,
  ...SESSION23_TRAPS,
  ...SESSION24_TRAPS,
  ...SESSION25_TRAPS,
  ...SESSION26_TRAPS,
  ...SESSION27_TRAPS,
  ...SESSION28_TRAPS,
  ...SESSION29_TRAPS,
  ...SESSION30_TRAPS,
  ...SESSION31_TRAPS,
  ...SESSION32_TRAPS,
  ...SESSION33_TRAPS,
  ...SESSION34_TRAPS,
  ...SESSION35_TRAPS,
  ...SESSION36_TRAPS,
  ...SESSION37_TRAPS,
  ...SESSION38_TRAPS,
  ...SESSION39_TRAPS,
];

/** Every question, answerable first. */
export const CHAT_SET: readonly ChatQuestion[] = [...ANSWERABLE, ...TRAPS];
