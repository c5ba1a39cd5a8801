/**
 * One article, parsed from text as an upload is (a Markdown or text file in the global scope), and the real
 * Engine over it alone: what the answer-stage tests ask their questions of.
 */
import { parseArticle } from '../../src/corpus/parse.js';
import type { Article } from '../../src/corpus/types.js';
import { Engine } from '../../src/engine.js';

export async function articleEngine(
  file: string,
  text: string,
  options?: Parameters<typeof Engine.fromArticles>[1],
): Promise<{ article: Article; engine: Engine }> {
  const article = await parseArticle(file, 'global', Buffer.from(text), { maxBytes: 1 << 20 });
  return { article, engine: Engine.fromArticles([article], options) };
}
