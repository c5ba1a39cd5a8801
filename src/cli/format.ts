/** Answers as a person reads them in a terminal: the excerpt in quotes, then numbered sources. */
import type { Answer } from '../answer/types.js';

const BOLD = '\u001b[1m';
const RESET = '\u001b[22m';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Bolds matched words on a colour terminal; plain text otherwise. */
export function emphasise(text: string, terms: readonly string[], colour: boolean): string {
  if (!colour || terms.length === 0) return text;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return text.replace(pattern, `${BOLD}$1${RESET}`);
}

export function formatAnswer(answer: Answer, colour = false): string {
  const lines: string[] = [];
  if (answer.status === 'answered' && answer.excerpt) {
    lines.push(`> ${emphasise(answer.excerpt, answer.matchedTerms, colour)}`, '');
  } else {
    lines.push(answer.reason?.message ?? 'No answer.');
    if (answer.suggestions.length > 0) lines.push(`Did you mean: ${answer.suggestions.join(' / ')}?`);
    if (answer.citations.length > 0) lines.push('');
  }
  for (const citation of answer.citations) {
    const where = `passage ${citation.passage} of ${citation.total}`;
    lines.push(
      `[${citation.n}] ${citation.title} — ${where}${citation.url ? ` <${citation.url}>` : ''} (${citation.passageId})`,
    );
  }
  return lines.join('\n');
}

/** The `--json` contract: answer is the excerpt; citations[0] is the passage it came from. */
export function answerJson(answer: Answer): Record<string, unknown> {
  return {
    status: answer.status,
    answer: answer.excerpt,
    citations: answer.citations.map((citation) => ({
      file: citation.file,
      title: citation.title,
      url: citation.url ?? null,
      passage: citation.passageId,
      text: citation.text,
    })),
    ...(answer.reason ? { reason: answer.reason.message } : {}),
    ...(answer.suggestions.length > 0 ? { suggestions: answer.suggestions } : {}),
  };
}
