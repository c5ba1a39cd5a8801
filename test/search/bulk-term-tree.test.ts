import { describe, expect, it } from 'vitest';
import { scopeOf } from '../../src/corpus/names.js';
import type { Passage } from '../../src/corpus/types.js';
import { analyze } from '../../src/search/analyzer.js';
import { PassageIndex } from '../../src/search/passage-index.js';

/** A first (bulk) build leaves MiniSearch's term tree to be made when something first needs it. */
describe('the term tree of a bulk-built index', () => {
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

  /** The passages in one bulk build, and the first alone then the rest appended (the tree made on appending). */
  function bulkAndAppended(): { bulk: PassageIndex; appended: PassageIndex } {
    const bulk = PassageIndex.empty();
    bulk.add(PASSAGES);
    const appended = PassageIndex.empty();
    appended.add(PASSAGES.slice(0, 1));
    appended.add(PASSAGES.slice(1));
    return { bulk, appended };
  }

  it('is not made by the build nor by exact questions, which read the flat postings', () => {
    const { bulk, appended } = bulkAndAppended();
    expect(bulk.termTreeMade).toBe(false);
    expect(appended.termTreeMade).toBe(true);
    for (const question of ['harbour channel', 'quince quay', 'grain ships tide']) {
      expect(bulk.query(terms(question), SCOPES, 10, { fallback: false })).toEqual(
        appended.query(terms(question), SCOPES, 10, { fallback: false }),
      );
    }
    expect(bulk.termTreeMade).toBe(false);
  });

  it('is made on first use with every term, as adding the passages one batch after another makes it', () => {
    for (const use of [
      (index: PassageIndex) => index.prefixSearch(['harb'], SCOPES, 5),
      (index: PassageIndex) => index.query(terms('quinse orchird'), SCOPES, 5),
      (index: PassageIndex) => index.similarTerms('harbor', 2),
      (index: PassageIndex) => [...index.terms()],
    ]) {
      const { bulk, appended } = bulkAndAppended();
      expect(use(bulk)).toEqual(use(appended));
      expect(bulk.termTreeMade).toBe(true);
    }
  });
});
