/**
 * A limit asked (session 51): "max stuff per visit?", "whats the minimum age for helping", "is there a cap on
 * ..." are answered by a sentence that states a bound in its own words ("a maximum of two items", "must be 16
 * or over", "no more than 10 bags", "up to 50"); a deadline by a date something is due ("renewals are due 1
 * April"). On an article written for the test.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const RULES = [
  '# Kettlewell Repair Café: house rules',
  '',
  'Sessions run on the first Saturday of the month in the Methodist hall, from 10am to 1pm.',
  '',
  'Each visitor may bring two items per session. Bicycles count as one item however many faults they have.',
  '',
  'Volunteers must be 16 or over, although younger helpers can sort the spare parts with a parent.',
  '',
  'Please take no more than 10 spare fuses from the parts box per household.',
  '',
  'Membership is £8 a year, and renewals are due 1 April.',
  '',
  'The trip costs £40. A deposit of £10 was paid with the form, and the balance of £30 must be paid by Friday 27 June.',
  '',
  'Black-and-white printing goes up from 15p to 20p a page.',
].join('\n');

describe('a limit asked (session 51)', () => {
  it('is answered by a sentence that states a bound', async () => {
    const { engine } = await articleEngineWithVectors('repair-cafe-rules.md', RULES);
    expectAnswered(engine, [
      ['whats the minimum age for volunteers', 'Volunteers must be 16 or over'],
      ['is there a limit on spare fuses per household', 'no more than 10 spare fuses'],
      ['whats the deadline to keep my membership going', 'renewals are due 1 April'],
      ['when is the balance for the trip due', 'must be paid by Friday 27 June'],
      ['b&w print cost?', 'from 15p to 20p a page'],
    ]);
  });
});
