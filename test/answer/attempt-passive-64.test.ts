/**
 * Session 64: an attempt told in the passive ("A planning application ... was submitted to the council") is no
 * outcome either, and a yes/no question may ask the outcome to come ("is orchard lane getting shut for the
 * fair"): an excerpt telling only of the application ("We have applied for Orchard Lane to be closed") does
 * not answer it. Session 52's check (attempt-only.ts) knew only "has applied", "put in a claim" and questions
 * asking "did/has ... approve".
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const HALL = [
  '---',
  'title: Wrenfield Village Hall: spring update',
  '---',
  '',
  'Posted by Tamsin Greave, hall committee chair.',
  '',
  'A planning application for the new kitchen extension was submitted to Northvale District Council on 3 March.',
  '',
  'We have applied for Orchard Lane to be closed on the Saturday of the May fair so the stalls can spill out.',
  '',
  'The roof repair was approved by the parish council in January and finished in February at a cost of £4,800.',
].join('\n');

describe('an attempt told in the passive, or an outcome still to come (session 64)', () => {
  it('does not answer whether it came out', async () => {
    const { engine } = await articleEngineWithVectors('hall.md', HALL);
    expectDeclined(engine, [
      'did the council approve the kitchen extension',
      'is orchard lane getting shut for the may fair',
      'is orchard lane being closed on the saturday of the fair',
    ]);
  });

  it('still answers the outcome told, and the attempt when it is asked', async () => {
    const { engine } = await articleEngineWithVectors('hall.md', HALL);
    expectAnswered(engine, [
      ['was the roof repair approved', 'approved by the parish council in January'],
      ['when was the planning application submitted', 'on 3 March'],
    ]);
    expect(engine.ask('who did they apply to for closing orchard lane').status).toBe('answered');
  });
});
