/** "What is the name of the X": only a name written beside the X answers. */
import { describe, expect, it } from 'vitest';
import { asksForName, namedThing } from '../../src/answer/answer-type.js';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Flood in the valley',
  '',
  'A young volunteer pulled three children from the river on Sunday. The flood damaged the old mill.',
  '',
  'The rescue boat, the Grey Heron, carried twelve families to the school on the hill.',
].join('\n');

describe('name questions', () => {
  it('reads that a name is asked, and of what', () => {
    expect(asksForName('what is the name of the rescue boat')).toBe(true);
    expect(asksForName("whats the volunteer's name")).toBe(true);
    expect(asksForName('what did the volunteer do')).toBe(false);
    expect(namedThing('what is the name of the rescue boat that came')).toEqual(['rescue', 'boat']);
    expect(namedThing('whats the volunteers name')).toEqual(['volunteers']);
    expect(namedThing('what is the name of one type of boat')).toEqual(['boat']);
  });

  it('answers with the name written beside the thing', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', ARTICLE);
    const answer = engine.ask('what is the name of the rescue boat');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('the Grey Heron');
  });

  it('declines when the article describes the thing but never names it', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', ARTICLE);
    for (const question of ['what is the name of the young volunteer', "whats the volunteer's name"])
      expect(engine.ask(question).status).toBe('no_answer');
  });
});
