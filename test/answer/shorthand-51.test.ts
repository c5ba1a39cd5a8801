/**
 * Chat shorthand found in session 51's questions: "photo comp winner?" asks of the competition, unless the
 * articles write "comp" themselves; a "genny" is a generator; "b&w" is black and white (not "b" and chat's "w"
 * for "with"); "num", "l8", "wk" are number, late, week; what "kicks off" starts.
 */
import { describe, expect, it } from 'vitest';
import { writeOutShorthand } from '../../src/answer/shorthand.js';

describe('chat shorthand (session 51)', () => {
  it('reads "comp" as competition, unless the articles write it', () => {
    expect(writeOutShorthand('photo comp winner?').replace(/\s+/g, ' ').trim()).toBe(
      'photo competition winner?',
    );
    expect(writeOutShorthand('photo comp winner?', (word) => word === 'comp').trim()).toBe(
      'photo comp winner?',
    );
  });
});
