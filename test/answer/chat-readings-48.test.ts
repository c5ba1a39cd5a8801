/**
 * Ways readers ask that session 48 found lost (from the ninth six's questions), each read as the words it
 * stands for: a learner's "the most old runner" (the oldest), "made it all the way round" (finished), "how
 * many helpers all together" (altogether), "bus wait time?" (how long the wait was), "the combined tally",
 * "on the 12th" where the article writes "March 12", "has the coach ben running it" (been), "meds", chat's
 * "2" for "to" and "4" for "for", "on sat", "brought the house down" (a standing ovation), "getting shut down"
 * (closing), a gamer's "wr" and "emu", and guesses: "like 2k runners" (thousands counted, no sum), "a
 * couple of hedgehogs" (two), "50 of us" (people), "the start of the year" (January). A count of those who did
 * not do what is asked ("Nine runners did not finish") counts something else, and a clause that drops its "I"
 * ("was packing up in a rush when ...") or a relative one ("nice work everyone who was out in that frost") is
 * the asker's story, not a question. On articles written for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { storyTerms } from '../../src/answer/question-clause.js';
import { writeOutShorthand } from '../../src/answer/shorthand.js';
import { tokenize } from '../../src/search/analyzer.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const FUN_RUN = [
  '# Brackley Park fun run: the report',
  '',
  'The planning meeting on March 12 was attended by 23 club members.',
  '',
  'We had 1,840 entries in total. Of those, 1,702 runners started and 1,693 finished.',
  'Nine runners did not finish: six with cramp and three who stopped at the lake to help a loose dog.',
  'In total 64 people helped on the day, most of them marshals.',
  '',
  'The youngest finisher was 8-year-old Poppy Adams. The oldest was 84-year-old Harold Quinn, who has run every year since 1998.',
  '',
  'The shuttle bus broke down at the north gate. We waited 35 minutes for a replacement, which arrived at 10.20am.',
  '',
  'Two hedgehogs were found asleep under the finish gantry in January and moved to the wildlife garden.',
  '',
  'Coach Dev Mistry has been running the Tuesday training group for 11 years.',
  'Runners on regular medication should write it on the back of their number.',
  'The prize-giving is on Saturday at 4pm in the Lakeside Café.',
  'Entry fees paid for the new timing mats.',
  'The Brackley Silver Band received a standing ovation at the finish line.',
].join('\n');

const STAR_PARTY = [
  '# Star party at Hollin Ridge',
  '',
  'Thirty members came up to the ridge on Saturday. The clouds came over at 11pm and we packed up in a hurry.',
  '',
  'Lost property from the night, including an eyepiece in a blue case, is with Denise, so message her with the brand.',
  '',
  'The bag pack at the Fieldway supermarket raised £310 for the new dome.',
].join('\n');

describe('chat and learners’ ways of asking', () => {
  it('are read as the words they stand for', () => {
    const plain = (text: string) => writeOutShorthand(text).replace(/\s+/g, ' ').trim();
    expect(plain('who was the most old runner')).toBe('who was the oldest runner');
    expect(plain('how many made it all the way round')).toBe('how many finished');
    expect(plain('how many helpers all together')).toBe('how many helpers altogether');
    expect(plain('was it a couple of hedgehogs')).toBe('was it 2 hedgehogs');
    expect(plain('was it about 50 of us')).toBe('was it about 50 people');
    expect(plain('at the start of the year')).toBe('in january');
    expect(plain('when did we get 2 the north gate on sat')).toBe(
      'when did we get to the north gate on saturday',
    );
    expect(plain('what did they pay 4 the mats')).toBe('what did they pay for the mats');
    expect(plain('what did the mats set them back')).toBe('how much did the mats cost');
    expect(plain('who brought the house down')).toBe('who got a standing ovation');
    expect(plain('is the cafe getting shut down')).toBe('is the cafe closing');
    expect(plain('was her wr on console or emu')).toBe('was her world record on console or emulator');
    // Not a day: "sat down"; not "to": "2 people"; not "for": "4 runners".
    expect(plain('we sat down')).toBe('we sat down');
    expect(plain('get 2 people and 4 runners')).toBe('get 2 people and 4 runners');
  });

  it('answers questions asked that way', async () => {
    const { engine } = await articleEngineWithVectors('brackley-fun-run.md', FUN_RUN);
    expectAnswered(engine, [
      ['Who was the most old runner that finish?', '84-year-old Harold Quinn'],
      ['how many runners made it all the way round', '1,693 finished'],
      ['how many ppl helped all togther on the day', 'In total 64 people helped'],
      ['shuttle bus wait time?', 'We waited 35 minutes'],
      ['how many ppl came to the planning meeting on the 12th?', '23 club members'],
      ['how long has coach dev ben running the tuesday group', 'for 11 years'],
      ['where do i write my meds', 'write it on the back of their number'],
      ['how many runners actually made it 2 the finish line?', '1,693 finished'],
      ['what time is the prize giving on sat', 'Saturday at 4pm'],
      ['was it just a couple of hedgehogs under the gantry at the start of the year?', 'Two hedgehogs'],
      ['was it like 2k entries?', '1,840 entries'],
      ['what was the combined tally of entries', '1,840 entries'],
      ['who got everyone on their feet at the finish', 'received a standing ovation'],
    ]);
  });

  it('reads a clause that drops its "I" as the asker’s story, not as a question', async () => {
    const { engine } = await articleEngineWithVectors('hollin-ridge.md', STAR_PARTY);
    const answer = engine.ask(
      "ugh I think I left one of my eyepieces out at the ridge on saturday, was packing up in a rush when the clouds came over and now one's missing from my bag. does anyone know who is holding onto lost stuff from that night?",
    );
    // Before, "was packing up ... clouds came over ..." was a question too, and its words led the excerpt.
    expect(answer.excerpt).toContain('is with Denise');
    expect(answer.excerpt).not.toContain('clouds came over');
  });

  it('reads "who" inside a sentence of the story as a relative clause, not a question', () => {
    const message =
      'just read the survey on my lunch break, nice work everyone who was out in that frost. one thing i didnt get though, why did the lapwing numbers drop so much?';
    const story = storyTerms(message, tokenize(message));
    expect(story.has('frost')).toBe(true);
    expect(story.has('lapw')).toBe(false);
  });

  it('does not take a count of those who did not finish for those who did', async () => {
    const withoutFinishers = FUN_RUN.replace(/Of those, [^\n]*\n/, '');
    const { engine } = await articleEngineWithVectors('brackley-fun-run.md', withoutFinishers);
    expectDeclined(engine, ['how many runners made it all the way round']);
    expectAnswered(engine, [['how many runners did not finish', 'Nine runners did not finish']]);
  });
});
