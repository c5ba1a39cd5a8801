/**
 * A name news text uses more than the English word one letter from it is no slip of that word: "is the
 * institute based in Erbil" is not read as "in Gerbil" (and then answered), while "injred" still reads as
 * "injured", which is far commoner than the slip.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const INSTITUTE = [
  '# Research notes',
  '',
  'Dylan Ross, a research fellow at the Valley Research Institute in Iraq, said the raids had changed.',
  '',
  'The raid at the market killed at least 12 and wounded more than 40.',
  '',
  'Past attempts by the intelligence chief to strike deals with the NLF failed.',
].join('\n');

describe('a name the corpus lacks', () => {
  it('is not corrected into a rarer English word', async () => {
    const { engine } = await articleEngineWithVectors('notes.md', INSTITUTE);
    for (const question of [
      'is the Valley Research Institute based in Erbil?',
      'is the valley research institute based in erbil',
    ]) {
      const answer = engine.ask(question);
      expect(answer.correctedQuestion, question).toBeUndefined();
      expect(answer.status, question).toBe('no_answer');
    }
  });

  it('while a slip of a commoner word still reads as that word', async () => {
    const { engine } = await articleEngineWithVectors('notes.md', INSTITUTE);
    const answer = engine.ask('how many were injred in the raid at the market');
    expect(answer.correctedQuestion).toBe('how many were injured in the raid at the market');
    expect(answer.excerpt).toContain('wounded more than 40');
  });

  it('nor a three-letter name into a two-letter word', async () => {
    const { engine } = await articleEngineWithVectors('notes.md', INSTITUTE);
    for (const question of [
      'which isi chief did deals with the nlf',
      'WHICH ISI CHIEF DID DEALS WITH THE NLF',
    ]) {
      const answer = engine.ask(question);
      expect(answer.correctedQuestion, question).toBeUndefined();
      expect(answer.status, question).toBe('no_answer');
    }
  });
});
