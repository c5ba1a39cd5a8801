/**
 * Numbers that count nothing asked, and a count of times (session 56): "how many times did the lifeboats go out"
 * is answered by "launched on service 41 times", not by the day of a date ("Lifeboat Day on 12 August") or a
 * sum of money written with a comma ("£9,870"), nor by any number whose verb is near "go" ("took two pots").
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const REVIEW = [
  'Port Selwyn lifeboat station: our year',
  '',
  'Our fundraising branch raised £38,450 in 2023. Lifeboat Day on 12 August brought in £9,870, thanks mostly to the duck race.',
  '',
  'This one took two pots of tea to write. 2023 was the busiest year the station has had since the boathouse was rebuilt.',
  '',
  'Our two boats launched on service 41 times in 2023, up from 33 in 2022.',
].join('\n');

const WITHOUT_COUNT = REVIEW.split('\n').slice(0, -1).join('\n');

describe('a count of times (session 56)', () => {
  it('is answered by the number of times, not a date’s day, a sum or another verb’s number', async () => {
    const { engine } = await articleEngineWithVectors('lifeboat.txt', REVIEW);
    expectAnswered(engine, [
      ['how many times did the lifeboats go out in 2023', 'launched on service 41 times'],
      ['how many times did the boats launch in 2023?', 'launched on service 41 times'],
    ]);
  });

  it('is declined when no sentence says how many times', async () => {
    const { engine } = await articleEngineWithVectors('lifeboat.txt', WITHOUT_COUNT);
    expectDeclined(engine, ['how many times did the lifeboats go out in 2023']);
  });
});

const BIKES = [
  'Town bike share: the first year',
  '',
  '## The problems',
  '',
  'In February, 19 e-bikes were taken out of service with batteries that stopped charging. The supplier replaced all 19 packs, but they still haven’t told us what caused the fault.',
  '',
  'The library station was shut for a week in May while the pavement was relaid.',
  '',
  'Vandalism was lower than we feared. Most of the damage happened at the Riverside dock late on Friday and Saturday nights, which is why it’s now locked out between midnight and 5am.',
].join('\n');

describe('a cause the excerpt gives (session 56)', () => {
  it('answers "why", though a cause of something else beside it is not known', async () => {
    const { engine } = await articleEngineWithVectors('bikes.md', BIKES);
    expectAnswered(engine, [
      ['y is the riverside dock shut at nite now', 'which is why it’s now locked out'],
    ]);
  });
});

const CLOSURE = [
  'Ashby Road closure: an update',
  '',
  'Ashby Road remains closed to all traffic between Mill Lane and Orchard Mews.',
  'The diversion sends drivers along Mill Lane and Beacon Street, which adds about 1.2 miles for anyone heading into town.',
].join('\n');

describe('a count in one kind of unit (session 56)', () => {
  it('is not answered by a number in another kind of unit', async () => {
    const { engine } = await articleEngineWithVectors('closure.txt', CLOSURE);
    expectDeclined(engine, ['how many extra minutes does the ashby road diversion add']);
    expectAnswered(engine, [
      ['how many extra miles does the ashby road diversion add', 'adds about 1.2 miles'],
    ]);
  });

  it('is answered by a number in its own unit', async () => {
    const minutes = CLOSURE.replace('1.2 miles', 'ten minutes');
    const { engine } = await articleEngineWithVectors('closure.txt', minutes);
    expectAnswered(engine, [
      ['how many extra minutes does the ashby road diversion add', 'adds about ten minutes'],
    ]);
  });
});
