import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article } from '../../src/corpus/types.js';
import { SETTLED_MS } from '../../src/corpus/file-seen.js';
import { Engine } from '../../src/engine.js';
import { openSynonyms } from '../../src/search/synonyms/store.js';
import { DEFAULT_VECTORS_PATH } from '../../src/search/vectors/store.js';
import { openTermVectors } from '../../src/search/vectors/term-vectors.js';
import type { BenchInstance, BenchSystem } from './systems.js';

// The product answers with word vectors and WordNet synonyms (Engine.open loads them itself; an in-memory
// build is given them).
const termVectors = await openTermVectors(DEFAULT_VECTORS_PATH);
const synonyms = await openSynonyms(DEFAULT_VECTORS_PATH);

const ARTICLES_PER_FOLDER = 1_000;

function corpusDir(dir: string): string {
  return join(dir, 'corpus');
}

/** The snapshot folder (one file per scope: the bench's articles are all global). */
function indexPath(dir: string): string {
  return join(dir, 'index');
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(join(dir, name))).size;
  return total;
}

/**
 * The product's real restart reads a corpus folder and its snapshot (checking each file's hash), so the
 * bench writes the articles out as Markdown files: `# title`, then passages as paragraphs.
 */
async function writeCorpusFolder(articles: Article[], dir: string): Promise<void> {
  for (const [i, article] of articles.entries()) {
    const folder = join(corpusDir(dir), `part${Math.floor(i / ARTICLES_PER_FOLDER)}`);
    if (i % ARTICLES_PER_FOLDER === 0) await mkdir(folder, { recursive: true });
    const body = [`# ${article.title || 'Untitled'}`, ...article.passages.map((p) => p.text)].join('\n\n');
    await writeFile(join(folder, `a${String(i).padStart(6, '0')}.md`), `${body}\n`);
  }
}

function asInstance(engine: Engine): BenchInstance {
  return { answer: (question: string) => engine.ask(question, { maxCitations: 3 }) };
}

export const citebotProduct: BenchSystem = {
  label: 'Citebot',
  build: (articles) => asInstance(Engine.fromArticles(articles, { termVectors, synonyms })),
  async writeSnapshot(_built, articles, dir) {
    await writeCorpusFolder(articles, dir);
    // A start checks a file by its metadata only if it had settled before it was read (as a real folder's
    // files have): not files written a moment ago (src/corpus/file-seen.ts).
    await new Promise((resolve) => setTimeout(resolve, SETTLED_MS + 100));
    const start = performance.now();
    // First open of a folder: parse every file, index, write the snapshot.
    const engine = await Engine.open({ corpusDir: corpusDir(dir), indexPath: indexPath(dir) });
    const ms = performance.now() - start;
    await engine.close();
    return {
      bytes: await folderBytes(indexPath(dir)),
      ms,
      what: 'Engine.open of the folder with no snapshot (parse + index + write)',
      passages: engine.stats().passages,
    };
  },
  async openSnapshot(dir) {
    return asInstance(await Engine.open({ corpusDir: corpusDir(dir), indexPath: indexPath(dir) }));
  },
};
