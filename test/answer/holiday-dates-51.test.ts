/**
 * Holidays on a fixed date (session 51): "are they open on xmas eve" finds the timetable line "Tuesday 24
 * December: 9am to 12 noon", "boxing day" the 26th; an article that names the holiday itself is searched by
 * its name. On articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { withHolidayDates } from '../../src/answer/holiday-dates.js';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const HOURS = [
  '# Ashmead Food Bank: opening over the holidays',
  '',
  'Normal distribution hours at the Mill Lane unit are Monday and Wednesday 10am to 1pm.',
  '',
  '- Monday 23 December: 10am to 3pm (extended session)',
  '- Tuesday 24 December: 9am to 12 noon (extra session)',
  '- Thursday 26 December: closed',
  '- Tuesday 31 December: 10am to 1pm',
].join('\n');

describe('holidays on a fixed date (session 51)', () => {
  it('reads a holiday the articles never name as its date', () => {
    const writes = (word: string) => word === 'christmas';
    expect(withHolidayDates('r they open on xmas eve? wat time', writes)).toBe(
      'r they open on 24 december? wat time',
    );
    expect(withHolidayDates('open on boxing day?', writes)).toBe('open on 26 december?');
    expect(withHolidayDates('open on new years eve?', writes)).toBe('open on 31 december?');
    // Named by the articles: searched as named.
    expect(withHolidayDates('whats on at halloween', (word) => word === 'halloween')).toBe(
      'whats on at halloween',
    );
  });

  it('answers from the timetable line of that date', async () => {
    const { engine } = await articleEngineWithVectors('food-bank-hours.md', HOURS);
    expectAnswered(engine, [
      ['r they open on xmas eve? wat time', 'Tuesday 24 December: 9am to 12 noon'],
      ['is the food bank open on boxing day', 'Thursday 26 December: closed'],
      ['what time r they open on new years eve', 'Tuesday 31 December: 10am to 1pm'],
    ]);
  });
});
