/**
 * A "when" question is answered by a date of what it asks about: a date in a sentence that says none of the
 * question's words ("reached" is only near "arrive") dates something else, though the passage before names
 * the question's topic.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Harbour Days',
  '',
  'Maria Olsen and a crew of twelve sailed into the old harbour at dawn, tired after a rough crossing. The ' +
    'fishermen on the quay cheered as the battered boat tied up beside the fish market. Olsen said the storm ' +
    'had torn two of their sails and soaked every blanket on board.',
  '',
  'Further north, the rescue boats reached Bergen in 1952, after the great storm had passed. Their crews ' +
    'spent weeks clearing wrecked piers and mending nets for the villages along the coast, and many stayed on ' +
    'through the winter.',
].join('\n');

describe('a date must date what is asked', () => {
  it('answers with the date of the thing asked about', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    const answer = engine.ask('when did the rescue boats reach bergen');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('1952');
  });

  it('declines when the only date belongs to a sentence that says none of the question', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    for (const question of [
      'when did maria olsen arrive at the harbour',
      'When did Maria Olsen arrive at the harbour?',
    ]) {
      expect(engine.ask(question).status, question).not.toBe('answered');
    }
  });
});

describe('a date still to come', () => {
  it('is not answered by a past date, and is by a sentence about what will come', async () => {
    const { engine } = await articleEngineWithVectors(
      'raids.md',
      '# Raids in the north\n\nThe rebels have raided the northern towns since 2015, and their raids grew sharply after 2022.\n',
    );
    expect(engine.ask('when will the rebels raid again').status).toBe('no_answer');
    expect(engine.ask('when did the rebels start raiding the northern towns').excerpt).toContain(
      'since 2015',
    );
    const { engine: planned } = await articleEngineWithVectors(
      'fair.md',
      '# The spring fair\n\nThe fair was held in May 2019. Organisers said it will return in June 2026.\n',
    );
    expect(planned.ask('when will the fair return').excerpt).toContain('will return in June 2026');
  });
});
