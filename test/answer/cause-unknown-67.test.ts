/**
 * Session 67: "what caused the fire in the alvis", of "... and a small electrical fire under the dash of Trevor's
 * Alvis. ... we still don't know what started it": the cause asked is left open beside the excerpt, which gives
 * none. "What set X on fire" asks a cause too. An excerpt giving a cause of its own still answers ("both boiling
 * over because they'd been stuck behind a tractor").
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const REPORT = [
  'Dales Vintage Run – the report',
  '',
  'Posted 2 July by Gwen Holt, run secretary',
  '',
  "Seven cars retired, which is not bad given the heat. The climb up Kettle Bank claimed two of them, both boiling over because they had been stuck behind a hay wagon for a mile. The others went out with a snapped fan belt, a flat battery and a small fire in the boot of Owen Parry's Riley. Owen was fine and the fire was out in a minute, but we still do not know what started it; he is checking the wiring this week.",
  '',
  'Lunch at the Fleece in Kettlewick fed 84 people, and the raffle raised £212 for the air ambulance.',
].join('\n');

describe('a cause asked that is left open beside the excerpt (session 67)', () => {
  it('declines a cause the article says is not known', async () => {
    const { engine } = await articleEngineWithVectors('vintage-run.txt', REPORT);
    expectDeclined(engine, ["what caused the fire in owen's riley", 'what set the riley boot on fire']);
  });

  it('answers a cause the excerpt gives', async () => {
    const { engine } = await articleEngineWithVectors('vintage-run.txt', REPORT);
    expectAnswered(engine, [['why did two cars boil over on kettle bank', 'stuck behind a hay wagon']]);
  });
});
