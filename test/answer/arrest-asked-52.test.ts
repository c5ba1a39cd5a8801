/**
 * An arrest or a suspect asked (session 52): "have the police got anyone for the garage job yet", "any
 * suspect yet". A sentence telling of the crime alone says nothing of one; a sentence telling of an arrest
 * answers.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const REPORT = [
  '# Elmfield Neighbourhood Watch: autumn meeting',
  '',
  'Officer Dana Ruiz reported 7 vehicle break-ins this quarter, down from 12. There were 3 package thefts, all on Hawthorn Drive, and one garage burglary on Linden Court on the night of August 22, when two bicycles and a pressure washer were taken.',
].join('\n');

const UPDATE = [
  '# Elmfield Neighbourhood Watch: October update',
  '',
  'Good news on the parcels: an arrest was made in the Hawthorn Drive package thefts in mid-September.',
].join('\n');

describe('an arrest asked (session 52)', () => {
  it('declines when the article tells only of the crime', async () => {
    const { engine } = await articleEngineWithVectors('watch-meeting.md', REPORT);
    expectDeclined(engine, [
      'have the police got anyone for the linden court garage job yet',
      'any suspect yet for the linden court garage burglary',
    ]);
  });

  it('answers from a sentence that tells of an arrest, and what was taken is still answered', async () => {
    const { engine } = await articleEngineWithVectors('watch-meeting.md', REPORT);
    expectAnswered(engine, [
      ['what was taken in the linden court garage burglary', 'two bicycles and a pressure washer'],
    ]);
    const update = await articleEngineWithVectors('watch-update.md', UPDATE);
    expectAnswered(update.engine, [
      ['has anyone been arrested for the hawthorn drive package thefts', 'an arrest was made'],
    ]);
  });
});
