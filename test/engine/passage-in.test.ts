import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../src/corpus/article.js';
import { LazyArticle } from '../../src/corpus/lazy-article.js';
import { GLOBAL_SCOPE, type Article } from '../../src/corpus/types.js';
import { ArticleStore } from '../../src/engine/store.js';
import { silentLogger } from '../../src/logger.js';

const limits = { maxFileBytes: 1 << 20, maxAliasesPerServer: 100 };

function article(file: string, texts: string[]): Article {
  return {
    file,
    scope: GLOBAL_SCOPE,
    hash: 'h',
    title: file,
    passages: passagesOf(file, GLOBAL_SCOPE, { title: file }, texts),
  };
}

/** `passageIn(file, n)` finds what `passage` finds for the id `<file>#<n>`, without making that id. */
describe('ArticleStore.passageIn', () => {
  const files = ['a.md', 'b#2.md', 'guilds/1/c.md', 'missing.md'];

  function expectSameAsById(store: ArticleStore): void {
    for (const file of files) {
      for (let n = -1; n <= 5; n++) expect(store.passageIn(file, n)).toBe(store.passage(`${file}#${n}`));
    }
  }

  it('for parsed articles and a snapshot article made on use', () => {
    const store = new ArticleStore(silentLogger, limits);
    store.track(article('a.md', ['One.', 'Two.', 'Three.']), []);
    store.track(article('b#2.md', ['Only.']), []);
    const lazy = new LazyArticle(
      { file: 'guilds/1/c.md', scope: GLOBAL_SCOPE, hash: 'h', title: 'C' },
      ['X.', 'Y.'],
      undefined,
    );
    store.track(lazy, []);
    expectSameAsById(store);
  });

  it('when a passage id is not numbered as its place', () => {
    const store = new ArticleStore(silentLogger, limits);
    const odd = article('a.md', ['One.', 'Two.']);
    odd.passages[0] = { ...odd.passages[0]!, id: 'a.md#2' };
    odd.passages[1] = { ...odd.passages[1]!, id: 'elsewhere' };
    store.track(odd, []);
    store.track(article('b#2.md', ['Only.', 'More.']), []);
    expectSameAsById(store);
  });
});
