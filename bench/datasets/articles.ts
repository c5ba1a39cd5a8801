import type { Article, Passage } from '../../src/corpus/types.js';
import type { RetrievalDoc, SquadArticle } from './types.js';

/**
 * Text turned into the product's own Article shape, in memory (no file, no hash), global scope: one passage per
 * text, with the ids the product gives them (`${file}#${n}`, n from 1). For the eval, the benches and tests.
 */
export function articleOf(file: string, title: string, texts: readonly string[]): Article {
  const passages: Passage[] = texts.map((text, i) => ({
    id: `${file}#${i + 1}`,
    file,
    scope: 'global',
    index: i + 1,
    total: texts.length,
    title,
    text,
  }));
  return { file, title, scope: 'global', hash: '', passages };
}

/** One article per SQuAD article, one passage per paragraph; passage ids equal the paragraph ids (`${file}#${n}`). */
export function squadArticles(articles: SquadArticle[]): Article[] {
  return articles.map((a) =>
    articleOf(
      a.file,
      a.title,
      a.paragraphs.map((p) => p.text),
    ),
  );
}

/** The synthetic file a retrieval doc lives in; its single passage is `${file}#1`. */
export function docFile(collection: string, docId: string): string {
  return `${collection}/${docId}.txt`;
}

/** One article holding a single passage per doc, so a passage hit is a doc hit. */
export function retrievalArticles(collection: string, docs: RetrievalDoc[]): Article[] {
  return docs.map((d) => articleOf(docFile(collection, d.id), d.title, [d.text]));
}
