import { describe, expect, it } from 'vitest';
import { termOf } from '../../src/search/analyzer.js';
import { contrasting, inContrastSet, isColour } from '../../src/search/contrast-sets.js';

const term = (word: string) => termOf(word)!;

describe('contrast sets', () => {
  it('sets apart members of one closed set, in any of their forms', () => {
    expect(contrasting(term('yellow'), term('red'))).toBe(true);
    expect(contrasting(term('mondays'), term('tuesday'))).toBe(true);
    expect(contrasting(term('boys'), term('girl'))).toBe(true);
    expect(contrasting(term('daughters'), term('son'))).toBe(true);
  });

  it('keeps a word itself and words of different sets together', () => {
    expect(contrasting(term('red'), term('reds'))).toBe(false);
    expect(contrasting(term('monday'), term('march'))).toBe(false);
    expect(contrasting(term('card'), term('red'))).toBe(false);
    expect(inContrastSet(term('card'))).toBe(false);
  });

  it('lets only a colour rule out an answer', () => {
    expect(isColour(term('yellow'))).toBe(true);
    expect(isColour(term('monday'))).toBe(false);
    expect(isColour(term('son'))).toBe(false);
  });
});
