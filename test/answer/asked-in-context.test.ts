/**
 * Session 19's readings of what a question asks, on articles written for these tests (not the seed corpus):
 * a general kind ("what kind of place"), a title asked of a country ("which US president"), a country a
 * yes/no question names, a place retaken, a reaction, the headline, an age, and idioms.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const FLOOD = [
  '# Floods hit the delta',
  '',
  'Aid agencies racing to reach villages as water keeps rising',
  '',
  'The flood destroyed a hospital in Dhaka on Monday. Rescue teams from Norway and Chile arrived two days later.',
  '',
  'The government troops have been advancing toward Sylhet, the region’s largest town, which rebels seized in 2019.',
  '',
  'Foreign donors sent recent shipments of rice to people in Kenya and Peru, officials said. Ghana offered tents.',
  '',
  'Aid agencies are doing what they can, one of their directors said on Tuesday.',
  '',
  'A young volunteer carried children to the roof, while the river kept rising around the building.',
  '',
  'The Delta Rescue Province Command sent boats to the flooded camp.',
  '',
  'The storm confirms the delta’s exposure to rising seas, threatening farmers along the coast of Bangladesh.',
].join('\n');

describe('what a question asks, read in context', () => {
  it('a general kind ("what kind of place") is answered by the place, not the word "place"', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', FLOOD);
    for (const question of [
      'what kind of place did the flood destroy in dhaka',
      'WHAT TYPE OF BUILDING DID THE FLOOD DESTROY',
    ]) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain('destroyed a hospital');
    }
  });

  it('"which US president" wants a president in the excerpt', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', FLOOD);
    expect(engine.ask('which chilean president sent the rescue teams').status).not.toBe('answered');
    expect(engine.ask('which rescue teams arrived').status).toBe('answered');
  });

  it('a yes/no question naming a country is not answered by a sentence about other countries', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', FLOOD);
    expect(engine.ask('did foreign donors send rice to people in ghana').status).not.toBe('answered');
    const answer = engine.ask('did foreign donors send rice to people in kenya');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('people in Kenya');
  });

  it('a place "retaken" or "taken back" needs an excerpt that says so', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', FLOOD);
    for (const question of ['have the troops retaken sylhet yet', 'when did the troops take sylhet back'])
      expect(engine.ask(question).status, question).not.toBe('answered');
    expect(engine.ask('where are the government troops advancing').excerpt).toContain('toward Sylhet');
  });

  it('"how did X react" needs someone saying or doing something in answer', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', FLOOD);
    expect(engine.ask('how did the farmers of bangladesh react to the storm').status).not.toBe('answered');
  });

  it('"which province" is not answered by "province" inside a longer name', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', FLOOD);
    expect(engine.ask('which province is the flooded camp in').status).not.toBe('answered');
  });

  it('"according to the headline" quotes the heading', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', FLOOD);
    const answer = engine.ask('according to the headline, what are aid agencies doing');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('racing to reach villages');
  });

  it('"what was the exact age" wants a number, not "young"', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', FLOOD);
    expect(engine.ask('what was the exact age of the young volunteer').status).not.toBe('answered');
  });

  it('reads idioms as the words articles use', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', FLOOD);
    const answer = engine.ask('who is closing in on sylhet');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('advancing toward Sylhet');
  });
});
