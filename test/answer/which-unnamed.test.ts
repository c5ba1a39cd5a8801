/**
 * "Which smuggling gang did the NLF partner with", where the article says only "one of the valley's most
 * violent smuggling gangs": the question knows the kind, and the article names none. A plain "which gang" is
 * answered by the description, and a name set beside the phrase answers both.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const UNNAMED = [
  '# Valley alliances',
  '',
  'Officials say the NLF has been growing in the valley, and has partnered with one of the valley’s most violent smuggling gangs.',
  '',
  'The NLF is a loose group which relies on local recruits more than on a command structure.',
].join('\n');

describe('which X, where the articles say only "one of the Xs"', () => {
  it('is declined when the question already names the kind', async () => {
    const { engine } = await articleEngineWithVectors('alliances.md', UNNAMED);
    for (const question of [
      'which smuggling gang did the NLF partner with',
      'WHICH SMUGGLING GANG DID THE NLF PARTNER WITH?',
      'which violent smuggling gang has the nlf teamed up with',
      // The verb straight after the thing, with no auxiliary.
      'which smuggling gang partnered w the NLF',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });

  it('is answered by the description when only the head is asked', async () => {
    const { engine } = await articleEngineWithVectors('alliances.md', UNNAMED);
    const answer = engine.ask('which gang did the NLF partner with');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('most violent smuggling gangs');
  });

  it('is answered by a name set beside it', async () => {
    const { engine } = await articleEngineWithVectors(
      'named.md',
      UNNAMED.replace('smuggling gangs.', 'smuggling gangs, the Red Hand.'),
    );
    const answer = engine.ask('which smuggling gang did the NLF partner with');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('the Red Hand');
  });

  describe('or only "a / another X"', () => {
    const INDEFINITE = [
      '# Valley raids',
      '',
      'Weeks earlier, another raid claimed by the NLF on a customs depot in the same valley killed nine guards.',
      '',
      'The Ferris depot, a customs depot near the pass, was raided again in May.',
    ].join('\n');

    it('is declined when "which" names the kind and the article says only "a customs depot"', async () => {
      const { engine } = await articleEngineWithVectors('raids.md', INDEFINITE);
      for (const question of [
        'which customs depot was raided',
        'WHICH CUSTOMS DEPOT DID THE NLF RAID?',
        'which customs depot got raided',
      ])
        expect(engine.ask(question).status, question).toBe('no_answer');
    });

    it('is answered where the article names it as it says what it is', async () => {
      const { engine } = await articleEngineWithVectors(
        'raids.md',
        INDEFINITE.replace('on a customs depot in the same valley', 'on the Ferris depot, a customs depot'),
      );
      const answer = engine.ask('which customs depot did the NLF raid');
      expect(answer.status).toBe('answered');
      expect(answer.excerpt).toContain('Ferris');
    });

    it('is declined with the kind said by a place after the thing, though a name follows further on', async () => {
      const { engine } = await articleEngineWithVectors(
        'depot.md',
        [
          '# Valley raids',
          '',
          'The recent raid on a Karvia depot by the Northern Liberation Front (NLF) was a reminder of the danger.',
          '',
          'Officials say the NLF has grown since 2019.',
        ].join('\n'),
      );
      for (const question of [
        'which depot in karvia got raided',
        'Which specific depot in Karvia was raided?',
      ])
        expect(engine.ask(question).status, question).toBe('no_answer');
      expect(engine.ask('who raided the depot in karvia').excerpt).toContain('Northern Liberation Front');
    });

    it('is answered for "what": a description is how such an answer is often told', async () => {
      const { engine } = await articleEngineWithVectors('raids.md', INDEFINITE);
      const answer = engine.ask('what customs depot did the NLF raid');
      expect(answer.status).toBe('answered');
    });
  });
});
