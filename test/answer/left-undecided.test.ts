/**
 * Still more ways an article says a thing is not known or not settled (session 47): "is still up in the
 * air", "that's still undecided", "we have not yet found anyone to", "they have not told us whether",
 * "declined to put a figure on", "we honestly don't know", "remains to be seen", "couldn't recall the name",
 * "we don't have a date", "is still being worked out", and a doer who is only "someone". The same passages still answer what they do say. The article is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { quotedBy, sharedArticlesEngine } from './article-engine.js';

const ROWING = [
  'Riverside Rowing Club: autumn notes',
  '',
  'Our new eight, the Kittiwake, arrived on 3 October and cost £18,400. Whether we enter the Head of the Tarn this season is still up in the air.',
  '',
  'As for a women’s masters crew, that’s still undecided. It depends on whether enough members sign up by Christmas.',
  '',
  'Dana Price is stepping down as junior coach after six years, and we have not yet found anyone to take the juniors on. Greaves Marine paid for the juniors’ kit this year. They have been generous, but they have not told us yet whether they will renew next season.',
  '',
  'The boathouse roof leaked again in November. The builder has declined to put a figure on the repair, and we honestly don’t know whether the insurance covers it.',
  '',
  'Someone left a pair of blue oars on the slipway after the Sunday outing. The boatman, Ken Ashe, has them in the office.',
  '',
  'The club flag was painted by a member in the 1980s, but Ken couldn’t recall the name, and neither could anyone we asked.',
  '',
  'We’ve been asked when the new pontoon will open. We don’t have a date, because it depends on the council’s licence. The insurer has accepted the claim for the old one, but how much they will pay out is still being worked out.',
].join('\n');

const engine = sharedArticlesEngine([['rowing-notes.md', ROWING]]);
const quoted = quotedBy(engine);

describe('what an article leaves undecided or unknown', () => {
  it('declines for "up in the air", "that\'s still undecided", "not yet found anyone", "not told us whether"', async () => {
    expect(await quoted('are we doing the head of the tarn this season or nah')).toBeNull();
    expect(await quoted('will there be a womens masters crew?')).toBeNull();
    expect(await quoted('who is taking over the juniors from dana')).toBeNull();
    expect(await quoted('r greaves marine paying for the junior kit again next season')).toBeNull();
  });

  it('declines for "declined to put a figure on" and "we honestly don\'t know whether"', async () => {
    expect(await quoted('how much will the boathouse roof repair cost')).toBeNull();
    expect(await quoted('does the insurance cover the roof?')).toBeNull();
  });

  it('declines for "couldn\'t recall the name", "we don\'t have a date", "still being worked out"', async () => {
    expect(await quoted('who painted the club flag')).toBeNull();
    expect(await quoted('when is the new pontoon opening')).toBeNull();
    expect(await quoted('how much is the insurer paying for the old pontoon')).toBeNull();
  });

  it('declines "whose oars" when the article says only "someone" left them', async () => {
    expect(await quoted('whose oars were left on the slipway on sunday?')).toBeNull();
  });

  it('still answers what the same passages say', async () => {
    expect(await quoted('how much did the new eight cost')).toContain('£18,400');
    expect(await quoted('who is stepping down as junior coach')).toContain('Dana Price');
    expect(await quoted('who is the boatman')).toContain('Ken Ashe');
    expect(await quoted('who sponsored the juniors kit this year')).toContain('Greaves Marine');
    expect(await quoted('when was the club flag painted')).toContain('1980s');
  });
});
