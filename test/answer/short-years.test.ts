import { describe, expect, it } from 'vitest';
import { withYearsInFull, yearsOfDecade } from '../../src/answer/short-years.js';

describe('years and decades typed short', () => {
  it('writes a two-digit year after a preposition of time, or after an apostrophe, in full', () => {
    expect(withYearsInFull('how long were they shut after the fire in 87')).toBe(
      'how long were they shut after the fire in 1987',
    );
    expect(withYearsInFull('what happened back in 03?')).toBe('what happened back in 2003?');
    expect(withYearsInFull("the floods of '98")).toBe('the floods of 1998');
  });

  it('leaves a number that counts something as it is', () => {
    expect(withYearsInFull('how many points in 87 games')).toBe('how many points in 87 games');
    expect(withYearsInFull('which of 12 players won')).toBe('which of 12 players won');
    // Session 51: "around 40" guesses a count; only "back around 87" is a year.
    expect(withYearsInFull('biggest tuesday crowd ever was around 40 right?')).toBe(
      'biggest tuesday crowd ever was around 40 right?',
    );
    expect(withYearsInFull('the fire back around 87')).toBe('the fire back around 1987');
  });

  it("writes the last century's decades in full, not an age", () => {
    expect(withYearsInFull('the fire in the 80s')).toBe('the fire in the 1980s');
    expect(withYearsInFull("in the late '90s")).toBe('in the late 1990s');
    expect(withYearsInFull('people in their 80s')).toBe('people in their 80s');
  });

  it('spans a decade with its ten years', () => {
    expect(yearsOfDecade('1980s')).toEqual([
      '1980',
      '1981',
      '1982',
      '1983',
      '1984',
      '1985',
      '1986',
      '1987',
      '1988',
      '1989',
    ]);
    expect(yearsOfDecade('1987')).toBeUndefined();
  });
});
