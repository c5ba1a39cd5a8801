/**
 * A question that ends offering choices ("was it a chapel or a barn", "like 20 or 40??", "harlow or
 * denby?") is answered when the articles say one choice more plainly than the other, asked of one choice at a
 * time; never when they say neither, nor for choices that are only what is asked ("his name or age"), nor for
 * a comparison. On an article written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { oneChoiceEach } from '../../src/answer/alternatives.js';
import { articlesEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const FIRE = [
  'The fire at the Kessel chapel destroyed the roof and injured at least 14 people, firefighters said.',
  '',
  'Since the spring the arsonists have set 37 fires, no longer confined to farms but now reaching towns like Denby.',
  '',
  'The mayor called the arsonists an enemy of the valley.',
  '',
  'It will take months before the chapel can open again, the parish said.',
].join('\n');

describe('a question ending on choices', () => {
  it('is asked of one choice at a time, the rest of it kept', () => {
    expect(oneChoiceEach('was the fire at a chapel or a barn or wat')).toEqual([
      { question: 'was the fire at a chapel or wat', choice: 'chapel', other: 'barn' },
      { question: 'was the fire at a barn or wat', choice: 'barn', other: 'chapel' },
    ]);
    expect(oneChoiceEach('how many fires, like 20 or 40?? lol').map(({ choice }) => choice)).toEqual([
      '20',
      '40',
    ]);
    expect(oneChoiceEach('was it a suicide bombing or a planted bomb?').map(({ choice }) => choice)).toEqual([
      'suicide bombing',
      'planted bomb',
    ]);
    for (const question of [
      'which towns or farms did they burn last week', // both asked, not a choice at the end
      'do we know his name or age', // what is asked
      'which came first, the chapel fire or the farm fires?', // a comparison
      'were more hurt or killed', // a comparison
      'which was wetter, the chapel or the barn', // a comparative
      'was the chapel older than the barn or the mill', // a comparative
      'did the fires stop or not', // no second choice
      'was it at the chapel or two', // a word against a number
    ])
      expect(oneChoiceEach(question), question).toEqual([]);
  });

  it('is answered when the articles say one choice, and declined when they say neither', async () => {
    const engine = await articlesEngineWithVectors([['fire.txt', FIRE]]);
    expectAnswered(engine, [
      ['was the kessel fire at a chapel or a barn or wat', 'The fire at the Kessel chapel'],
      ['how many fires did the arsonists set since spring, like 20 or 37??', 'have set 37 fires'],
      ['which towns are the arsonists reaching now, harlow or denby?', 'towns like Denby'],
      ['did the mayor call the arsonists a friend or an enemy lol', 'an enemy of the valley'],
      ['how long till the chapel opens again, weeks or months', 'It will take months'],
    ]);
    // The corrected question is shown: the answer is to the choice the articles say.
    expect(
      engine.ask('how many fires did the arsonists set since spring, like 20 or 37??').correctedQuestion,
    ).toBe('how many fires did the arsonists set since spring, like 37??');
    expectDeclined(engine, [
      'was the chapel fire started with petrol or a candle?',
      'which towns are the arsonists reaching now, harlow or wexby?',
      'who was the arsonist, do we know his name or age',
    ]);
  });
});
