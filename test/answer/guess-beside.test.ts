/**
 * A guess typed beside the question ("i think it was around 1920?? when did it collapse", "which cities,
 * plymouth and exeter?") is what the answer settles: the articles need not write it.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Bridge collapse',
  '',
  'The old rail bridge over the Tamar collapsed in 1911 after a week of floods.',
  '',
  'Eleven workers were injured when the second span fell. The engineer, Harriet Vane, had warned the council.',
  '',
  'Trains were sent through Launceston and Tavistock until a new bridge opened.',
].join('\n');

describe('a guess beside the question', () => {
  it('is settled by the answer when it fills what is asked', async () => {
    const { engine } = await articleEngineWithVectors('bridge.md', ARTICLE);
    const cases: Array<[string, string]> = [
      ['i think the tamar bridge went down around 1920?? when did it actually collapse', 'collapsed in 1911'],
      ['not sure but the rail bridge over the tamar collapsed in 1920?', 'collapsed in 1911'],
      ['pretty sure it was an engineer called smith? who had warned the council', 'Harriet Vane'],
      ['where were the trains sent, plymouth and exeter?', 'Launceston and Tavistock'],
      // After "like": a figure guessed, a kind guessed for a question asking the kind.
      ['the collapse injured how many, like 30?', 'Eleven workers were injured'],
      ['what kind of bridge collapsed over the tamar, like a road bridge?', 'old rail bridge'],
    ];
    for (const [asked, expected] of cases) {
      const answer = engine.ask(asked);
      expect(answer.status, asked).toBe('answered');
      expect(answer.excerpt, asked).toContain(expected);
    }
  });

  it('still declines a name that is what the question is about, or two offered to choose from', async () => {
    const { engine } = await articleEngineWithVectors('bridge.md', ARTICLE);
    // The name says where, and "how many" counts there: no guess at the answer.
    expect(
      engine.ask('i heard a bridge fell in exeter too, how many workers were injured there?').status,
    ).toBe('no_answer');
    expect(engine.ask('which town did the engineer live in, plymouth or exeter?').status).toBe('no_answer');
    // A clause that sets the scene, neither hedged nor asked, names what is asked about.
    expect(
      engine.ask(
        'According to the agreement between the council and Plymouth, where was the new bridge built?',
      ).status,
    ).toBe('no_answer');
    // A long story before the question is not a guess.
    expect(
      engine.ask(
        'I remember reading in the Guardian years ago about a collapse in Cornwall that my grandfather saw with his own eyes. who reported it?',
      ).status,
    ).toBe('no_answer');
  });
});
