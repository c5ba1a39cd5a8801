/**
 * A question about what followed an event ("did the city close its port after the attack", "what did the army
 * do after the bombing") is not settled by an excerpt that tells only of the event; one that tells of what
 * came after, or a witness's own account, may settle it.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Harbour bombing',
  '',
  'The bombing at the harbour in Port Elm killed nine people and wounded 30. The army launched an operation in the hills.',
  '',
  '“People were looking for their children everywhere,” said Ana Ruiz, a dock worker.',
  '',
  'After the attack, the mayor closed the market for a week.',
].join('\n');

describe('what followed an event', () => {
  it('is declined when the excerpt tells only of the event itself', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    for (const question of [
      'did the army launch an operation in port elm after the harbour bombing?',
      'was the harbour rebuilt after the bombing',
      'has the harbour reopened since the bombing',
      'what did the army do after the harbour bombing',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
    // "Now" tells of the present, not of what followed the bombing.
    const raids = await articleEngineWithVectors(
      'raids.md',
      '# Raids\n\nThe harbour bombing killed nine. Raids are no longer confined to the border but now reach major ports.\n',
    );
    // "After another attack" dates the bombing by an earlier one.
    const earlier = await articleEngineWithVectors(
      'earlier.md',
      '# Harbour\n\nThe harbour bombing came a week after another attack on a police station in the same town.\n',
    );
    expect(earlier.engine.ask('did the police close the harbour after the bombing').status).toBe('no_answer');
    expect(raids.engine.ask('did the city close the border after the harbour bombing').status).toBe(
      'no_answer',
    );
    // "After a year of relative silence" tells of the quiet before it, not of what the state did after it.
    const quiet = await articleEngineWithVectors(
      'quiet.md',
      '# Harbour\n\nAfter a year of relative silence, the Crescent Front has struck again with a bombing at the harbour in Port Elm.\n',
    );
    for (const question of [
      'what security measures did port elm take after the harbour bombing',
      'what security did the city add after the harbour bombing',
    ])
      expect(quiet.engine.ask(question).status, question).toBe('no_answer');
  });

  it('is answered by what came after, or by a witness telling what they saw', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    expect(engine.ask('did the mayor close the market after the attack').excerpt).toContain(
      'the mayor closed the market',
    );
    expect(engine.ask('were people looking for their children after the bombing').excerpt).toContain(
      'looking for their children',
    );
  });

  it('how someone got in is not said by an excerpt that tells only of the attack', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    for (const question of [
      'how did the bomber get past security at the harbour',
      'how did the attackers get into the port',
      'how did they smuggle the explosives into port elm',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
    const { engine: told } = await articleEngineWithVectors(
      'gate.md',
      '# Harbour\n\nThe bomber slipped past the guards at the north gate dressed as a fisherman, an hour before the blast.\n',
    );
    expect(told.ask('how did the bomber get past security at the harbour').excerpt).toContain(
      'slipped past the guards',
    );
  });
});
