/**
 * A sum asked with the verbs people use for money coming in (session 52): "how much did the carol night
 * bring in", "how much did u guys make off the raffle", "how much cash did the service rake in" ask what it
 * raised, as the article writes it. Only after "how much" and its verb: "how much food did they bring in"
 * still counts food, and "they brought in a limit" is something new.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const APPEAL = [
  '# St Aldhelm’s winter appeal: January update',
  '',
  'The winter appeal closed on 10 January. Thank you to everyone who gave.',
  '',
  'The carol evening at St Aldhelm’s raised £2,150 in the retiring collection, and the raffle raised £460.',
  '',
  'The Boxing Day swim was cancelled because of the storm, so the swimmers’ sponsorship money will go to the spring appeal instead.',
  '',
  'Donors brought in 1,240 kilograms of food over the six weeks, well short of our 2,000 kilogram target.',
  '',
  'Because several people arrived with more than ten bags each, the pantry brought in a limit of four bags per household per visit.',
].join('\n');

describe('money coming in, in everyday verbs (session 52)', () => {
  it('reads "bring in", "make" and "rake in" after "how much" as the sum raised', async () => {
    const { engine } = await articleEngineWithVectors('winter-appeal.md', APPEAL);
    expectAnswered(engine, [
      ['how much did the carol evening bring in', '£2,150'],
      ['how much cash did the carol evening rake in', '£2,150'],
      ['how much did u guys make off the raffle', '£460'],
    ]);
  });

  it('leaves other things brought in alone', async () => {
    const { engine } = await articleEngineWithVectors('winter-appeal.md', APPEAL);
    expectAnswered(engine, [
      ['how much food did donors bring in', '1,240 kilograms'],
      ['why did the pantry bring in a limit on bags', 'more than ten bags each'],
    ]);
    expect(engine.ask('how much did the carol evening bring in').excerpt).not.toContain('kilograms');
  });
});
