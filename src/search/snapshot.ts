/**
 * The index snapshot: the parsed articles and the MiniSearch index, saved between starts so a restart does
 * not re-index an unchanged corpus. A snapshot is trusted only when it was built with the current search
 * settings; each article in it is reused only when its file's content hash is unchanged.
 */
import { readFile } from 'node:fs/promises';
import { scopeOf } from '../corpus/names.js';
import type { Article } from '../corpus/types.js';
import { PassageIndex } from './passage-index.js';
import { SETTINGS_KEY } from './settings.js';

const FORMAT = 1;

interface SnapshotFile {
  format: number;
  settingsKey: string;
  articles: Article[];
  index: unknown;
}

export interface Snapshot {
  articles: Article[];
  index: PassageIndex;
}

export function serializeSnapshot(articles: Iterable<Article>, index: PassageIndex): string {
  const file: SnapshotFile = {
    format: FORMAT,
    settingsKey: SETTINGS_KEY,
    articles: [...articles],
    index: index.toJSON(),
  };
  return JSON.stringify(file);
}

/** Reads a snapshot; returns why it cannot be used instead of throwing (a bad snapshot is rebuilt, not fatal). */
export async function readSnapshot(path: string): Promise<{ snapshot: Snapshot } | { problem: string }> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? 'no snapshot yet' : `cannot read snapshot (${code})` };
  }
  try {
    const file = JSON.parse(raw) as Partial<SnapshotFile>;
    if (file.format !== FORMAT) return { problem: `snapshot format ${String(file.format)} is not ${FORMAT}` };
    if (file.settingsKey !== SETTINGS_KEY)
      return { problem: 'snapshot was built with other search settings' };
    if (!Array.isArray(file.articles)) return { problem: 'snapshot has no article list' };
    if (!file.articles.every(isArticle)) return { problem: 'snapshot has a malformed article' };
    const index = PassageIndex.fromJSON(file.index);
    const passages = file.articles.reduce((sum, article) => sum + article.passages.length, 0);
    if (index.size !== passages)
      return { problem: `snapshot index holds ${index.size} passages, articles ${passages}` };
    // Same count and every passage present: the index holds exactly the articles' passages.
    const unindexed = file.articles.flatMap((article) => article.passages).find((p) => !index.has(p.id));
    if (unindexed) return { problem: `snapshot index lacks passage ${unindexed.id}` };
    return { snapshot: { articles: file.articles, index } };
  } catch (error) {
    return { problem: `snapshot is corrupt (${(error as Error).message.slice(0, 120)})` };
  }
}

/** The fields the engine reads from a saved article and its passages, with the right types. */
function isArticle(value: unknown): value is Article {
  const article = value as Partial<Article> | null;
  return (
    typeof article?.file === 'string' &&
    // The scope follows from the path: a snapshot must not make one server's file visible to others.
    article.scope === scopeOf(article.file) &&
    typeof article.hash === 'string' &&
    typeof article.title === 'string' &&
    Array.isArray(article.passages) &&
    article.passages.every(
      (passage) =>
        typeof passage?.id === 'string' &&
        typeof passage.text === 'string' &&
        typeof passage.title === 'string' &&
        typeof passage.index === 'number' &&
        typeof passage.total === 'number' &&
        passage.file === article.file &&
        passage.scope === article.scope,
    )
  );
}
