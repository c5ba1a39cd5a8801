/**
 * Session 66: the best-ranked excerpt of a number or date question, declined only for its confidence, answers
 * when it stands clearly above the other candidates (stand-out.ts): a paraphrase shares few words with its
 * answer, but only one passage speaks of the thing asked.
 */
import { describe, it } from 'vitest';
import { articlesEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const REGATTA = [
  '---',
  'title: Polwenna Gig Regatta 2026, the wrap-up',
  '---',
  '',
  'Posted by Tamsin Rowe, regatta secretary, 14 July.',
  '',
  '## The racing',
  '',
  "Forty-two crews from nine clubs rowed in this year's regatta, the most we have ever hosted. The men's open race was won by Porthcarne in 18 minutes 40 seconds, and the ladies' open by our own Polwenna A crew.",
  '',
  'The juniors raced over the short course inside the harbour wall. Porthcarne took the under-16 race and Trewint the under-14s.',
  '',
  '## Money',
  '',
  'Bucket collections along the quay over the weekend raised £1,940, our best ever. The barbecue took £2,310 and the raffle a further £655.',
  '',
  'Our insurance went up this year, and the harbour dues stayed the same.',
  '',
  '## Volunteers',
  '',
  'Thank you to the 38 volunteers who marshalled, cooked and ran the safety boats. The harbourmaster, Kit Pascoe, opened the slipway for us at 6am on both days.',
  '',
  '## Next year',
  '',
  "We have not yet fixed a date for next year's regatta.",
].join('\n');

/** A second article beside it: the candidates an excerpt stands out from (an article alone stands above nothing). */
const HARBOUR = [
  'Polwenna harbour notices, July',
  '',
  'The harbour office is open 9am to 1pm on weekdays. Mooring fees for visiting boats are unchanged this year.',
  '',
  'The fish market will close for two weeks in August while the ice plant is replaced.',
  '',
  'Please keep the slipway clear at all times: the lifeboat tractor needs it at short notice.',
  '',
  'The lifeboat crew will collect their new launching tractor from the makers in September.',
].join('\n');

const FILES = [
  ['regatta.md', REGATTA],
  ['harbour.txt', HARBOUR],
] as const;

describe('an excerpt standing out from the rest (session 66)', () => {
  it('answers a paraphrased number question from the one passage that speaks of it', async () => {
    const engine = await articlesEngineWithVectors(FILES);
    expectAnswered(engine, [
      [
        'how much did the collecting tins bring in',
        'Bucket collections along the quay over the weekend raised £1,940',
      ],
      ['how long did the winning blokes take', 'won by Porthcarne in 18 minutes 40 seconds'],
      ['how many crews rowed', 'Forty-two crews from nine clubs'],
    ]);
  });

  it('still declines what the article leaves unsaid', async () => {
    const engine = await articlesEngineWithVectors(FILES);
    // The insurance went up by an amount never given; next year's date is not fixed.
    expectDeclined(engine, ['how much did the insurance go up by', 'when is next years regatta']);
  });
});
