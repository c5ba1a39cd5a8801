/**
 * Session 63: "what make is the new bandsaw", "what variety was Davey's pumpkin" ask for a maker's or a kind's
 * name; an excerpt about the thing that names none is no answer. One that names it answers.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const SHED = [
  '---',
  "title: Harrow Lane Men's Shed newsletter",
  '---',
  '',
  'Posted by Tom Ellery, shed secretary.',
  '',
  'After eighteen months of saving, the new 14-inch bandsaw arrived on 3 March, and Colin has already cut a dozen bird boxes on it.',
  '',
  'The club also took delivery of a Record Power lathe, paid for by a £900 grant from the Rotary Club.',
  '',
  "Davey Nkemelu's pumpkin, grown on the compost-heap bed, weighed in at 31.4kg at the harvest festival on 28 September.",
  '',
  'The litter of seven pups are all Labrador x Golden Retriever crosses, and they go to their walkers in May.',
].join('\n');

describe('a maker or a kind asked (session 63)', () => {
  it('declines an excerpt that names no maker or kind, and answers one that does', async () => {
    const { engine } = await articleEngineWithVectors('shed.md', SHED);
    for (const question of [
      'what make is the new bandsaw',
      "what variety was davey's giant pumpkin",
      'which brand of bandsaw did they buy',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
    expectAnswered(engine, [
      ['what make is the new lathe', 'Record Power lathe'],
      ['what breed are the seven pups', 'Labrador x Golden Retriever crosses'],
      // "Make" as a verb asks no maker.
      ['how much did the pumpkin weigh', 'weighed in at 31.4kg'],
    ]);
  });
});
