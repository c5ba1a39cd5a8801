/** "How often" is answered by a rate or a frequency word, not only by a number. */
import { describe, expect, it } from 'vitest';
import { articleEngine } from './article-engine.js';
import { hasFrequency } from '../../src/answer/answer-type.js';

const ARTICLE = [
  '# Arts in Newcastle',
  '',
  'The biennial AV Festival of electronic art, held across the city, features exhibitions and concerts.',
  '',
  'The city library opened a new reading room with views over the river and the old bridges.',
].join('\n');

describe('how often', () => {
  it('finds frequency words and rates', () => {
    expect(hasFrequency('The biennial AV Festival')).toBe(true);
    expect(hasFrequency('It meets twice a year.')).toBe(true);
    expect(hasFrequency('Held every four years.')).toBe(true);
    expect(hasFrequency('The festival features concerts.')).toBe(false);
  });

  it('answers with the sentence that says how often, though it holds no number', async () => {
    const { engine } = await articleEngine('arts.md', ARTICLE);
    const answer = engine.ask('how often is the AV festival held');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('biennial AV Festival');
  });
});
