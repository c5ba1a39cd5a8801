/**
 * Chat-set questions written in session 8, each batch asked once before anything was changed for it: a batch
 * of 57, less the 20 already in the set word for word, leaves 37 (12 traps), 25 right at first ask ("which
 * cities r getting hit now" and "did the deals work" declined, "which province is the shrine in" answered from
 * the ISKP article's "Khorasan Province"); a second batch of 42 (typos, emoji, "@everyone", fragments), less
 * 4 already in the set, leaves 38 (11 traps), 27 right at first ask ("who told the media line isis has
 * offshoots in 10 countries" declined: "10" was not "ten"). Same rules as ./chat-set.ts.
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
  // The second batch.
  {
    q: 'how many ppl got kiled at the shrin',
    file: B,
    fragment: 'The attack killed at least 52',
    style: 'typo',
  },
  {
    q: 'who was behind the islamabd mosque bombng',
    file: A,
    fragment: 'Islamic State Khorasan Province (ISKP)',
    style: 'typo',
  },
  { q: 'WHO IS SHAH NOORANI', file: B, fragment: 'the Sufi saint Shah Noorani', style: 'case' },
  { q: 'pls tell me what iskp wants 🙏', file: A, fragment: 'To establish an Islamic state', style: 'slang' },
  {
    q: 'yo what was the deal with the BLA during the attack',
    file: A,
    fragment: 'major operations by the Balochistan Liberation Army (BLA)',
    style: 'slang',
  },
  {
    q: 'so like how many attacks has iskp claimed since 2022??',
    file: A,
    fragment: '90 claimed attacks',
    style: 'slang',
  },
  {
    q: 'what was the mosque attack a message to',
    file: A,
    fragment: 'pointed message to the United States',
    style: 'paraphrase',
  },
  { q: 'how many wounded in shrine attack', file: B, fragment: 'wounded more than 105', style: 'fragment' },
  { q: 'shrine attack injuries', file: B, fragment: 'wounded more than 105', style: 'fragment' },
  {
    q: 'what did sabahat khan say about iraq',
    file: B,
    fragment: 'restricted today largely to Iraq where it could well face defeat',
    style: 'paraphrase',
  },
  { q: 'when did iskp start hitting pakistan', file: A, fragment: 'since 2015', style: 'paraphrase' },
  {
    q: 'has isis lost ground',
    file: B,
    fragment: 'lost significant ground in both Iraq and Syria',
    style: 'paraphrase',
  },
  { q: 'whos backing the troops in syria', file: B, fragment: 'Russian-backed troops', style: 'slang' },
  { q: 'what is mosul', file: B, fragment: 'Iraq’s second largest city', style: 'paraphrase' },
  {
    q: 'what kind of attacks are hard for intelligence agencies to stop',
    file: B,
    fragment: 'especially by suicide bombers',
    style: 'paraphrase',
  },
  { q: 'iskp goals?', file: A, fragment: 'To establish an Islamic state', style: 'fragment' },
  { q: 'why did iskp attack when it did', file: A, fragment: 'strategically timed', style: 'paraphrase' },
  { q: 'did the shrine bomber survive', file: B, fragment: 'blew himself up', style: 'paraphrase' },
  {
    q: 'how far has iskp spread in pakistan, is it still only the border areas?',
    file: A,
    fragment: 'no longer confined to border regions like Balochistan',
    style: 'long',
  },
  {
    q: 'what was shehzad looking for after the blast',
    file: B,
    fragment: 'searching for families',
    style: 'paraphrase',
  },
  {
    q: 'who told the media line isis has offshoots in 10 countries',
    file: B,
    fragment: 'Reuven Ehrlich',
    style: 'paraphrase',
  },
  { q: 'hey @everyone whats the TTP', file: A, fragment: 'Tehreek-e-Taliban Pakistan (TTP)', style: 'slang' },
  {
    q: 'what does the article say isis uses more than a command structure',
    file: B,
    fragment: 'relies on its narrative and decentralization',
    style: 'paraphrase',
  },
  {
    q: 'what did iskp exploit',
    file: A,
    fragment: 'exploiting critical gaps in the nation’s security',
    style: 'paraphrase',
  },
  { q: 'which sufi saint', file: B, fragment: 'Sufi saint Shah Noorani', style: 'fragment' },
  {
    q: 'what are isis fighters fleeing iraq likely to do',
    file: B,
    fragment: 'relocate to North Africa and Europe',
    style: 'paraphrase',
  },
  {
    q: 'did pakistan and the us get closer',
    file: A,
    fragment: 'improving ties with the US',
    style: 'paraphrase',
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
  // The second batch.
  { q: 'how many ppl got kiled in karachi', trap: true, why: 'no toll for Karachi' },
  { q: 'what is the bla fighting for', trap: true, why: 'not said' },
  { q: 'how many members does isis have', trap: true, why: 'not said' },
  { q: 'when was the police academy attack', trap: true, why: 'no date, only a few weeks before' },
  { q: 'how old is reuven ehrlich', trap: true, why: 'not said' },
  { q: 'where is the terrorism information center based in the us', trap: true, why: 'it is in Israel' },
  { q: 'what did the pakistani government say after the shrine attack', trap: true, why: 'not said' },
  { q: 'how many bombs were used at the shrine', trap: true, why: 'not said' },
  { q: 'who won the 2024 election in pakistan', trap: true, why: 'not said' },
  { q: 'how many mosques are in islamabad', trap: true, why: 'not said' },
  { q: 'what year was the tehreek-e-taliban founded', trap: true, why: 'not said' },
];
