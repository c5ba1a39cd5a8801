/**
 * "Where does it say the keeper was fined", "no way 40 boats, says who?": a demand for the source around a
 * claim asks for the sentence that says it; the tag is no topic, and a claim the article never makes is
 * declined.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';
import { HARBOUR_REPORT } from './harbour-report.js';

const ARTICLE = HARBOUR_REPORT;

describe('a demand for the source', () => {
  it('quotes the sentence that says the claim', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    for (const [question, expected] of [
      // Read as typed, "where" asked for a place and "says"/"source" for a speaker.
      ['where does it say the boat sank in a storm', 'a fishing boat sank at its mooring'],
      ['where does it say the chains were never checked', 'had not been checked for years'],
      ['how much was the fine? says who', 'fined two hundred pounds'],
      ['how many boats got turned away, is that even real', 'turned away forty boats'],
    ] as const) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain(expected);
    }
  });

  it('declines a claim the article never makes', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    expect(engine.ask('where does it say the keeper was arrested').status).toBe('no_answer');
    expect(engine.ask('whats the name of the boat that sank, source?').status).toBe('no_answer');
  });
});
