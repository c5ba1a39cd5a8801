/**
 * A name the articles write is read as typed, not as another language's word (session 57): "Masa Madre" is a
 * food truck in the festival's wrap-up, no Spanish "mother"; and "how much were masa madre's tacos" asks a
 * price, which a sentence saying when they sold out does not give.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const WRAP_UP = [
  '---',
  'title: "Kelsford Eats 2024: the wrap-up"',
  '---',
  '',
  '# Kelsford Eats 2024: the wrap-up',
  '',
  'Twenty-nine traders filled Market Square over the two days, and the queues at lunchtime on the Saturday stretched past the war memorial.',
  '',
  'The unofficial "first to sell out" trophy goes to Ana Ferreira of **Masa Madre**, whose birria tacos were gone by 3.40pm on the Saturday. Runner-up was the Dumpling Dads\' gyoza, which went at 5.15pm.',
  '',
  'Pitch fees were £300 a trader, the same as last year.',
].join('\n');

describe('a name the articles write (session 57)', () => {
  it('is searched as written, not glossed as Spanish', async () => {
    const { engine } = await articleEngineWithVectors('eats.md', WRAP_UP);
    expectAnswered(engine, [['when did masa madre sell out', 'gone by 3.40pm']]);
  });

  it('is a thing whose price "how much were" asks', async () => {
    const { engine } = await articleEngineWithVectors('eats.md', WRAP_UP);
    expectDeclined(engine, ["how much were masa madre's birria tacos?"]);
  });
});
