/**
 * A long message's story around its question weighs little: the clause that asks is what an answer must hold.
 */
import { describe, expect, it } from 'vitest';
import { storyTerms } from '../../src/answer/question-clause.js';
import { tokenize } from '../../src/search/analyzer.js';
import { articleEngineWithVectors } from './article-engine.js';

const story = (text: string) => [...storyTerms(text, tokenize(text))].sort();

describe('storyTerms', () => {
  it('finds the asker’s story beside the clause that asks', () => {
    expect(
      story(
        'my brother works in security and he always says bombers are the worst, does the article say why the checkpoints failed',
      ),
    ).toEqual(['alway', 'bomber', 'brother', 'secur', 'work', 'worst']);
    // A story that drops its "I", then a question started without a stop before it.
    expect(
      story('reading the piece about the harbour fire where do most of the sailors come from originally'),
    ).toEqual(['fire', 'harbour', 'piec', 'read']);
  });

  it('leaves short messages, messages all question and clauses that are no story alone', () => {
    expect(story('my brother says the bombers were young, how old were they')).toEqual([]);
    expect(
      story(
        'if the council closes the harbour for the winter months, what will the fishing boats of the town do then',
      ),
    ).toEqual([]);
    // A short question pointing back at the story asks about it: the story is the topic.
    expect(
      story(
        'I heard the talks between the union and the port owners fell apart last week. Which union was that?',
      ),
    ).toEqual([]);
  });
});

describe('a long message', () => {
  it('is answered by what its question asks, not declined for its story', async () => {
    const { engine } = await articleEngineWithVectors(
      'harbour.md',
      [
        '# Harbour fire',
        '',
        'The fire at the harbour started in a fuel store and spread to three fishing boats.',
        '',
        'Most of the sailors on the boats came from villages along the northern coast.',
      ].join('\n'),
    );
    const answer = engine.ask(
      'ok so my cousin lives near there and keeps telling everyone wild stories about the whole thing, where did most of the sailors come from?',
    );
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('villages along the northern coast');
  });
});
