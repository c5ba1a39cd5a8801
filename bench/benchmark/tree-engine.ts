/**
 * The product of a source tree (this one, or an older checkout beside it), loaded as the speed benches build
 * it: `Engine.fromArticles` with the word vectors and synonyms of `.citebot/` in the current folder. Used by
 * side-by-side.ts (two versions in one process) and build-child.ts (one build in a fresh process).
 */
import { resolve } from 'node:path';

/** An engine as the benches use it: built over articles, then asked questions. */
export interface TreeEngine {
  ask(question: string, options?: { maxCitations?: number }): unknown;
}

/** Loads the tree's engine and its vectors and synonyms once; each call builds an engine over the articles. */
export async function treeEngineBuilder(tree: string): Promise<(articles: readonly unknown[]) => TreeEngine> {
  const src = (path: string) => import(resolve(tree, 'src', path));
  const { Engine } = await src('engine.ts');
  const { openTermVectors } = await src('search/vectors/term-vectors.ts');
  const { openSynonyms } = await src('search/synonyms/store.ts');
  const { DEFAULT_VECTORS_PATH } = await src('search/vectors/store.ts');
  const termVectors = await openTermVectors(DEFAULT_VECTORS_PATH);
  const synonyms = await openSynonyms(DEFAULT_VECTORS_PATH);
  return (articles) => Engine.fromArticles(articles, { termVectors, synonyms });
}

/** CPU time of this process so far (user and system), in milliseconds. */
export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}
