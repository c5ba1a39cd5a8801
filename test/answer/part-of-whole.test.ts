/**
 * "How many of the 120 pilgrims died": a count of part of a group the question numbers whole. The toll of the
 * whole attack, or a sentence repeating the group's 120, does not answer it; a number said of the group does.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Harbour bombing',
  '',
  'The attack at the harbour killed at least 52 people and wounded more than 105.',
  '',
  '“Everyone was running,” said Ana Ruiz, 41, who had travelled in a group of 120 pilgrims.',
  '',
  'Of the 30 sailors on the ferry, 12 were hurt.',
].join('\n');

describe('a part of a numbered group', () => {
  it('is declined when no number is said of the group', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    for (const question of [
      'how many of the 120 pilgrims died',
      'omg how many of those 120 pilgrims got killed',
      "how many of ana ruiz's 120 pilgrims made it out alive",
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });

  it('is answered by a number said of the group', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    expect(engine.ask('how many of the 30 sailors were hurt').excerpt).toContain('12 were hurt');
    expect(engine.ask('how many were killed at the harbour').excerpt).toContain('at least 52');
  });
});
