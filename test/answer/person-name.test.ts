/**
 * "Was the bomber ever named", "who was the bomber, do we know his name": a person's name is asked, and a
 * body's name ("the Valley Defence Front"), a country or an acronym names no person. "Who bombed the market"
 * asks who did it, and the body answers.
 */
import { describe, expect, it } from 'vitest';
import { shapeWords } from '../../src/answer/answer-type.js';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Market attack',
  '',
  'The recent bombing at an Elmford market by the Valley Defence Front is a stark reminder of the danger in the north. Four people were hurt.',
].join('\n');

describe("a person's name asked", () => {
  it("is not a body's name", async () => {
    const { engine } = await articleEngineWithVectors('market.md', ARTICLE);
    expect(engine.ask('was the elmford bomber ever named').status).toBe('no_answer');
    expect(engine.ask('who was the bomber at the elmford market, do we know his name').status).toBe(
      'no_answer',
    );
  });

  it('leaves who did it to the body that did', async () => {
    const { engine } = await articleEngineWithVectors('market.md', ARTICLE);
    const answer = engine.ask('who bombed the elmford market');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('Valley Defence Front');
  });

  it("is a person's name written beside the word for the person", async () => {
    const { engine } = await articleEngineWithVectors(
      'market.md',
      `${ARTICLE}\n\nThe bomber, Piet Haas, was arrested in Dunmore the same day.`,
    );
    const answer = engine.ask("what was the bomber's name");
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('Piet Haas');
  });
});

describe('a name after an Arabic particle', () => {
  it('is a name, the particle in lower case', () => {
    const names = shapeWords(
      'At the same time, the Front emerged from al-Shabaab, which is still strong there.',
      'person',
    );
    expect(names).toContainEqual(['al', 'shabaab']);
    expect(shapeWords('the group emerged from a local militia', 'person')).toEqual([]);
  });
});

describe('a heading in Title Case', () => {
  it('names no one: every word of it is capitalised', () => {
    const heading = '# Westgate Rapidplay 2026: Record Entry, a Blackout and a Giant-Killing';
    expect(shapeWords(heading, 'person')).toEqual([]);
    expect(shapeWords(`${heading}\n\nThe Open was won by Harriet Okonjo.`, 'person')).toContainEqual([
      'harriet',
      'okonjo',
    ]);
    // A heading in sentence case keeps its names.
    expect(shapeWords('# Harriet Okonjo wins the open at Westgate', 'person')).toContainEqual([
      'harriet',
      'okonjo',
    ]);
  });
});
