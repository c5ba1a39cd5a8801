/**
 * A successor asked (session 52): "who's taking over as treasurer once Derek's done", "who will be the new
 * quartermaster after Pete leaves". A sentence naming only who holds the post now does not say who follows;
 * one that tells of the handover does.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const CAMP = [
  '# 4th Millbrook Scouts: summer camp letter',
  '',
  'Six adult leaders will be with us for the whole week: myself, Assistant Scout Leader Claire Dobson, our Quartermaster Pete Hanley, and three parent helpers.',
  '',
  'Pete has run the stores for eleven years and will step down after this camp.',
  '',
  'The coach leaves the hut at 8:00am on Saturday 2 August.',
].join('\n');

const CLUB = [
  '# Ashdown Bowls Club: AGM minutes',
  '',
  'The Treasurer, Mr Derek Sowerby, reported income of £14,260 for the year.',
  '',
  'Mr Sowerby is standing down at the end of the season, and Mrs Ann Ruddock was elected to replace him as Treasurer from 1 October.',
].join('\n');

describe('who follows someone in a post (session 52)', () => {
  it('declines when the articles name only who holds the post now', async () => {
    const { engine } = await articleEngineWithVectors('summer-camp.md', CAMP);
    expectDeclined(engine, [
      'who is the new quartermaster after pete leaves?',
      'who is gonna take over the stores once pete is done',
      "who's replacing pete hanley as quartermaster",
      "who's gonna be the new quartermaster then",
    ]);
    expectAnswered(engine, [['who is the quartermaster', 'Quartermaster Pete Hanley']]);
  });

  it('answers from the sentence that tells of the handover', async () => {
    const { engine } = await articleEngineWithVectors('agm-minutes.md', CLUB);
    expectAnswered(engine, [
      ['who is taking over as treasurer once derek is done', 'Mrs Ann Ruddock was elected'],
    ]);
  });
});
