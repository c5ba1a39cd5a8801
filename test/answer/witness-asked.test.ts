/**
 * A witness asked about alone ("what did the witness say", "how old was the eyewitness"): news quotes such a
 * person telling a reporter, rarely calling them a witness; the telling stands in for the word. On an article
 * written for these tests, not the seed corpus.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const FLOOD = [
  '# Flash flood in Kalam',
  '',
  'A flash flood swept through the Kalam valley on Sunday, washing away two bridges and a school.',
  '',
  '“The water came through the door in seconds,” Ayesha Bibi, 34, a farmer, told the Valley ' + 'Courier.',
  '',
  '“Rivers here rise fast after a cloudburst,” said hydrologist Tom Reed of the Water Institute in Lahore.',
].join('\n');

describe('a witness asked about alone', () => {
  it('is the person quoted telling a reporter', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', FLOOD);
    for (const question of [
      'what did the witness say',
      'how old was the eyewitness',
      'who was the eyewitness',
    ]) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain('Ayesha Bibi, 34');
    }
  });

  it('with what the question asks of them, is found by that as before', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', FLOOD);
    expect(engine.ask('what did the hydrologist say about rivers').excerpt).toContain('Tom Reed');
    expect(engine.ask('what did the witness say about the earthquake').status).toBe('no_answer');
    // Where the witness is from: the article does not say (the expert's institute is in Lahore).
    expect(engine.ask('where was the survivor from').status).toBe('no_answer');
  });
});
