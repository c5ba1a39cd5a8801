/**
 * Scoring of the chat-style question set (./chat-set.ts), shared by chat-set.test.ts and bench/chat.ts.
 *
 * An answerable question is right when the bot answered, its first citation is the expected article and
 * its excerpt contains the expected fragment (both whitespace-normalised). A trap is right when the bot
 * declined (status 'no_answer'). Only the engine's public answer shape is used.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type AnswerableQuestion, CHAT_STYLES, type ChatQuestion, type ChatStyle } from './chat-set.js';

/** What the scorer reads of an answer (the public `Answer` shape, nothing more). */
export interface ScoredAnswer {
  status: 'answered' | 'no_answer';
  excerpt: string | null;
  citations: ReadonlyArray<{ file: string; passageId: string }>;
  reason?: { message: string };
}

/** Anything that answers questions: the Engine, or a stand-in. */
export interface Asker {
  ask(question: string): ScoredAnswer;
}

/** Why a question was scored wrong, as seen from outside. */
export type ChatMiss =
  | 'declined' // an answerable question got no answer
  | 'wrong article' // answered from the other article
  | 'wrong excerpt' // right article, but the excerpt lacks the fragment
  | 'answered trap'; // a trap was answered

export interface ChatResult {
  question: ChatQuestion;
  /** The text passed to `ask`, exactly. */
  asked: string;
  right: boolean;
  miss?: ChatMiss;
  status: ScoredAnswer['status'];
  /** The first citation's passage id, if any. */
  cited?: string;
  excerpt: string | null;
  reason?: string;
}

export interface Tally {
  right: number;
  total: number;
}

export interface ChatScore {
  results: ChatResult[];
  overall: Tally;
  answerable: Tally;
  traps: Tally;
  byStyle: Record<ChatStyle, Tally>;
  byMiss: Record<ChatMiss, number>;
  /** overall.right / overall.total */
  share: number;
}

export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The questions whose fragment is not verbatim text of their article in `dir`, each said as a line. */
export async function fragmentsNotInArticles(
  questions: readonly AnswerableQuestion[],
  dir: string,
): Promise<string[]> {
  const missing: string[] = [];
  for (const { q, file, fragment } of questions) {
    const text = await readFile(path.join(dir, file), 'utf8');
    if (!text.includes(fragment)) missing.push(`${JSON.stringify(q)}: ${file} lacks "${fragment}"`);
  }
  return missing;
}

/** Scores one answer to one question. */
export function judge(question: ChatQuestion, answer: ScoredAnswer): { right: boolean; miss?: ChatMiss } {
  const answered = answer.status === 'answered';
  if (question.trap) return answered ? { right: false, miss: 'answered trap' } : { right: true };
  if (!answered) return { right: false, miss: 'declined' };
  if (answer.citations[0]?.file !== question.file) return { right: false, miss: 'wrong article' };
  if (!normaliseSpace(answer.excerpt ?? '').includes(normaliseSpace(question.fragment)))
    return { right: false, miss: 'wrong excerpt' };
  return { right: true };
}

/** Asks every question as written and scores the answers. */
export function scoreChatSet(asker: Asker, questions: readonly ChatQuestion[]): ChatScore {
  const tally = (): Tally => ({ right: 0, total: 0 });
  const score: ChatScore = {
    results: [],
    overall: tally(),
    answerable: tally(),
    traps: tally(),
    byStyle: Object.fromEntries(CHAT_STYLES.map((style) => [style, tally()])) as Record<ChatStyle, Tally>,
    byMiss: { declined: 0, 'wrong article': 0, 'wrong excerpt': 0, 'answered trap': 0 },
    share: 0,
  };
  for (const question of questions) {
    const asked = question.q;
    const answer = asker.ask(asked);
    const { right, miss } = judge(question, answer);
    score.results.push({
      question,
      asked,
      right,
      ...(miss ? { miss } : {}),
      status: answer.status,
      ...(answer.citations[0] ? { cited: answer.citations[0].passageId } : {}),
      excerpt: answer.excerpt,
      ...(answer.reason ? { reason: answer.reason.message } : {}),
    });
    const counted = [score.overall, question.trap ? score.traps : score.answerable];
    if (!question.trap) counted.push(score.byStyle[question.style]);
    for (const t of counted) {
      t.total += 1;
      if (right) t.right += 1;
    }
    if (miss) score.byMiss[miss] += 1;
  }
  score.share = score.overall.total === 0 ? 0 : score.overall.right / score.overall.total;
  return score;
}

function fraction({ right, total }: Tally): string {
  return `${right}/${total} (${total === 0 ? '-' : (right / total).toFixed(3)})`;
}

function clip(text: string, max: number): string {
  const flat = normaliseSpace(text);
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** The totals: overall, answerable, traps declined, by style, by kind of miss. */
export function formatTotals(score: ChatScore): string {
  const styles = CHAT_STYLES.filter((style) => score.byStyle[style].total > 0)
    .map((style) => `${style} ${fraction(score.byStyle[style])}`)
    .join(', ');
  const misses = Object.entries(score.byMiss)
    .filter(([, n]) => n > 0)
    .map(([miss, n]) => `${miss} ${n}`)
    .join(', ');
  return [
    `chat set: right ${fraction(score.overall)}`,
    `  answerable right ${fraction(score.answerable)}; traps declined ${fraction(score.traps)}`,
    `  by style: ${styles}`,
    `  misses: ${misses || 'none'}`,
  ].join('\n');
}

/**
 * One line per wrong answer (every answer with `all`): the miss, the question, what was expected, and what
 * the bot quoted (with its passage) or why it declined. `width` clips the quoted text (0: no clipping).
 */
export function formatResults(score: ChatScore, { all = false, width = 160 } = {}): string {
  const clipped = (text: string) => (width > 0 ? clip(text, width) : normaliseSpace(text));
  const lines: string[] = [];
  for (const result of score.results) {
    if (result.right && !all) continue;
    const { question } = result;
    const mark = result.right ? 'ok' : (result.miss ?? 'wrong');
    const kind = question.trap ? 'trap' : question.style;
    lines.push(`[${mark}] (${kind}) ${JSON.stringify(result.asked)}`);
    lines.push(
      question.trap
        ? `    expected: no answer (${question.why})`
        : `    expected: ${question.file} "${question.fragment}"`,
    );
    lines.push(
      result.status === 'answered'
        ? `    quoted:   ${result.cited ?? '?'} "${clipped(result.excerpt ?? '')}"`
        : `    declined: ${result.reason ?? ''}`,
    );
  }
  return lines.join('\n');
}

/** A compact table of the wrong answers, one row each: miss | kind | question | expected | got. */
export function formatFailureTable(score: ChatScore): string {
  const rows = score.results
    .filter((result) => !result.right)
    .map((result) => {
      const { question } = result;
      const got =
        result.status === 'answered'
          ? `${result.cited ?? '?'} "${clip(result.excerpt ?? '', 60)}"`
          : 'declined';
      return [
        result.miss ?? 'wrong',
        question.trap ? 'trap' : question.style,
        clip(result.asked, 50),
        question.trap ? 'no answer' : `"${clip(question.fragment, 40)}"`,
        got,
      ];
    });
  if (rows.length === 0) return 'no failures';
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows
    .map((row) => row.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]!) : cell)).join(' | '))
    .join('\n');
}
