/**
 * Counts and doers that session 49 read from the tenth six's questions, each on an article written for the
 * test: a count of a unit the article writes joined to its number ("how many kilos": "at least 12kg"), a sum
 * after a currency sign that counts nothing ("how many points": "$25 gift card"), a log entry whose doer is
 * only "someone" after a bold date.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const CLIMBING = [
  '# Cragside Climbing Wall: members’ notes for the autumn',
  '',
  'Every crash mat on the outdoor boulder must be weighed down with at least 12kg of sandbags when it is windy.',
  '',
  'Bolts on the new lead wall are spaced no more than 90cm apart, so clips stay within reach.',
  '',
  'League points per night: 10 points for a flash, 7 for a send on any later try.',
  '',
  '## Bouldering league prizes',
  '',
  '- **First place:** a 10-visit pass and the Chalk Bucket trophy.',
  '- **Second place:** $25 gift card for the café.',
  '',
  '## Incident log',
  '',
  '**Tuesday 9 September.** Someone left the fire door by the cafe propped open with a chair overnight.',
  '',
  '**Thursday 18 September.** A rope bag was left on the mezzanine; Oskar Lindqvist returned it to its owner.',
  '',
  'Found items: a green chalk bag with a carabiner and a pair of size 42 climbing shoes were handed in at the desk.',
].join('\n');

describe('counted units, sums and unnamed doers', () => {
  it('answers a count of a unit written joined to its number', async () => {
    const { engine } = await articleEngineWithVectors('climbing-wall-notes.md', CLIMBING);
    expectAnswered(engine, [
      ['how many kilo of sandbags do the mats need when its windy', 'at least 12kg of sandbags'],
      ['how many cm apart are the bolts on the lead wall', 'no more than 90cm apart'],
    ]);
  });

  it('declines what a sum or "someone" does not say', async () => {
    const { engine } = await articleEngineWithVectors('climbing-wall-notes.md', CLIMBING);
    expectDeclined(engine, [
      'how many points did whoever came second get',
      'who left the fire door propped open?',
    ]);
  });
});
