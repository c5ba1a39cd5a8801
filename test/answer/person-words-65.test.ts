/**
 * Session 65: "lady" before what says who she is ("the farm lady who brought the eggs", "that lady margaret")
 * adds nothing to search, as "guy" and "bloke" never did: the article names her ("Please thank Mrs Jenkins").
 * A "lady" ending a question stays ("the character known as the Time Lady?").
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const CAMP = [
  '---',
  'title: Scout camp at Cwm Hir, the weekend report',
  '---',
  '',
  'Written by Rhys Morgan, group scout leader.',
  '',
  'Thirty-one scouts and eight leaders camped at Cwm Hir from Friday to Sunday.',
  '',
  'We stayed on the lower field at Dolwen Farm. On Sunday the gas ran out before breakfast. Please thank Mrs Jenkins if you see her at the Pentre show, because she brought down two dozen eggs and would not take money for them.',
  '',
  'The hike on Sunday went up to the old quarry and back, about nine miles.',
].join('\n');

describe('"lady" as a way of pointing at someone (session 65)', () => {
  it('is read past, so the sentence naming her answers', async () => {
    const { engine } = await articleEngineWithVectors('camp.md', CAMP);
    expectAnswered(engine, [
      ['who was the farm lady who sorted everyone out with free eggs', 'Please thank Mrs Jenkins'],
      ['how far was the sunday hike', 'about nine miles'],
    ]);
  });
});

const PICKING = [
  '---',
  'title: Apple day at Hatch Lane orchard',
  '---',
  '',
  'Posted by Gwen Ashby, orchard group secretary.',
  '',
  'Forty-two people came to apple day, and between us we picked 380 kg from the old Bramleys.',
  '',
  'Our youngest picker was Noah Vance, aged 4, who filled a whole bucket on his own. The oldest was Mavis Treen, 91, who sorted the windfalls.',
].join('\n');

describe('the littlest or tiniest of people (session 65)', () => {
  it('is read as the youngest, as the article writes it', async () => {
    const { engine } = await articleEngineWithVectors('apple-day.md', PICKING);
    expectAnswered(engine, [
      ['who was the tiniest kiddo out there picking apples lol', 'Our youngest picker was Noah Vance'],
      ['who was the smallest kid picking', 'Our youngest picker was Noah Vance'],
      ['how old was the littlest one who picked', 'Our youngest picker was Noah Vance'],
      ['who was the yungest picker', 'Our youngest picker was Noah Vance'],
    ]);
  });
});
