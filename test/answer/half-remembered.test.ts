/**
 * "There was a bit saying the chains werent checked right": what a member half remembers is the question,
 * answered with the sentence that says it, or declined when no sentence does.
 */
import { describe, expect, it } from 'vitest';
import { asRemembered } from '../../src/answer/half-remembered.js';
import { articleEngineWithVectors } from './article-engine.js';
import { HARBOUR_REPORT } from './harbour-report.js';

const ARTICLE = HARBOUR_REPORT;

describe('a half-remembered line', () => {
  it('reads the remembered claim as the question, without the words that point back at it', () => {
    expect(
      asRemembered('wasnt there a line at the start saying the keeper got fined? what did it call it'),
    ).toBe('is it true that the keeper got fined');
    expect(asRemembered('smth about the new chains?')).toBe('the new chains?');
    expect(asRemembered('what is something about the chains')).toBe('what is something about the chains');
  });

  it('answers with the sentence that says it, and declines what no sentence says', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    const chains = engine.ask('there was a bit saying the chains werent checked right');
    expect(chains.status).toBe('answered');
    expect(chains.excerpt).toContain('the mooring chains had not been checked for years');
    expect(engine.ask('theres a part in the article saying the keeper was arrested').status).toBe(
      'no_answer',
    );
  });
});
