/**
 * Session 67: "which two judges ..." wants them named. An excerpt that counts the group ("the two judges who
 * marked us down") and names fewer than were asked tells of the group, not which ones; an excerpt naming
 * them answers, and so does one naming them in lower case, counting nothing.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const REPORT = [
  'Harbour Singers at the county festival',
  '',
  'Posted 4 November by Eira Blackwell, choir secretary',
  '',
  'We came third of eleven choirs in the open class on Saturday, our best result in years.',
  '',
  'The two judges who marked us down both said our tuning slipped in the second verse of the Welsh hymn.',
  '',
  'The three new basses, Owen Price, Dafydd Rees and Tom Lloyd, all sang their first festival with us.',
  '',
  'For the encore we sang both sea shanties and lullabies, which went down well with the Sunday crowd.',
].join('\n');

describe('which two or more things, counted but not named (session 67)', () => {
  it('declines an excerpt that counts the group asked for and names none of it', async () => {
    const { engine } = await articleEngineWithVectors('festival.txt', REPORT);
    expectDeclined(engine, ['which two judges marked the choir down']);
  });

  it('answers an excerpt that names them, or names the kinds in lower case', async () => {
    const { engine } = await articleEngineWithVectors('festival.txt', REPORT);
    expectAnswered(engine, [
      ['which three basses sang their first festival', 'Owen Price, Dafydd Rees and Tom Lloyd'],
      ['which two styles did they sing in the encore', 'both sea shanties and lullabies'],
    ]);
  });
});
