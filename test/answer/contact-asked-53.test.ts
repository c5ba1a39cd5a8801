/**
 * A contact detail asked (session 53): "whats the club's email address" is answered only by an address;
 * "you can write to the club by email" gives none. A number or a site written answers.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const NOTICE = [
  '# Ashby Tennis Club: winter notice',
  '',
  'If you missed the AGM you can still send comments to the committee by email or by letter to the pavilion.',
  '',
  'Court bookings for the winter league open on 3 November through the club website.',
  '',
  'The club phone number for lost property is 01632 960 222.',
].join('\n');

describe('a contact detail asked (session 53)', () => {
  it('declines when the excerpt never writes the address or the site', async () => {
    const { engine } = await articleEngineWithVectors('tennis-notice.md', NOTICE);
    expectDeclined(engine, [
      "whats the committee's email address so i can send a comment",
      'what is the website for court bookings?',
    ]);
  });

  it('answers with a number it writes, and what is said about email', async () => {
    const { engine } = await articleEngineWithVectors('tennis-notice.md', NOTICE);
    expectAnswered(engine, [
      ['lost property phone number?', '01632 960 222'],
      ['can i send comments to the committee by email', 'by email or by letter'],
    ]);
  });
});
