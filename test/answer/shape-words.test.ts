/**
 * Where a sentence holds the kind of answer a question wants, read as the question's own words would be:
 * a possessive's "s" is no other word, a clause's "the bomb hit" is no noun, and "win 7" keeps its 7.
 */
import { describe, expect, it } from 'vitest';
import { shapeWords } from '../../src/answer/answer-type.js';
import { writeOutShorthand } from '../../src/answer/shorthand.js';

describe('shape words and clause verbs', () => {
  it('reads a possessive name as the name alone', () => {
    expect(shapeWords("There was one stretch when Hartley's did miss its mornings.", 'person')).toEqual([
      ['hartley'],
    ]);
  });

  it('reads "the bomb hit" after "when" as a verb, and "the islamabad hit" as the attack', () => {
    expect(writeOutShorthand('what happened when the bomb hit')).not.toContain('attack');
    expect(writeOutShorthand('who was behind the islamabad hit')).toContain('attack');
  });

  it('keeps the version of a Windows named at the end of a clause', () => {
    expect(writeOutShorthand('is lumen ok win 7?')).toContain('windows 7');
    expect(writeOutShorthand('still runs on win 7')).toContain('windows 7');
  });
});
