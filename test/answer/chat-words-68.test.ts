/**
 * Session 68: words a reader types that no article writes. "Per annum" is "a year" (so the bot never says the
 * articles are silent about "annum").
 */
import { describe, expect, it } from 'vitest';
import { writeOutShorthand } from '../../src/answer/shorthand.js';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const NOTICE = [
  'Allotment rents 2025',
  '',
  'Posted 1 March by Ruth Evans, site secretary',
  '',
  'A full plot now costs £64 a year and a half plot £36 a year, both due by 31 March.',
  '',
  'Water troughs are turned on from April to October.',
].join('\n');

describe('chat words written out (session 68)', () => {
  it('reads "per annum" as "a year"', () => {
    expect(writeOutShorthand('what is the rent per annum')).toMatch(/\ba year\b/);
    expect(writeOutShorthand('what is the rent per annum')).not.toMatch(/annum/);
  });

  it('answers a rent asked per annum', async () => {
    const { engine } = await articleEngineWithVectors('rents.txt', NOTICE);
    expectAnswered(engine, [['how much is a full plot per annum', 'A full plot now costs £64 a year']]);
  });
});
