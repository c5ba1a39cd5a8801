import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { articleOf } from '../../bench/datasets/articles.js';

describe('"did you mean" between equally near words', () => {
  it('offers the word the corpus uses more', () => {
    const engine = Engine.fromArticles([
      articleOf('garden.txt', 'Garden', ['A bower of roses shades the bench.']),
      articleOf('towers.txt', 'Towers', [
        'The tower stands 300 metres tall.',
        'A second tower was built in 1930.',
        'The old tower fell in a storm.',
      ]),
    ]);
    // "rower" is one letter from both "tower" (three passages) and "bower" (one).
    expect(engine.ask('Where is the rower?').suggestions).toEqual(['Where is the tower?']);
  });
});
