/**
 * What an article does not tell (session 57): a year it never writes ("how many visitors did the fair get in
 * 2021", of a 2024 wrap-up whose count sentence names no year), and a list item that only names a question
 * left open ("Still undecided: - whether compensation will be paid ...").
 */
import { describe, it } from 'vitest';
import {
  articleEngineWithVectors,
  articlesEngineWithVectors,
  expectAnswered,
  expectDeclined,
} from './article-engine.js';

const WRAP_UP = [
  '# Ashbrook Fair 2024: the wrap-up',
  '',
  'Posted by the fair committee, Tuesday 10 September 2024.',
  '',
  'What a weekend. Thank you to every trader, steward, first aider and neighbour who put up with the noise, the parking and the smell of frying onions drifting across the allotments for two solid days. We could not run any of it without you, and the committee is already talking about next year.',
  '',
  '## The numbers',
  '',
  'The fair ran across Saturday 17 and Sunday 18 August on the green, from ten until six on both days. Our stewards on the three gates counted 9,410 visitors over the two days, and the car park on Mill Lane was full by eleven on the Sunday morning, so please do walk if you can.',
  '',
  '## The dog show',
  '',
  'The dog show was won by Maisie Trent and her collie, Bramble, who also took the waggiest tail rosette. The judge, our vet Dr Omar Hale, said it was the strongest field he had seen on the green, with thirty-one dogs entered across the six classes.',
].join('\n');

/** Another article writes the years asked, so they are no words the corpus lacks. */
const HISTORY = [
  'Our village green: a short history',
  '',
  'The green was bought for the village in 1921. In 2021 the parish council replanted the avenue of limes, and in 2022 the old pavilion was pulled down.',
].join('\n');

describe('a year the article never writes (session 57)', () => {
  it('is declined, though a sentence without a year answers the rest', async () => {
    const engine = await articlesEngineWithVectors([
      ['fair.md', WRAP_UP],
      ['history.txt', HISTORY],
    ]);
    expectDeclined(engine, [
      'how many visitors did the ashbrook fair get in 2021?',
      'who won the dog show at the fair in 2022',
    ]);
  });

  it('is answered when the article writes the year asked', async () => {
    const { engine } = await articleEngineWithVectors('fair.md', WRAP_UP);
    expectAnswered(engine, [
      ['how many visitors did the ashbrook fair get in 2024?', 'counted 9,410 visitors'],
      ['who won the dog show at the fair', 'won by Maisie Trent'],
    ]);
  });
});

const NOTICE = [
  'Lift replacement at Calder House',
  '',
  'Lift A will be out of service from 3 March for about ten weeks while it is replaced.',
  '',
  'THINGS WE CANNOT TELL YOU YET',
  '',
  'Still undecided:',
  '- the start date for Lift B',
  '- whether compensation will be paid to households on the upper floors.',
].join('\n');

describe('a list item that only names a question left open (session 57)', () => {
  it('answers nothing', async () => {
    const { engine } = await articleEngineWithVectors('lifts.txt', NOTICE);
    expectDeclined(engine, [
      'are the upper floor residents getting any compensation for the lift works',
      'do ppl on the top floors get compensation for the lifts',
    ]);
    expectAnswered(engine, [['how long is lift a out for', 'for about ten weeks']]);
  });
});
