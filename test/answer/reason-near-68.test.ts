/**
 * Session 68: "why do the street lamps cost more this year": "Energy and maintenance for our 52 streetlights is
 * budgeted at £4,100, up from £3,600, because our fixed-price electricity contract ends in June." The cause
 * holds none of the question's own words and the sentence before "because" says the asked event in other
 * words ("streetlights" for "street lamps"), so the excerpt answers why; it does not give the event only as a
 * cause of something else.
 */
import { describe, expect, it } from 'vitest';
import type { ExcerptChoice } from '../../src/answer/align.js';
import { reasonOnlyGiven } from '../../src/answer/reason-given.js';
import { articleEngineWithVectors, planOf } from './article-engine.js';

const BUDGET = [
  '---',
  'title: Precept and budget 2026/27',
  '---',
  '',
  'Posted 20 January by Ruth Hale, parish clerk',
  '',
  '## What goes up',
  '',
  '- **Street lighting.** Energy and maintenance for our 52 streetlights is budgeted at £4,100, up from £3,600, because our fixed-price electricity contract ends in June.',
  '- **Grass cutting.** Our contractor of twelve years retired in August, and the new firm quoted £3,200.',
].join('\n');

describe('a why answered with the event in other words (session 68)', () => {
  it('quotes the sentence giving the cause', async () => {
    const { engine } = await articleEngineWithVectors('budget.md', BUDGET);
    const answer = engine.ask('why the lamps in the street cost more this year?');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('because our fixed-price electricity contract ends in June');
  });
});

const CLAUSE =
  'We lost about 20 minutes getting the lights back and sharing out the load, and because the caretaker needed us to be quiet after 11pm, the darts final got moved to 10am Sunday.';

describe('a cause opening a clause after "and" (session 68)', () => {
  it('ends the cause at its comma, so the event after it is the effect', async () => {
    const { engine } = await articleEngineWithVectors(
      'diary.txt',
      ['LAN weekend diary', '', CLAUSE].join('\n'),
    );
    const plan = planOf(engine, 'Why the darts final was happen on Sunday morning and not Saturday?');
    expect(reasonOnlyGiven(plan, { text: CLAUSE } as ExcerptChoice)).toBe(false);
    expect(engine.ask('why did the darts final get moved to sunday').excerpt).toContain(
      'because the caretaker needed us',
    );
  });
});
