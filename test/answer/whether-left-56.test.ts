/**
 * A yes/no question whose yes or no the passage leaves open further on (session 56): "was the red flare a real
 * one or just a lantern" is not answered by the sentence telling of the flare when, two sentences later, "the
 * Coastguard still hasn't told us whether the flare was genuine or a lantern".
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const REVIEW = [
  'Port Selwyn lifeboat station: our year',
  '',
  'And a station record: on 11 November the pagers went off at 02:14 for a red flare seen off Gull Point, and the all-weather boat was afloat at 02:21. Seven minutes from pager to water beats our previous best of eight and a half minutes. Nothing was found after a two-hour search, and the Coastguard still hasn’t told us whether the flare was genuine or a lantern from the bonfire party at Polwenna.',
].join('\n');

describe('a yes or no left open later in the passage (session 56)', () => {
  it('declines the yes/no question', async () => {
    const { engine } = await articleEngineWithVectors('lifeboat.txt', REVIEW);
    expectDeclined(engine, ['was the red flare off gull point in november a real one or just a lantern']);
  });

  it('still answers what the passage does say', async () => {
    const { engine } = await articleEngineWithVectors('lifeboat.txt', REVIEW);
    expectAnswered(engine, [
      ['when did the pagers go off for the red flare', 'on 11 November the pagers went off'],
    ]);
  });
});
