/**
 * "What date is next year's regatta" asks of a date to come (session 55): the date this year's regatta took place
 * does not answer it; a sentence saying when the next one will be does.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const REPORT = [
  'Hallam Rowing Club: spring regatta report',
  '',
  'The 32nd Hallam Spring Regatta took place on Saturday 11 May on the usual 800-metre course below the weir.',
  'We had 131 crews from 19 clubs, and the bar took £2,140 over the day.',
  '',
  'The feature event, the Open Eights, was won by Castleford Rowing Club in 2:29.6.',
].join('\n');

const WITH_NEXT = `${REPORT}\n\nNext year's regatta will be held on Saturday 10 May, with entries opening in March.`;

describe('a date asked of next year (session 55)', () => {
  it('declines when the article gives only this year’s date', async () => {
    const { engine } = await articleEngineWithVectors('regatta.txt', REPORT);
    expectDeclined(engine, ['what date is next years spring regatta', "when is next year's regatta?"]);
  });

  it('answers with the sentence saying when the next one will be', async () => {
    const { engine } = await articleEngineWithVectors('regatta.txt', WITH_NEXT);
    expectAnswered(engine, [['what date is next years spring regatta', 'will be held on Saturday 10 May']]);
  });
});
