/**
 * Everyday ways of asking what an article says in its own words: "what else was going on when X happened"
 * (what coincided with it), "how did their strategy turn out" (its outcome), "their little plan", "their
 * whole strategy" (words of feeling, not of size). On an article written for these tests, not the seed corpus.
 */
import { describe, expect, it } from 'vitest';
import { writeOutShorthand } from '../../src/answer/shorthand.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const DAM = [
  '# The dam opening',
  '',
  'Engineers opened the Tarbela dam on Monday after ten years of work.',
  '',
  'The opening coincided with the national elections, drawing reporters away.',
  '',
  'The government’s gambit, it seems, has backfired: two turbines failed within a week.',
  '',
  'Farmers downstream say the river has never been so low in spring.',
].join('\n');

describe('everyday phrasings', () => {
  it('are read as the question the article answers', async () => {
    const { engine } = await articleEngineWithVectors('dam.md', DAM);
    expectAnswered(engine, [
      ['what else was going on in the country during the opening', 'coincided with the national elections'],
      [
        'what else was happening when the tarbela opening took place',
        'coincided with the national elections',
      ],
      ['how did the government’s whole strategy turn out in the end', 'has backfired'],
      ['so did the government’s little plan work out or nah', 'has backfired'],
      // Without the possessive's apostrophe, and asked "in the end".
      ['so how did the governments whole strategy turn out in the end', 'has backfired'],
      ['did the governments little plan work out in the end?', 'has backfired'],
    ]);
  });

  it('writes them out', () => {
    const plain = (text: string) => writeOutShorthand(text).replace(/\s+/g, ' ').trim();
    expect(plain('what else was happening when the dam opened')).toBe('what coincided with the dam opened');
    expect(plain('how did their strategy turn out')).toBe('what was the outcome of their strategy');
    expect(plain("the government's little plan")).toBe("the government's plan");
    expect(plain('who was the engineer age wise')).toBe('who was the engineer how old');
    expect(plain('the government getting cosy with china')).toBe('the government improving ties with china');
    expect(plain('where do alot of them live')).toBe('where do a lot of them live');
    // Not a size the question asks: "a little boy" keeps it, and "does little" is no possessive.
    expect(plain('how does little work')).toBe('how does little work');
    expect(plain('did the plan work out in the end')).toBe('did the plan succeed');
    expect(plain('is the front run like a top down org')).toBe(
      'is the front run like a command hierarchy organization',
    );
    expect(plain('were the attacks small scale or big ones?')).toBe(
      'were the attacks low impact or high impact ?',
    );
    expect(plain('big or small scale stuff')).toBe('low impact or high impact stuff');
    expect(plain('was the dam hit random timing or planned')).toBe(
      'was the dam attack random timing or planned',
    );
    expect(plain('the dam that got hit')).toBe('the dam that got hit');
    expect(plain('did the flood hit the dam')).toBe('did the flood hit the dam');
    expect(plain('worksheet q3: when did the dam open?')).toBe('when did the dam open?');
    expect(plain('Q2. who opened the dam')).toBe('who opened the dam');
    expect(plain('how did the witness describe the force of the explosion')).toBe(
      'how did the witness describe how strong the explosion was',
    );
    expect(plain('how powerful was the blast')).toBe('how strong was the blast');
    // The forces of a country are troops, not a blast's strength.
    expect(plain('what did the security forces do')).toBe('what did the security forces do');
    // Without "scale", a size asked of damage is how much of it.
    expect(plain('was the damage big or small')).toBe('how much damage');
    expect(plain('what do they want in the end')).toBe('what do they want ultimately');
    expect(plain('who was the little boy')).toBe('who was the little boy');
  });

  it('still declines what the article does not say', async () => {
    const { engine } = await articleEngineWithVectors('dam.md', DAM);
    expectDeclined(engine, [
      'what else was going on when the farmers protested',
      'how did the farmers whole protest turn out',
    ]);
  });
});
