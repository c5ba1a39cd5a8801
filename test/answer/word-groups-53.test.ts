/**
 * Everyday words for what a community report writes (session 53): a "mentor" or "trainer" is the coach, the
 * "littlest" player the youngest, a "questionnaire" the survey, a "van" the minibus, a "reward" the prize.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const REPORT = [
  '# Riverside Chess Club: spring report',
  '',
  'Our club coach this season was Marta Lindqvist, who runs a training evening every Wednesday at 7pm.',
  '',
  'Our youngest player was Ollie Brandt, aged 7, who won two of his five games at the county rapidplay.',
  '',
  'Thank you to the 58 members who answered the survey about moving to the church hall.',
  '',
  'The top prize in the summer raffle was a signed chess set from the county champion.',
  '',
  'The new hedgehog hospital at the rescue centre will cost £9,400 to build.',
].join('\n');

describe('everyday words for what a report writes (session 53)', () => {
  it('reads a mentor as the coach, the littlest player as the youngest, a questionnaire as the survey', async () => {
    const { engine } = await articleEngineWithVectors('chess-report.md', REPORT);
    expectAnswered(engine, [
      ['who mentored the players this season', 'Marta Lindqvist'],
      ['who was the littlest player lol', 'Ollie Brandt'],
      ['how many members answered the questionnaire', 'the 58 members'],
      ['what was the top reward in the summer raffle', 'a signed chess set'],
      ['how much will the new hog hospital cost', '£9,400'],
    ]);
  });

  it('still declines what the report does not say', async () => {
    const { engine } = await articleEngineWithVectors('chess-report.md', REPORT);
    expectDeclined(engine, ['who was the treasurer', 'when is the agm']);
  });
});
