/**
 * Session 67: a fragment asks by the word it ends on, as "... date?" does: "longest route distance?" asks how
 * many, "family ticket price?" how much; opened by a question word or a verb it asks as that says.
 */
import { describe, expect, it } from 'vitest';
import { questionType } from '../../src/answer/answer-type.js';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const NOTICE = [
  'Hollins Vale Sportive – rider notes',
  '',
  'Posted 2 May by Ifan Morgan, event lead',
  '',
  'The long route climbs out of Hollins past the old mill and over Cefn Ridge, with a feed stop at Pentre village hall.',
  '',
  'It covers 104 miles with 7,200 ft of climbing, and the cut-off at Pentre is 1pm.',
  '',
  'Entry is £38, or £32 for members of a British Cycling club.',
].join('\n');

describe('a fragment typed by its last word (session 67)', () => {
  it('reads a count or a sum from the fragment', () => {
    expect(questionType('longest route distance?')).toBe('count');
    expect(questionType('sunday turnout?')).toBe('count');
    expect(questionType('rooms remaining?')).toBe('count');
    expect(questionType('family ticket price?')).toBe('amount');
    expect(questionType('is there an entry fee?')).toBe('other');
    expect(questionType('who left?')).toBe('person');
  });

  it('quotes the sentence holding the figure', async () => {
    const { engine } = await articleEngineWithVectors('sportive.txt', NOTICE);
    expectAnswered(engine, [['long route distance?', 'It covers 104 miles']]);
  });
});
