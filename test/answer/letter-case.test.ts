/**
 * Letter case never changes an answer: a question typed in lower case, UPPER CASE or Title Case gets the same
 * status and the same excerpt (names are told apart by the dictionary and the corpus, never by capitals).
 * Property-tested over questions built from the seed articles' own words and questions people type.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { CHAT_SET } from './chat-set.js';
import { copySeeds, SEED_DIR, useTempDirs } from '../engine/fixtures.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const tempDir = useTempDirs('citebot-case-', 'file');

function titleCase(text: string): string {
  return text.replace(/\p{L}[\p{L}'’]*/gu, (word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase());
}

describe('letter case', () => {
  let engine: Engine;
  let words: string[];

  beforeAll(async () => {
    const dir = await tempDir();
    await copySeeds(dir, { aliases: true });
    engine = await Engine.open({ corpusDir: dir, indexPath: '' });
    const text = (
      await Promise.all(
        ['000_7fad598d500c70a1.txt', '003_fade041aaa763602.txt'].map((file) =>
          readFile(path.join(SEED_DIR, file), 'utf8'),
        ),
      )
    ).join(' ');
    words = [...new Set(text.match(/[\p{L}]{3,}/gu) ?? [])];
  });

  const outcome = (question: string) => {
    const answer = engine.ask(question);
    return { status: answer.status, excerpt: answer.excerpt };
  };

  // Three asks of every twentieth chat-set question (~865; every style is in each twentieth): about 7 s on a
  // 2-core machine. Every tenth took 14 s and CI reached 610 s of its 600 (session 56); every sixth took
  // 20-35 s, every fourth 30-51 s. `npm run chat-eval` still asks the upper-case form of every question it
  // answers right.
  it('gives the same status and excerpt in lower, UPPER and Title Case for the chat-set questions', () => {
    for (const [i, { q }] of CHAT_SET.entries()) {
      if (i % 20 !== 0) continue;
      const lower = outcome(q.toLowerCase());
      expect(outcome(q.toUpperCase()), q).toEqual(lower);
      expect(outcome(titleCase(q)), q).toEqual(lower);
    }
  }, 300_000);

  it('gives the same status and excerpt whatever the case, for random questions of corpus words', () => {
    const openings = ['what', 'who', 'how many', 'when did', 'where is', 'why did', ''];
    fc.assert(
      fc.property(
        fc.constantFrom(...openings),
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 6 }),
        (opening, picks) => {
          const question = `${opening} ${picks.map((i) => words[i % words.length]).join(' ')}`.trim();
          const lower = outcome(question.toLowerCase());
          expect(outcome(question.toUpperCase())).toEqual(lower);
          expect(outcome(titleCase(question))).toEqual(lower);
        },
      ),
      // A fixed seed: CI must not turn red on a draw no one can replay. Session 51 found "what Most near"
      // read apart from "what most near" with a random seed (the learner's-superlative reading looked for
      // "most" in lower case only); 8,000 further draws with other seeds found nothing more.
      { numRuns: 150, seed: 599645943 },
    );
  });

  it('reads a learner\'s superlative the same in any case ("what Most near", "WHO WAS THE MOST OLD")', () => {
    for (const question of ['what most near', 'who was the most old', 'what is the most close']) {
      const lower = outcome(question);
      expect(outcome(question.toUpperCase()), question).toEqual(lower);
      expect(outcome(titleCase(question)), question).toEqual(lower);
      expect(outcome(question.replace('most', 'Most')), question).toEqual(lower);
    }
  });
});
