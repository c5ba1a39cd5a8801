import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXCERPT_SETTINGS } from '../../src/answer/align.js';
import type { Passage } from '../../src/corpus/types.js';
import { Engine } from '../../src/engine.js';

function passageAt(text: string, index: number): Passage {
  return { id: `p.txt#${index}`, file: 'p.txt', scope: 'global', index, total: 2, title: 'Motors', text };
}

const passage = (text: string, index = 1) => passageAt(text, index);

describe('sentence choice', () => {
  const engine = Engine.fromArticles([]);
  // Which one sentence is best: nearly tied neighbours, quoted together otherwise (near-tie.test.ts), are not.
  const settings = EXCERPT_SETTINGS as unknown as { runnerUpShare: number };
  const runnerUpShare = settings.runnerUpShare;
  beforeAll(() => {
    settings.runnerUpShare = 0;
  });
  afterAll(() => {
    settings.runnerUpShare = runnerUpShare;
  });

  it('prefers the sentence holding the question’s words as written over other forms of them', () => {
    // A passage inside the article (index 2): at an article's start its first sentence has a lead bonus.
    const passage = (text: string) => passageAt(text, 2);
    const text =
      'Brown negotiated a licensing deal for the induction motor with a Pittsburgh firm. ' +
      'The induction motor was licensed by George Westinghouse.';
    expect(engine.pickExcerpt('Who licensed the induction motor?', passage(text))?.text).toBe(
      'The induction motor was licensed by George Westinghouse.',
    );
    // Asked with the other form, the other sentence wins: the stems alone would tie.
    expect(
      engine.pickExcerpt('Who did the licensing deal for the induction motor?', passage(text))?.text,
    ).toBe('Brown negotiated a licensing deal for the induction motor with a Pittsburgh firm.');
  });

  it('wants a number the question does not already hold', () => {
    const text = 'Super Bowl 50 set many records in 2016. Newton, then 26, lost to Manning, then 39.';
    expect(engine.pickExcerpt('How old was Newton at Super Bowl 50?', passage(text))?.text).toContain('26');
  });

  it('leans to an article’s first sentence over a slightly closer one, only at the article’s start', () => {
    // Sentences of 70 characters or more: a shorter best sentence is quoted with the next one.
    const first = 'Flax is a food and fibre crop that is grown in the cooler regions of the world.';
    const second = 'Farmers on the open prairie have grown flax in Canada for well over a century.';
    const text = `${first} ${second}`;
    expect(engine.pickExcerpt('where is flax grown', passage(text, 1))?.text).toBe(first);
    expect(engine.pickExcerpt('where is flax grown', passage(text, 2))?.text).toBe(second);
  });
});
