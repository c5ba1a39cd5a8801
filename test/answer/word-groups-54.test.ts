/**
 * More everyday words for what a community post writes (session 54): "minis" are the miniatures entered, an
 * "orator" the speaker, a "scorer" the judge, the "youth" section the junior one, "newbies" newcomers.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const RESULTS = [
  '# Brushwork Open 2024: results',
  '',
  'We had 64 miniatures entered by 39 painters this year, up from 48 last year.',
  '',
  'Our guest speaker at the prize-giving was Dora Vance, who talked about painting faces at small scale.',
  '',
  'Every entry was marked by our judge, Ade Okoro, out of 30 points.',
  '',
  'The junior section grew to 23 painters this year, up from 15.',
  '',
  'Our fifth anniversary paint night drew 58 people, 19 of them newcomers to the shop.',
].join('\n');

describe('more everyday words for what a post writes (session 54)', () => {
  it('reads minis as miniatures, an orator as the speaker, a scorer as the judge, newbies as newcomers', async () => {
    const { engine } = await articleEngineWithVectors('brushwork-open.md', RESULTS);
    expectAnswered(engine, [
      ['how many minis got entered this time', '64 miniatures'],
      ['who was the guest orator at the prize giving', 'Dora Vance'],
      ['who was the scorer for the entries', 'Ade Okoro'],
      ['how big is the youth section now', '23 painters'],
      ['how many newbies came to the birthday paint night', '19 of them newcomers'],
    ]);
  });

  it('still declines what the post does not say', async () => {
    const { engine } = await articleEngineWithVectors('brushwork-open.md', RESULTS);
    expectDeclined(engine, ['how much was the entry fee', 'who won the junior category']);
  });
});
