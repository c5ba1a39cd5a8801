import { describe, expect, it } from 'vitest';
import {
  mayMatch,
  patternNeedles,
  PatternList,
  replaceWhereFound,
  testWhereFound,
} from '../../src/answer/pattern-needles.js';

describe('patternNeedles', () => {
  it('reads the cheapest literal pieces one of which every match needs', () => {
    expect(patternNeedles(/\bcops?\b/giu)).toEqual(['cop']);
    expect(patternNeedles(/\b(?:guy|fella)\b/giu)).toEqual(['guy', 'fella']);
    expect(patternNeedles(/\bacc\.?\s+to\b|\bper\s+the/giu)).toEqual(['acc', 'per']);
    expect(patternNeedles(/\b(?:an?\s+)?hard\s+time\b/giu)).toEqual(['hard']);
    expect(patternNeedles(/\bw\/e\b|\bwtv\b|\bwhatevs?\b/giu)).toEqual(['w/e', 'wtv', 'whatev']);
    // A piece anywhere in the match, or in a lookaround that must hold; not in one that must not.
    expect(patternNeedles(/(?<!\b(?:when|as)\s+)\b(?:the|a)\s+(?:\w+\s+)?hit\b/giu)).toEqual(['hit']);
    expect(patternNeedles(/(?<=\bthe\s+)pm\b/giu)).toEqual(['the']);
    expect(patternNeedles(/(^|[,.])\s*name\b/u)).toEqual(['name']);
    expect(patternNeedles(/\x41BC/)).toEqual(['abc']);
    expect(patternNeedles(/ab+c/)).toEqual(['ab']);
    expect(patternNeedles(/x{2,3}yz/)).toEqual(['yz']);
  });

  it('gives none where a match may hold no literal piece, or only a common letter', () => {
    expect(patternNeedles(/\bfoo\b|\s+bar?/u)).toEqual(['foo', 'ba']);
    expect(patternNeedles(/\bfoo\b|\s+/u)).toBeUndefined();
    expect(patternNeedles(/(?:a|)bcd?/u)).toEqual(['bc']);
    expect(patternNeedles(/(?:ab|)c?/u)).toBeUndefined();
    expect(patternNeedles(/(?!foo)\w+/u)).toBeUndefined();
    expect(patternNeedles(/(\p{L}{2,})\s+\1/u)).toBeUndefined();
    expect(patternNeedles(/[a-z]+/u)).toBeUndefined();
    expect(patternNeedles(/caf\u00e9/u)).toEqual(['caf']);
  });
});

describe('mayMatch', () => {
  it('is false only where the pattern cannot match', () => {
    expect(mayMatch(/\bcops?\b/giu, 'WHERE DID THE COPS GO')).toBe(true);
    expect(mayMatch(/\bcops?\b/giu, 'where did the police go')).toBe(false);
    // Under `iu`, the long s matches "s" and the Kelvin sign "k".
    expect(/\bspies\b/iu.test('\u017fpies')).toBe(true);
    expect(mayMatch(/\bspies\b/iu, '\u017fpies')).toBe(true);
    expect(/\bkill\b/iu.test('\u212aill')).toBe(true);
    expect(mayMatch(/\bkill\b/iu, '\u212aill')).toBe(true);
  });

  it('leaves a global pattern as a run that found nothing would', () => {
    const pattern = /\bcops?\b/gu;
    pattern.lastIndex = 3;
    expect(replaceWhereFound('the police', pattern, 'x')).toBe('the police');
    expect(pattern.lastIndex).toBe(0);
    pattern.lastIndex = 3;
    expect(testWhereFound(pattern, 'the police')).toBe(false);
    expect(pattern.lastIndex).toBe(0);
    expect(replaceWhereFound('the cops', pattern, (cops) => cops.toUpperCase())).toBe('the COPS');
  });
});

describe('PatternList', () => {
  const patterns = [/\bcops?\b/giu, /\bkick(?:s|ed)?\s+off\b/giu, /\s+/gu, /\bspies\b/giu, /\bx\b/giu];
  const list = new PatternList(patterns);

  it('replaces as replaceWhereFound does, pattern by pattern', () => {
    const texts = [
      'WHERE DID THE COPS GO',
      'when does it kick off',
      'the police',
      '\u017fpies',
      'x marks',
      '',
    ];
    for (const text of texts) {
      patterns.forEach((pattern, i) => {
        expect(list.replace(i, text, '_')).toBe(replaceWhereFound(text, pattern, '_'));
      });
    }
  });

  it('leaves a global pattern as a run that found nothing would', () => {
    patterns[0]!.lastIndex = 3;
    expect(list.replace(0, 'the police', 'x')).toBe('the police');
    expect(patterns[0]!.lastIndex).toBe(0);
  });
});
