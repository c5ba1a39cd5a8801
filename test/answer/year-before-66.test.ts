/**
 * Session 66: a year asked that is neither the article's own, nor one its excerpt writes, nor the year before
 * its own when the excerpt says "last year", is another time's: "how much did the bucket collections make in
 * 2022" of a 2024 wrap-up is not answered by "beating last year's £8,420" (2023's). And last year asked is not
 * answered by an excerpt writing only a year long before ("the youngest crew to win it since ... 1996").
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const WRAP_UP = [
  'Trevenna Folk Weekend 2024 – the wrap-up',
  '',
  'Posted Monday 10 June 2024 by Lowenna Hicks, festival chair',
  '',
  'Thank you to everyone who came down to the harbour for the weekend. We had 41 acts on three stages, up from 33 in 2023.',
  '',
  "Bucket collections across the weekend raised £6,240, our best ever, beating last year's £5,105. Every penny goes to the harbour lifeboat.",
  '',
  'The ceilidh on the Saturday night sold out by Thursday, and the late bar ran until midnight.',
  '',
  'The big singaround on the quay drew 520 voices, beating the old record of 410 set in 2022.',
  '',
  'The Harbour Shield for the best newcomer went to the Porthkerris Wreckers. At an average age of 19 they are the youngest crew to win it since the Gull Rock Boys in 1996.',
].join('\n');

describe('a year asked that the excerpt cannot mean (session 66)', () => {
  it("declines a year neither the article's own nor the one before it", async () => {
    const { engine } = await articleEngineWithVectors('folk-weekend.txt', WRAP_UP);
    expectDeclined(engine, [
      'how much did the bucket collections make in 2022',
      // 2022 is written, but of the singaround's old record.
      'how much did the buckets raise at the 2022 folk weekend',
    ]);
  });

  it('declines last year asked where the excerpt writes only a year long before', async () => {
    const { engine } = await articleEngineWithVectors('folk-weekend.txt', WRAP_UP);
    expectDeclined(engine, ['who won the harbour shield last year']);
    expectAnswered(engine, [['who won the harbour shield', 'went to the Porthkerris Wreckers']]);
  });

  it("still answers the article's own year and the one before it", async () => {
    const { engine } = await articleEngineWithVectors('folk-weekend.txt', WRAP_UP);
    expectAnswered(engine, [
      [
        'how much did the bucket collections raise in 2024',
        'Bucket collections across the weekend raised £6,240',
      ],
      ['how much did the bucket collections make in 2023', "beating last year's £5,105"],
      ['how much did the bucket collections make', 'Bucket collections across the weekend raised £6,240'],
    ]);
  });
});
