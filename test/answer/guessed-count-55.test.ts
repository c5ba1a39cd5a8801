/**
 * A yes/no question guessing a count asks how many (session 55): "did we get about 300 folks at the open day?"
 * is answered as "how many folks came to the open day" is, with the sentence giving the head count, whether the
 * guess is right or not; one guessing a sum, a time or an age is not read as a count; and a count the article
 * does not give is declined rather than answered with another number.
 */
import { describe, expect, it } from 'vitest';
import { questionType, countFocusWords } from '../../src/answer/answer-type.js';
import { articlesEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const OPEN_DAY = [
  '---',
  'title: Brookfield Hedgehog Rescue open day',
  '---',
  '',
  'Our open day on Sunday 16 June was the busiest we have ever had. We opened the gates at 10am and by the end',
  'our volunteers at the gate had counted 412 visitors through, beating last year by more than a hundred.',
  '',
  'The open day money will go toward the new hedgehog unit, which will hold 12 hedgehogs at once instead of the',
  'current 8. The builder has quoted £9,400, and with the open day we now have £6,150 in the fund.',
  '',
  'Between April and June we admitted 186 animals, compared with 151 in the same months last year.',
].join('\n');

/** Another club's post beside it, where "people" and "day" are written too. */
const OUTING = [
  'Stenning ringers: our day out',
  '',
  'Nineteen ringers came along in total, and we rang at four towers between 9.30 and 4pm.',
  '',
  'Several people have suggested a weekend outing to Norfolk instead of a day trip. Alan is looking into it, but',
  'where we go next year and whether it will be one day or two is still completely open.',
].join('\n');

const engine = () =>
  articlesEngineWithVectors([
    ['open-day.md', OPEN_DAY],
    ['ringers-outing.txt', OUTING],
  ]);

describe('a question guessing a count asks how many (session 55)', () => {
  it('reads "about 300 folks", "like 20 tanneries" as a count of folks and tanneries', () => {
    expect(questionType('did we get about 300 folks at the open day?')).toBe('count');
    expect(countFocusWords('did we get about 300 folks at the open day?')).toEqual(['folks']);
    expect(questionType('were there like 20 tanneries back then?')).toBe('count');
  });

  it('does not read a guessed sum, age or time, or a number before no noun, as a count', () => {
    expect(questionType('did the new van cost them around 60 grand?')).not.toBe('count');
    expect(questionType('was harold like 80 something?')).not.toBe('count');
    expect(questionType('was turnout about 40 this time?')).not.toBe('count');
    expect(questionType('is the tenor about 10 cwt like the others?')).not.toBe('count');
  });

  it('answers with the sentence giving the count, the guess right or wrong', async () => {
    expectAnswered(await engine(), [
      ['did we get about 300 folks at the open day?', 'counted 412 visitors through'],
      ['did the rescue take in like 190 animals between april and june?', 'we admitted 186 animals'],
    ]);
  });

  it('declines a guessed count the article does not give', async () => {
    expectDeclined(await engine(), ['did about 50 volunteers help out at the open day?']);
  });
});
