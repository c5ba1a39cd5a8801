/**
 * How robust the right answers of the chat set are to the way people dress a question in chat: each rewrite
 * (an opener, slang, Markdown, a slip ...) is applied to every answerable question the bot gets right, and
 * the answers still right are counted. A question keeps its meaning under every rewrite, so each one that
 * breaks is a reading the bot lacks.
 */
import type { ChatQuestion } from '../../test/answer/chat-set.js';
import { type Asker, scoreChatSet } from '../../test/answer/chat-score.js';

export const CHAT_REWRITES: Readonly<Record<string, (question: string) => string>> = {
  'hey quick q, ...': (q) => `hey quick q, ${q}`,
  'genuinely curious, ...': (q) => `genuinely curious, ${q}`,
  'can someone explain ...': (q) => `can someone explain ${q}`,
  'anyone know ...': (q) => `anyone know ${q}`,
  'so like ...': (q) => `so like ${q}`,
  'umm ...': (q) => `umm ${q}`,
  'Q: ...': (q) => `Q: ${q}`,
  'i read the article yesterday. ...': (q) => `i read the article yesterday. ${q}`,
  '... srsly': (q) => `${q} srsly`,
  '... fr': (q) => `${q} fr`,
  '... thanks in advance': (q) => `${q} thanks in advance`,
  '...??': (q) => `${q}??`,
  '... 🤔': (q) => `${q} 🤔`,
  '> **...**': (q) => `> **${q}**`,
  '"..."': (q) => `"${q}"`,
  'UPPER CASE': (q) => q.toUpperCase(),
  // Slips in the first word of six letters or more: one letter dropped, two swapped, one doubled.
  'a letter dropped': (q) => q.replace(/\b(\w{6,})\b/, (w) => w.slice(0, 2) + w.slice(3)),
  'two letters swapped': (q) => q.replace(/\b(\w{6,})\b/, (w) => w.slice(0, 2) + w[3] + w[2] + w.slice(4)),
  'a letter doubled': (q) => q.replace(/\b(\w{6,})\b/, (w) => w.slice(0, 3) + w[2] + w.slice(3)),
};

export interface RewriteScore {
  rewrite: string;
  /** Right answers that the rewrite changed the question of (a slip needs a long enough word). */
  asked: number;
  /** Of those, still right. */
  right: number;
}

/** Each rewrite's share of the right answers that stay right. */
export function scoreChatRewrites(engine: Asker, set: readonly ChatQuestion[]): RewriteScore[] {
  const answerable = set.filter((question) => !question.trap);
  const right = scoreChatSet(engine, answerable)
    .results.filter((result) => result.right)
    .map((result) => result.question);
  return Object.entries(CHAT_REWRITES).map(([rewrite, apply]) => {
    const changed = right
      .map((question) => ({ ...question, q: apply(question.q) }))
      .filter((question, i) => question.q !== right[i]!.q);
    const score = scoreChatSet(engine, changed);
    return { rewrite, asked: changed.length, right: score.results.filter((result) => result.right).length };
  });
}
