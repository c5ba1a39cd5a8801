/**
 * Plain-text headings and two ways of asking (session 51), on articles written for the test. A numbered
 * heading line in a .txt file's minutes ("7. Complaint about the Harrow Shield final" over its paragraph) is a
 * sentence of its own, not the opening words of the one below it, so "why did the committee let the result
 * stand" quotes the reason, not the heading; its words count for the sentences under it, as a Markdown
 * heading's do. "What did the repairs end up costing" asks for a sum; a date named for what is still to
 * happen ("the revised completion date is ...") answers "when will they finish".
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/sentences.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined, planOf } from './article-engine.js';

const MINUTES = [
  'FELLSIDE CROQUET CLUB - MINUTES OF THE AUTUMN GENERAL MEETING',
  '',
  'Held in the pavilion on Thursday 9 October at 7 pm. Present: 38 members.',
  '',
  '6. Complaint about the Harrow Shield final',
  'The meeting discussed the complaint from Mrs Ada Penrose about the Harrow Shield final on 14 September, which she lost to Mr Owen Tait by 26 to 24. Mrs Penrose said the clock had been stopped twice without the referee being told. The committee had looked at the complaint on 30 September and let the result stand, because Mrs Penrose had played on without raising it at the time. A proposal to replay the final was defeated by 22 votes to 11.',
  '',
  '7. Lawn repairs',
  'The groundsman reported that the drainage work on lawn 2 was finished in August. The bill from Beckside Turf came to £2,380, paid from reserves.',
].join('\n');

const HALL = [
  '# Brookfield Pavilion rebuild: November update',
  '',
  'Work began on Monday 6 October. The builders found rotten floor joists in the first week, which cost £3,100 to replace.',
  '',
  'The main contractor’s revised completion date is Friday 13 March. The cricket club hopes to be back in the pavilion in April.',
].join('\n');

describe('plain-text headings (session 51)', () => {
  it('splits a heading line from the long line under it, and leaves hard-wrapped prose whole', () => {
    const minutes = splitSentences(MINUTES).map((s) => s.text);
    expect(minutes).toContain('6. Complaint about the Harrow Shield final');
    expect(minutes).toContain('7. Lawn repairs');
    expect(minutes.some((s) => s.startsWith('The meeting discussed the complaint'))).toBe(true);
    const wrapped =
      'The pavilion was built in 1931 by the\nvillage carpenters, who gave their time\nfor nothing.';
    expect(splitSentences(wrapped).map((s) => s.text)).toEqual([wrapped]);
  });

  it('quotes the sentence that answers, not the heading over it', async () => {
    const { engine } = await articleEngineWithVectors('croquet-minutes.txt', MINUTES);
    const answer = engine.ask(
      'why did the committee let the shield final result stand after the loser complained?',
    );
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('because Mrs Penrose had played on without raising it');
    expect(answer.excerpt).not.toContain('6. Complaint');
    const cost = engine.ask('how much did the lawn 2 drainage work cost');
    expect(cost.excerpt).toContain('£2,380');
    expect(cost.excerpt).not.toContain('7. Lawn repairs');
  });

  it('reads "what did it end up costing" as a question about a sum', async () => {
    const { engine } = await articleEngineWithVectors('croquet-minutes.txt', MINUTES);
    expect(planOf(engine, 'what did the lawn repairs end up costing').money).toBe(true);
    expect(planOf(engine, 'what did they end up paying attention to').money).toBe(false);
    expectAnswered(engine, [['what did the lawn 2 drainage work end up costing', '£2,380']]);
  });
});

describe('a date named for what is still to happen (session 51)', () => {
  it('answers "when will they finish" with the revised completion date', async () => {
    const { engine } = await articleEngineWithVectors('pavilion-rebuild.md', HALL);
    expectAnswered(engine, [
      ['when will the contractor finish the pavilion', 'revised completion date is Friday 13 March'],
    ]);
    expectDeclined(engine, ['when will the new scoreboard arrive']);
  });
});
