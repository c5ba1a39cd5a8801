/**
 * One article, parsed from text as an upload is (a Markdown or text file in the global scope), and the real
 * Engine over it alone: what the answer-stage tests ask their questions of.
 */
import { expect } from 'vitest';
import { planFor, type AnswerContext } from '../../src/answer/answer.js';
import type { QueryPlan } from '../../src/answer/query-plan.js';
import { parseArticle } from '../../src/corpus/parse.js';
import type { Article } from '../../src/corpus/types.js';
import { Engine } from '../../src/engine.js';
import { openSynonyms } from '../../src/search/synonyms/store.js';
import { DEFAULT_VECTORS_PATH } from '../../src/search/vectors/store.js';
import { openTermVectors } from '../../src/search/vectors/term-vectors.js';

export async function articleEngine(
  file: string,
  text: string,
  options?: Parameters<typeof Engine.fromArticles>[1],
): Promise<{ article: Article; engine: Engine }> {
  const article = await parseArticle(file, 'global', Buffer.from(text), { maxBytes: 1 << 20 });
  return { article, engine: Engine.fromArticles([article], options) };
}

/** The same with the word vectors and WordNet synonyms the product loads (built by test/global-setup.ts). */
export async function articleEngineWithVectors(
  file: string,
  text: string,
): Promise<{ article: Article; engine: Engine }> {
  return articleEngine(file, text, {
    termVectors: await openTermVectors(DEFAULT_VECTORS_PATH),
    synonyms: await openSynonyms(DEFAULT_VECTORS_PATH),
  });
}

/** Several articles, parsed as `articleEngine` parses one, and the real Engine over them with the vectors. */
export async function articlesEngineWithVectors(
  files: ReadonlyArray<readonly [string, string]>,
): Promise<Engine> {
  const articles = await Promise.all(
    files.map(([file, text]) => parseArticle(file, 'global', Buffer.from(text), { maxBytes: 1 << 20 })),
  );
  return Engine.fromArticles(articles, {
    termVectors: await openTermVectors(DEFAULT_VECTORS_PATH),
    synonyms: await openSynonyms(DEFAULT_VECTORS_PATH),
  });
}

/** `articlesEngineWithVectors` built on first use and shared by every later call (one engine per test file). */
export function sharedArticlesEngine(files: ReadonlyArray<readonly [string, string]>): () => Promise<Engine> {
  let shared: Promise<Engine> | undefined;
  return () => (shared ??= articlesEngineWithVectors(files));
}

/** The excerpt the engine quotes for a question, or null where it answers none. */
export function quotedBy(engine: () => Promise<Engine>): (question: string) => Promise<string | null> {
  return async (question) => {
    const answer = (await engine()).ask(question);
    return answer.status === 'answered' ? answer.excerpt : null;
  };
}

/** The plan the engine makes of a question (asked in a server, or outside any), for tests of the planning stage. */
export function planOf(engine: Engine, question: string, guildId?: string): QueryPlan {
  const context = (engine as unknown as { answerContext(guildId?: string): AnswerContext }).answerContext(
    guildId,
  );
  const planned = planFor(question, context);
  if (!planned.ok) throw new Error(`no plan for ${JSON.stringify(question)}`);
  return planned.plan;
}

/** Asks each question of the engine: answered, with the fragment in its excerpt. */
export function expectAnswered(engine: Engine, questions: ReadonlyArray<readonly [string, string]>): void {
  for (const [question, fragment] of questions) {
    const answer = engine.ask(question);
    expect(answer.status, question).toBe('answered');
    expect(answer.excerpt, question).toContain(fragment);
  }
}

/** Asks each question of the engine: declined. */
export function expectDeclined(engine: Engine, questions: readonly string[]): void {
  for (const question of questions) expect(engine.ask(question).status, question).toBe('no_answer');
}
