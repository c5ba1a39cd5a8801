import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import type { Article } from '../../src/corpus/types.js';
import { newDefaultMiniSearch } from '../systems/minisearch-defaults.js';
import { splitSentences } from '../text.js';
import type { BenchInstance, BenchSystem } from './systems.js';

const SNAPSHOT_FILE = 'minisearch.json';

interface BaselineInstance extends BenchInstance {
  index: MiniSearch;
}

function instance(index: MiniSearch, textById: Map<string, string>): BaselineInstance {
  return {
    index,
    // The baseline's answer path: search, then the top passage's first sentence.
    answer(question: string) {
      const top = index.search(question)[0];
      const text = top ? textById.get(top.id as string) : undefined;
      return text ? (splitSentences(text)[0] ?? null) : null;
    },
  };
}

function textsOf(articles: Article[]): Map<string, string> {
  return new Map(articles.flatMap((a) => a.passages.map((p) => [p.id, p.text])));
}

export const miniSearchBaseline: BenchSystem = {
  label: 'MiniSearch defaults',
  build(articles) {
    const index = newDefaultMiniSearch();
    for (const article of articles) {
      for (const p of article.passages) index.add({ id: p.id, title: p.title, text: p.text });
    }
    return instance(index, textsOf(articles));
  },
  async writeSnapshot(built, _articles, dir) {
    const path = join(dir, SNAPSHOT_FILE);
    const start = performance.now();
    await writeFile(path, JSON.stringify((built as BaselineInstance).index));
    return { bytes: (await stat(path)).size, ms: performance.now() - start, what: 'JSON.stringify + write' };
  },
  async openSnapshot(dir, articles) {
    const json = await readFile(join(dir, SNAPSHOT_FILE), 'utf8');
    const index = MiniSearch.loadJSON(json, { fields: ['title', 'text'], storeFields: [] });
    return instance(index, textsOf(articles));
  },
};
