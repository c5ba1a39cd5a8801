/**
 * Session 67: a weekday guessed ("... on a saturday was it?", ", tuesday afternoon?") is settled by the day the
 * article gives, not declined for it; a day asked outright that the excerpt does not say still declines.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const NEWS = [
  'Wrexford Rowing Club – autumn notes',
  '',
  'Posted 1 October by Carys Hughes, social secretary',
  '',
  'Junior sculling runs on Saturday mornings from 9am, with two coaches on the bank.',
  '',
  'The new four, paid for by the summer regatta, arrived from the builders in Chester last week.',
  '',
  'Our end-of-season dinner is at the Boathouse Inn on Friday 8 November from 7pm, tickets £24.',
].join('\n');

describe('a weekday guessed (session 67)', () => {
  it('answers with the day the article gives', async () => {
    const { engine } = await articleEngineWithVectors('rowing-notes.txt', NEWS);
    expectAnswered(engine, [
      ["when's the end of season dinner again, the boathouse on a saturday was it?", 'on Friday 8 November'],
      ['what day is the end of season dinner, saturday?', 'on Friday 8 November'],
    ]);
  });

  it('declines a day asked outright that the excerpt does not say', async () => {
    const { engine } = await articleEngineWithVectors('rowing-notes.txt', NEWS);
    expectDeclined(engine, ['what time does junior sculling start on wednesdays']);
  });
});
