/**
 * A figure asked of someone a roster names, answered by another's list item (session 53): "Kestrel saves
 * total?" is not answered by "- **Ana "Flint" Ruiz** - keeper, 212 saves", though Kestrel is named in the
 * same passage.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const RECAP = [
  '# Spring season recap',
  '',
  'Kestrel captained the side again and scored 31 goals.',
  '',
  '- **Ana "Flint" Ruiz** (19) - keeper, 212 saves across the season',
  '- **Tom "Badger" Price** (22) - midfield, led the team in assists with 41',
].join('\n');

describe("another's figure in a roster (session 53)", () => {
  it('declines a figure asked of someone the list item does not name', async () => {
    const { engine } = await articleEngineWithVectors('season-recap.md', RECAP);
    expectDeclined(engine, ['kestrel assists total?', 'kestrel saves total?']);
  });

  it('answers the figures the roster gives, and the one said of the named player', async () => {
    const { engine } = await articleEngineWithVectors('season-recap.md', RECAP);
    expectAnswered(engine, [
      ['badger assists total?', 'assists with 41'],
      ['how many goals did kestrel score', '31 goals'],
    ]);
  });
});
