/**
 * A doer's word the articles never use, read as what the doer does (session 52): "the knitters" of a
 * knitting circle that writes "we knit", "the campers" of a camp. Only plurals: "fewer", "bigger" and
 * "later" compare, and stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { doerAliases } from '../../src/answer/doer-nouns.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const CIRCLE = [
  '# Purl Together: winter notes',
  '',
  'We knit every Thursday from 2 to 4 pm in the Kiln Lane church hall, and anyone is welcome to drop in.',
  '',
  'The library has lent us its meeting room for the January sessions while the hall boiler is replaced.',
  '',
  'Tea and biscuits are 50p, and the money goes to the shelter.',
].join('\n');

describe('doers read as what they do (session 52)', () => {
  it('answers a question about "the knitters" from what the article says they knit', async () => {
    const { engine } = await articleEngineWithVectors('purl-together.md', CIRCLE);
    expectAnswered(engine, [
      ['when do the knitters get together each week', 'every Thursday from 2 to 4 pm'],
    ]);
    expectDeclined(engine, ['how many knitters are there in the group']);
  });

  it('reads only plural doers, and only as a base the vectors put near', () => {
    const used = new Set(['knit', 'few', 'corn', 'big']);
    const near = (a: string, b: string) => (a === 'knitter' && b === 'knit' ? 0.47 : 0.05);
    const surfaces = new Map([
      ['knitter', ['knitters']],
      ['fewer', ['fewer']],
      ['corner', ['corners']],
    ]);
    const found = doerAliases(['knitter', 'fewer', 'corner'], surfaces, (t) => used.has(t), near);
    expect(found).toEqual([{ acronym: 'knit', longForm: ['knitter'] }]);
  });
});
