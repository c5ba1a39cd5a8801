/**
 * A slip in a question that was answered anyway (the slip unread) is corrected when one correction is
 * clearly right and answers: the answer then is to what was asked, shown as corrected.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# After the war',
  '',
  'Khan said that fighters leaving Iraq are more likely to relocate to North Africa and Europe, which is ' +
    'where many of the members come from.',
  '',
  'Officials said the army will go after the militias in Iraq once the city falls, and the floods recede ' +
    'from the valley towns near the border.',
].join('\n');

describe('a slip in an answered question', () => {
  it('is corrected when one correction is clearly right and answers', async () => {
    const { engine } = await articleEngineWithVectors('war.md', ARTICLE);
    const answer = engine.ask('where will the fihters go after iraq falls');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('fighters leaving Iraq');
    expect(answer.correctedQuestion).toBe('where will the fighters go after iraq falls');
    expect(answer.question).toBe('where will the fihters go after iraq falls');
  });

  it('leaves a question with no slip as it is', async () => {
    const { engine } = await articleEngineWithVectors('war.md', ARTICLE);
    const answer = engine.ask('where will the fighters go after iraq falls');
    expect(answer.excerpt).toContain('fighters leaving Iraq');
    expect(answer.correctedQuestion).toBeUndefined();
  });
});
