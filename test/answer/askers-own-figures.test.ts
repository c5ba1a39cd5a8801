import { describe, expect, it } from 'vitest';
import { withoutAskersOwnFigures } from '../../src/answer/askers-own-figures.js';

describe("the asker's own figures", () => {
  it("leaves out the ages of the asker's family, keeping the person", () => {
    expect(withoutAskersOwnFigures('mums 76, can she get the booster?')).toBe(
      'mums, can she get the booster?',
    );
    expect(withoutAskersOwnFigures('my son is 3 years old, will he get a needle')).toBe(
      'my son is, will he get a needle',
    );
    expect(withoutAskersOwnFigures("i'm 68 can i get it")).toBe("i'm can i get it");
  });

  it('leaves out a figure heard after the question', () => {
    expect(withoutAskersOwnFigures('new hide cost?? i heard 100k')).toBe('new hide cost??');
  });

  it('keeps figures the question asks about', () => {
    expect(withoutAskersOwnFigures('who is the 76 year old mayor')).toBe('who is the 76 year old mayor');
    expect(withoutAskersOwnFigures('what did the 3 boys find')).toBe('what did the 3 boys find');
  });
});
