/**
 * Session 68: "why do the street lamps cost more this year": "Energy and maintenance for our 52 streetlights is
 * budgeted at £4,100, up from £3,600, because our fixed-price electricity contract ends in June." The cause
 * holds none of the question's own words and the sentence before "because" says the asked event in other
 * words ("streetlights" for "street lamps"), so the excerpt answers why; it does not give the event only as a
 * cause of something else.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

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
