import type { Article, Passage } from '../../src/corpus/types.js';
import type { RetrievalDoc, SquadArticle } from './types.js';

/** Turns the eval data into the product's own Article shape (in memory: no files, no hashes). */
function toArticle(file: string, title: string, texts: { id: string; text: string }[]): Article {
  const passages: Passage[] = texts.map((t, i) => ({
    id: t.id,
    file,
    scope: 'global',
    index: i + 1,
    total: texts.length,
    title,
    text: t.text,
  }));
  return { file, title, scope: 'global', hash: '', passages };
}

/** One article per SQuAD article, one passage per paragraph; passage ids equal the paragraph ids. */
export function squadArticles(articles: SquadArticle[]): Article[] {
  return articles.map((a) => toArticle(a.file, a.title, a.paragraphs));
}

/** The synthetic file a retrieval doc lives in; its single passage is `${file}#1`. */
export function docFile(collection: string, docId: string): string {
  return `${collection}/${docId}.txt`;
}

/** One article holding a single passage per doc, so a passage hit is a doc hit. */
export function retrievalArticles(collection: string, docs: RetrievalDoc[]): Article[] {
  return docs.map((d) => {
    const file = docFile(collection, d.id);
    return toArticle(file, d.title, [{ id: `${file}#1`, text: d.text }]);
  });
}
