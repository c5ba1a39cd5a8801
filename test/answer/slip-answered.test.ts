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

  it('answers when every one-letter reading of a slip gives the same answer, naming the letter left out', async () => {
    const { engine } = await articleEngineWithVectors(
      'storm.md',
      '# Storm on the coast\n\nThe storm killed four people and wounded more than 30 in the harbour towns.\n',
    );
    // "injurd" reads as "injure", "injured" or "injury": each quotes the same sentence.
    const answer = engine.ask('how many were injurd in the storm');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('wounded more than 30');
    expect(answer.correctedQuestion).toBe('how many were injured in the storm');
  });
});

describe('a common slip of a word the articles never use', () => {
  it('is not taken for a name the articles lack ("goverment" is no name, "fifa" is)', async () => {
    const { engine } = await articleEngineWithVectors('war.md', ARTICLE);
    const slipped = engine.ask('what did the goverment say about the militias');
    expect(slipped.reason?.missing ?? []).not.toContain('goverment');
    const named = engine.ask('what did fifa say about the militias');
    expect(named.status).toBe('no_answer');
    expect(named.reason?.missing).toContain('fifa');
  });
});
