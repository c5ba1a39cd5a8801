/**
 * "What did the council offer the Drovers in those talks": what one side put on the table is asked. A sentence
 * telling of the talks without a word of giving does not say it; one that says what was offered answers.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const TALKS =
  'Despite past attempts by the river council to strike deals with the Drovers Union, hoping to move the ' +
  'protest away from the quarry, these efforts have failed, and the union still blocks the road every morning.';

const ARTICLE = [
  '# Talks at the quarry',
  '',
  TALKS,
  '',
  'In the spring the mill owners offered the Drovers Union a share of the quarry’s profits, which the union ' +
    'turned down within a week, saying the mill owners had broken every promise since the flood of 2012.',
].join('\n');

const TALKS_ONLY = [
  '# Talks at the quarry',
  '',
  TALKS,
  '',
  'The quarry has been closed since March, and the trucks that carried its stone to the coast now stand in a ' +
    'field outside the village, where the drivers meet each evening to hear what the union has decided.',
].join('\n');

describe('what was offered', () => {
  it('is not said by a sentence about the talks alone', async () => {
    const { engine } = await articleEngineWithVectors('quarry.md', TALKS_ONLY);
    expect(engine.ask('what did the river council offer the drovers union in those deals').status).toBe(
      'no_answer',
    );
  });

  it('is said by a sentence that tells what was offered', async () => {
    const { engine } = await articleEngineWithVectors('quarry.md', ARTICLE);
    const answer = engine.ask('what did the mill owners offer the drovers union');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('a share of the quarry’s profits');
  });
});
