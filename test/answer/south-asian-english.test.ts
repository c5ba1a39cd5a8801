/**
 * South Asian English as Pakistani and Indian members write it ("since how many years is the mill running",
 * "how many peoples expired", "kindly tell the owner's name"), read as the question it asks; and "when was the
 * first time ...", "how bad was the death toll", "injured count", said the way people talk. On an article
 * written for these tests, not the seed corpus.
 */
import { describe, expect, it } from 'vitest';
import { writeOutShorthand } from '../../src/answer/shorthand.js';
import { articleEngineWithVectors } from './article-engine.js';

const MILL = [
  '# The old mill fire',
  '',
  'The textile mill at Kasur has been running since 1962, and has changed owners three times.',
  '',
  'A fire at the mill on Tuesday night killed 3 workers and injured 14, the district police said.',
  '',
  'The mill belongs to Rafiq Textiles, which bought it from a family of weavers in 2004.',
].join('\n');

describe('South Asian English and everyday phrasings', () => {
  it('reads them as the question they ask', async () => {
    const { engine } = await articleEngineWithVectors('mill.md', MILL);
    for (const [question, fragment] of [
      ['since how many years is the kasur mill running', 'running since 1962'],
      ['from how long the mill is running', 'running since 1962'],
      ['how many peoples expired in the mill fire', 'killed 3 workers'],
      ['kindly tell the death toll of the mill fire', 'killed 3 workers'],
      ['how bad was the death toll at the mill', 'killed 3 workers'],
      ['whens the first time rafiq textiles bought a mill', 'bought it from a family of weavers in 2004'],
    ]) {
      const answer = engine.ask(question!);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain(fragment);
    }
  });

  it('reads a learner\'s plural ("countrys", "citys") as the English one', () => {
    expect(writeOutShorthand('in which countrys and citys')).toBe('in which countries and cities');
    // Only when the typed word is no English word: "days", "guys" stay.
    expect(writeOutShorthand('in two days')).toBe('in two days');
  });

  it('reads a count of the hurt asked as a noun as "how many injured"', () => {
    for (const typed of ['injured count at the mill pls', 'whats the number of wounded', 'casualty figures?'])
      expect(writeOutShorthand(typed), typed).toContain('how many injured');
  });

  it('still declines what the article does not say', async () => {
    const { engine } = await articleEngineWithVectors('mill.md', MILL);
    for (const question of [
      'kindly tell the name of the night watchman',
      'how bad was the death toll at the lahore mill',
      'when did the licence of the mill expire',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });
});
