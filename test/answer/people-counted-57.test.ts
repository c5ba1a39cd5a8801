/**
 * A count of people who did something (session 57): "how many ppl rocked up to the fete" is answered by a
 * number of people of any name ("counted 3,140 visitors"), as "how many people came" always was; what befell
 * people is still counted only by its own kind ("how many people were hurt" is not answered by visitors).
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const FETE = [
  'Wrenbury summer fete: the wrap-up',
  '',
  'The fete ran on Saturday 6 July on the village green, from noon until 6pm.',
  'Our gate stewards counted 3,140 visitors through the two entrances, well up on last summer.',
  '',
  'The tombola raised £412 for the playground fund, and the dog show had its biggest entry yet.',
].join('\n');

const WITHOUT_COUNT = FETE.split('\n')
  .filter((line) => !line.includes('3,140'))
  .join('\n');

describe('a count of people who did something (session 57)', () => {
  it('is answered by a number of people named otherwise (visitors)', async () => {
    const { engine } = await articleEngineWithVectors('fete.md', FETE);
    expectAnswered(engine, [
      ['how many ppl rocked up to the wrenbury fete', 'counted 3,140 visitors'],
      ['how many folks turned up at the fete', 'counted 3,140 visitors'],
    ]);
  });

  it('is declined when no number of people is given, and a fate is not counted by visitors', async () => {
    const { engine } = await articleEngineWithVectors('fete.md', WITHOUT_COUNT);
    expectDeclined(engine, ['how many ppl rocked up to the wrenbury fete']);
    const full = await articleEngineWithVectors('fete.md', FETE);
    expectDeclined(full.engine, ['how many people got hurt at the wrenbury fete']);
  });
});

const LIBRARY = [
  'Library news: winter',
  '',
  'The home delivery service for housebound readers carries on through the winter. It currently reaches 42 people and is run by our vice-chair.',
  '',
  'Our chess afternoon is back: 31 people entered the first rapidplay, up from 19 last year.',
].join('\n');

describe('a count of people of a kind (session 57)', () => {
  it('is answered by a number of people when the kind is a role (readers)', async () => {
    const { engine } = await articleEngineWithVectors('library.md', LIBRARY);
    expectAnswered(engine, [
      ['how many housebound readers get deliveries at the moment', 'It currently reaches 42 people'],
    ]);
  });

  it('is not answered by a number of people when the kind is an age (kids)', async () => {
    const { engine } = await articleEngineWithVectors('library.md', LIBRARY);
    expectDeclined(engine, ['how many kids played in the rapidplay']);
  });
});
