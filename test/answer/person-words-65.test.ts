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
