/**
 * "What tactics are they going back to": after a light verb, "back" still says something (a return), as the
 * article does in "changing their tactics back to ..."; "went off" and "got away" say nothing more than
 * their verb.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Changing tactics',
  '',
  '“They are changing their tactics back to ambushes and sabotage,” a researcher told the radio station.',
  '“The tactics have changed though, as they are no longer trying to hold the valley towns.”',
].join('\n');

describe('"back" after a light verb', () => {
  it('is matched where the article says what they went back to', async () => {
    const { engine } = await articleEngineWithVectors('tactics.md', ARTICLE);
    for (const question of [
      'what tactics are the rebels going back to',
      'WHAT TACTICS ARE THE REBELS GOING BACK TO?',
    ]) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain('back to ambushes');
    }
  });
});
