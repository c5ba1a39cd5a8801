import { describe, expect, it } from 'vitest';
import { scopeOf } from '../../src/corpus/names.js';
import type { Passage } from '../../src/corpus/types.js';
import { analyze } from '../../src/search/analyzer.js';
import { PassageIndex } from '../../src/search/passage-index.js';

/** An index read from a snapshot makes MiniSearch's term tree only when something first needs it. */
describe('the term tree of an index read from a snapshot', () => {
  const passage = (file: string, n: number, text: string): Passage => ({
    id: `${file}#${n}`,
    file,
    scope: scopeOf(file),
    index: n,
    total: 3,
    title: 'Harbour notes',
    text,
  });
  const PASSAGES = [
    passage('harbour.txt', 1, 'The Saltmarsh harbour dredged its channel to nine metres in 2019.'),
    passage('harbour.txt', 2, 'Grain ships now come alongside the quay at any state of the tide.'),
    passage('guilds/111/orchard.txt', 1, 'The Bramblewood orchard planted 340 quince trees by the harbour.'),
    passage('guilds/111/orchard.txt', 2, 'Quince jelly from the orchard is sold at the quay.'),
  ];
  const terms = (text: string) => analyze(text).map((term) => ({ term, boost: 1 }));
  const SCOPES = ['global', '111'];

  function builtAndRead(): { built: PassageIndex; read: PassageIndex } {
    const built = PassageIndex.empty();
    built.add(PASSAGES);
    const order = PASSAGES.map((p) => p.id);
    return { built, read: PassageIndex.decode(built.encode(order), PASSAGES) };
  }

  it('is not made for exact questions, counts and kept sentences, which read the flat postings', () => {
    const { built, read } = builtAndRead();
    for (const question of ['harbour channel', 'quince quay', 'grain ships tide']) {
      expect(read.query(terms(question), SCOPES, 10, { fallback: false })).toEqual(
        built.query(terms(question), SCOPES, 10, { fallback: false }),
      );
    }
    expect(read.documentFrequency('harbour')).toBe(built.documentFrequency('harbour'));
    expect(read.hasTerm('quinc', ['global'])).toBe(false);
    expect(read.passagesWith('quay').sort()).toEqual(built.passagesWith('quay').sort());
    expect(read.sentencesOf(PASSAGES[2]!)).toEqual(built.sentencesOf(PASSAGES[2]!));
    expect(read.termTreeMade).toBe(false);
  });

  it('is made on first use by prefix and fuzzy search, "did you mean" and the vocabulary, with every term', () => {
    for (const use of [
      (index: PassageIndex) => index.prefixSearch(['harb'], SCOPES, 5),
      (index: PassageIndex) => index.query(terms('quinse orchird'), SCOPES, 5),
      (index: PassageIndex) => index.similarTerms('harbor', 2),
      (index: PassageIndex) => [...index.terms()].sort(),
    ]) {
      const { built, read } = builtAndRead();
      expect(read.termTreeMade).toBe(false);
      expect(use(read)).toEqual(use(built));
      expect(read.termTreeMade).toBe(true);
    }
  });

  it('takes passages added and discarded before it is made', () => {
    const { built, read } = builtAndRead();
    const more = passage('guilds/111/orchard.txt', 3, 'The harbour master bought quince jelly.');
    for (const index of [built, read]) {
      index.add([more]);
      index.discard([PASSAGES[1]!.id]);
    }
    for (const question of ['harbour quince', 'grain ships', 'harb']) {
      expect(read.query(terms(question), SCOPES, 10)).toEqual(built.query(terms(question), SCOPES, 10));
    }
    expect([...read.terms()].sort()).toEqual([...built.terms()].sort());
  });
});
