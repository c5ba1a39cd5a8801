import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/corpus/types.js';
import { Engine } from '../../src/engine.js';

function passage(text: string): Passage {
  return { id: 'p.txt#1', file: 'p.txt', scope: 'global', index: 1, total: 1, title: 'Motors', text };
}

describe('sentence choice', () => {
  const engine = Engine.fromArticles([]);

  it('prefers the sentence holding the question’s words as written over other forms of them', () => {
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
});
