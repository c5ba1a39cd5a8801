/**
 * A figure guessed with its kind (session 51): "were winter losses about 25%" is settled only by a share,
 * "did the river hit like 4 meters" only by a length, "is it roughly £45" only by a sum; an excerpt with
 * another kind of number ("roughly 14 weeks of build time") is declined. On articles written for the test.
 */
import { describe, it } from 'vitest';
import { articlesEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const APIARY = [
  '# Holt Beekeepers: spring notes',
  '',
  'Winter losses across the association were 18% this year, down from 31% last winter.',
  '',
  'The new honey shed should take roughly 14 weeks to build, though that depends on the winter weather.',
].join('\n');

const FLOOD = [
  '# Stenbury flood bulletin',
  '',
  'The river peaked at 3.2 metres on the Mill Street gauge on Sunday morning, the highest since 2007.',
  '',
  'Sandbags cost the parish £2,400, and 60 volunteers filled them over two nights.',
].join('\n');

describe('a figure guessed with its kind (session 51)', () => {
  it('declines an excerpt with another kind of number', async () => {
    const engine = await articlesEngineWithVectors([
      [
        'holt-notes.md',
        '# Holt Beekeepers: spring notes\n\nWinter losses hit the association hard this year, and 14 members have asked for new colonies.\n',
      ],
      [
        'stenbury-bulletin.md',
        '# Stenbury flood bulletin\n\nThe river peaked on Sunday morning, the highest since 2007, and 40 homes on Mill Street were flooded.\n',
      ],
    ]);
    expectDeclined(engine, ['were winter losses like 25 percent', 'did the river peak at like 4 meters?']);
  });

  it('answers with the figure of the kind guessed', async () => {
    const engine = await articlesEngineWithVectors([
      ['holt-beekeepers.md', APIARY],
      ['stenbury-flood.md', FLOOD],
    ]);
    expectAnswered(engine, [
      ['were the winter losses about 25% this time round?', 'were 18% this year'],
      ['did the river peak at like 4 meters?', 'peaked at 3.2 metres'],
      ['did the sandbags cost like 3 grand?', '£2,400'],
    ]);
  });
});
