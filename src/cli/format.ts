/** Answers as a person reads them in a terminal: the excerpt in quotes, then numbered sources. */
import type { Answer, SearchHit } from '../answer/types.js';
import type { Passage } from '../corpus/types.js';
import { escapeRegExp } from '../search/reg-exp.js';

/** "1 passage", "2 passages": a count with its noun, singular for one. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : nouns}`;
}

const BOLD = '\u001b[1m';
const RESET = '\u001b[22m';

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
    if (answer.correctedQuestion) lines.push(`Showing the answer for: ${answer.correctedQuestion}`);
    // Every line of a quote that spans paragraphs is marked, not only its first.
    const quoted = emphasise(answer.excerpt, answer.matchedTerms, colour).split('\n');
    lines.push(...quoted.map((line) => (line.trim() === '' ? '>' : `> ${line}`)), '');
  } else {
    lines.push(answer.reason?.message ?? 'No answer.');
    if (answer.suggestions.length > 0) lines.push(`Did you mean: ${answer.suggestions.join(' / ')}?`);
    if (answer.citations.length > 0) lines.push('');
  }
  if (answer.citations.length > 0) {
    lines.push(answer.status === 'answered' ? 'Sources:' : 'Closest passages:');
  }
  for (const citation of answer.citations) lines.push(`[${citation.n}] ${sourceLine(citation)}`);
  return lines.join('\n');
}

/** Where a passage comes from: "Title — passage 2 of 6 <url> (file#2)". */
export function sourceLine(
  hit: Pick<SearchHit, 'title' | 'passage' | 'total' | 'url' | 'passageId' | 'page'>,
): string {
  const where = `${hit.page !== undefined ? `page ${hit.page}, ` : ''}passage ${hit.passage} of ${hit.total}`;
  return `${hit.title} — ${where}${hit.url ? ` <${hit.url}>` : ''} (${hit.passageId})`;
}

/** A whole passage, for the chat's /passage: where it comes from, then its text. */
export function formatPassage(passage: Passage): string {
  const hit = { ...passage, passage: passage.index, passageId: passage.id };
  return `${sourceLine(hit)}\n\n${passage.text}`;
}

/** Ranked passages (the chat's /sources), numbered, each with a short opening of its text. */
export function formatSources(hits: readonly SearchHit[], width = 160): string {
  return hits
    .map((hit, i) => {
      const flat = hit.text.replace(/\s+/g, ' ').trim();
      const opening = flat.length > width ? `${flat.slice(0, width - 1).trimEnd()}…` : flat;
      return `[${i + 1}] ${sourceLine(hit)}\n    ${opening}`;
    })
    .join('\n');
}

/** The `--json` contract: answer is the excerpt; citations[0] is the passage it came from. */
export function answerJson(answer: Answer): Record<string, unknown> {
  return {
    question: answer.question,
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
    ...(answer.correctedQuestion ? { correctedQuestion: answer.correctedQuestion } : {}),
  };
}
