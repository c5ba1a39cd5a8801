/**
 * "What does Karvia mean": the meaning of a word is asked, and a sentence that only uses the word (in a
 * longer name) does not give it; one that says what it means, or glosses it, does.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';
import { meaningAsked } from '../../src/answer/word-meaning.js';

const FRONT = [
  '# Valley raids',
  '',
  'The recent raid by the Karvia Liberation Front (KLF) was a reminder of the danger in the valley.',
  '',
  'Officials say the KLF has grown since 2019.',
].join('\n');

describe('the meaning of a word', () => {
  it('reads which word is asked, not a pronoun or a consequence', () => {
    expect(meaningAsked('what does karvia mean in klf')).toBe('karvia');
    expect(meaningAsked("what does 'Karvia' in KLF refer to?")).toBe('karvia');
    expect(meaningAsked('whats the meaning of karvia')).toBe('karvia');
    expect(meaningAsked('what does karvia mean here')).toBe('karvia');
    // Where the word is used, said after "mean": at a shrine, in a name.
    expect(meaningAsked('what does urs mean at a sufi shrine')).toBe('urs');
    expect(meaningAsked('what does the bombing mean for pakistan')).toBeUndefined();
    expect(meaningAsked('What does the abbreviation KLF refer to?')).toBe('klf');
    expect(meaningAsked('What does it mean for a disease to be enzootic?')).toBeUndefined();
    expect(meaningAsked("What does China's investment mean for Kenya?")).toBeUndefined();
  });

  it('is declined where the articles only use the word', async () => {
    const { engine } = await articleEngineWithVectors('raids.md', FRONT);
    for (const question of [
      'what does karvia mean in klf',
      "what does 'Karvia' in KLF refer to",
      'WHATS THE MEANING OF KARVIA',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
    // What the alias spells out is answered as before.
    for (const question of ['what does KLF mean', 'What does the abbreviation KLF refer to?'])
      expect(engine.ask(question).excerpt, question).toContain('Karvia Liberation Front (KLF)');
  });

  it('is declined where a comma after the word opens a clause, not a gloss', async () => {
    const { engine } = await articleEngineWithVectors(
      'raids.md',
      `${FRONT}\n\nThe council's gambit, it seems, has backfired.`,
    );
    expect(engine.ask('what does gambit mean here').status).toBe('no_answer');
  });

  it('is answered where a sentence says what the word means', async () => {
    const { engine } = await articleEngineWithVectors(
      'raids.md',
      `${FRONT}\n\nIn the old tongue, Karvia means "land of rivers".`,
    );
    const answer = engine.ask('what does karvia mean');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('Karvia means "land of rivers"');
  });
});
