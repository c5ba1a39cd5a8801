/**
 * Which candidate may answer (tried in session 61, kept in session 62): the best-ranked passage (and others of
 * its article) answers at a lower bar than before, and another article's passage ranked below it needs more
 * (decide.ts `modelFor`): a paraphrase the best passage answers is quoted, and another article's weak excerpt is
 * not. What the lower bar would let through is declined by what the question asks: a price is no fine, a place
 * asked by its role ("the capital") is named by no excerpt of articles that never write the word.
 */
import { describe, expect, it } from 'vitest';
import { DECISION_MODEL, modelFor } from '../../src/answer/decide.js';
import type { Passage } from '../../src/corpus/types.js';
import { expectAnswered, sharedArticlesEngine } from './article-engine.js';

const ALLOTMENTS = [
  'Hollybank Allotments: autumn newsletter',
  '',
  'Posted by Gwen Tallis, site secretary, on 3 October.',
  '',
  'The big news first: the water troughs on the lower terraces were replaced in August, and the new standpipes have stopped the leaks that cost us £410 in water charges last year. Bernard Okoye and his two sons did the digging over three weekends.',
  '',
  "Our open day on 14 September drew 212 visitors, and the produce stall took £1,086, most of it from Maureen Pike's chutneys. The money goes towards a second compost bay by the gate.",
  '',
  'We still have a waiting list of 37 households. Plots 12 and 19 fell vacant in the summer and were let within a week.',
  '',
  'The committee has not decided whether to raise rents next year; the council lease comes up for renewal in March and nobody yet knows what the council will ask.',
  '',
  'Sadly the polytunnel on plot 4 was torn open in the gale of 22 September. Its frame survived, but the cover will have to be replaced before spring.',
  '',
  'The shed key has moved: it now hangs in the key safe by the main gate, code from Gwen.',
].join('\n');

const BOWLS = [
  'Fenwick Bowls Club: end of season report',
  '',
  'Written by Arthur Penhale, club captain, 30 September.',
  '',
  "We finished third in the county league, our best placing since 2016, with eleven wins from eighteen fixtures. Sheila Dunmore won the ladies' singles championship for the fourth time, beating Rose Akers 21-17 in the final.",
  '',
  'The green was closed for nine days in July after a burst pipe under the ditch flooded the north rinks. The repairs cost £2,350, which the insurance covered apart from the £250 excess.',
  '',
  'Membership stands at 64, up from 58 last season. New members pay £45 for their first year.',
  '',
  'We have not yet chosen a date for the annual dinner, and the committee is still looking for a new fixtures secretary to replace Colin Ward, who steps down in November.',
  '',
  'The club was fined £75 by the county association after the floodlights were left on past ten one night in June.',
].join('\n');

const engine = sharedArticlesEngine([
  ['allotments.txt', ALLOTMENTS],
  ['bowls.txt', BOWLS],
]);

describe('the candidate that answers (session 62)', () => {
  it('is decided with a higher bar below the best-ranked one, from another article', () => {
    const of = (file: string) => ({ file }) as Passage;
    expect(modelFor(of('a.txt'), of('a.txt'))).toBe(DECISION_MODEL);
    expect(modelFor(of('b.txt'), of('a.txt')).bias).toBeLessThan(DECISION_MODEL.bias);
    expect(modelFor(of('b.txt'), of('a.txt')).weights).toEqual(DECISION_MODEL.weights);
  });

  it('quotes the best-ranked passage for a question in other words', async () => {
    expectAnswered(await engine(), [
      ['how many games did the bowls team lose', 'eleven wins from eighteen fixtures'],
      ['who did the digging for the troughs', 'Bernard Okoye and his two sons'],
    ]);
  });

  it("does not quote another article's weak excerpt found only further down", async () => {
    // The bowls report tells of a singles final, declined here; the allotments' open day is another thing.
    expect((await engine()).ask('who won the allotment singles').status).toBe('no_answer');
  });

  it('does not give a fine as the price of a thing', async () => {
    const asked = await engine();
    expect(asked.ask('how much did the floodlights cost the club').status).toBe('no_answer');
    expectAnswered(asked, [['how much was the club fined', 'fined £75']]);
  });

  it('does not name a place asked by its role the articles never write', async () => {
    const asked = await engine();
    for (const question of [
      'who won the singles in the county capital',
      'how many visitors came to the open day in the capital',
    ])
      expect(asked.ask(question).status, question).toBe('no_answer');
    expectAnswered(asked, [
      ['who won the ladies singles', 'Sheila Dunmore'],
      ['how many visitors came to the open day', 'drew 212 visitors'],
    ]);
  });
});
