/**
 * Button custom_ids (<= 100 chars) carry everything a click needs, so buttons keep working after a restart:
 *   passage:<passageId>        show that passage
 *   cite:<n>                   show citation n of the answer (when the passage id is too long to fit)
 *   sources:<page>:<question>  page of further sources; an empty question means "read it from the embed"
 *   vote:<y|n>:<passageId>     "Helpful" / "Not helpful" under an answer (the passage is left out when too long)
 *   insights:purge             confirm `/insights purge` (the server is the interaction's own)
 */
import { LIMITS } from './limits.js';
import { removeZeroWidthSpaces } from './markdown.js';

export type ButtonAction =
  | { kind: 'passage'; passageId: string }
  | { kind: 'cite'; n: number }
  | { kind: 'sources'; page: number; question?: string }
  | { kind: 'vote'; helpful: boolean; passageId?: string }
  | { kind: 'purge' };

export const PURGE_BUTTON_ID = 'insights:purge';

export function passageButtonId(passageId: string, citationNumber?: number): string | undefined {
  const id = `passage:${passageId}`;
  if (id.length <= LIMITS.customId) return id;
  return citationNumber === undefined ? undefined : `cite:${citationNumber}`;
}

export function sourcesButtonId(page: number, question: string): string {
  const id = `sources:${page}:${question}`;
  return id.length <= LIMITS.customId ? id : `sources:${page}:`;
}

/** A vote on an answer; the cited passage rides along when it fits (the question is read from the embed). */
export function voteButtonId(helpful: boolean, passageId: string): string {
  const id = `vote:${helpful ? 'y' : 'n'}:${passageId}`;
  return id.length <= LIMITS.customId ? id : `vote:${helpful ? 'y' : 'n'}:`;
}

export function parseButtonId(customId: string): ButtonAction | undefined {
  if (customId === PURGE_BUTTON_ID) return { kind: 'purge' };
  const [kind, ...rest] = customId.split(':');
  const tail = rest.join(':');
  if (kind === 'passage' && tail) return { kind, passageId: tail };
  if (kind === 'cite' && /^\d{1,3}$/.test(tail)) return { kind, n: Number(tail) };
  if (kind === 'sources') {
    const match = /^(\d{1,3}):([\s\S]*)$/.exec(tail);
    if (!match) return undefined;
    const question = match[2]!;
    return { kind, page: Number(match[1]), ...(question ? { question } : {}) };
  }
  if (kind === 'vote') {
    const match = /^([yn]):([\s\S]*)$/.exec(tail);
    if (!match) return undefined;
    return { kind, helpful: match[1] === 'y', ...(match[2] ? { passageId: match[2] } : {}) };
  }
  return undefined;
}

/** The footer line that keeps an answer's question on the message, for buttons whose id could not hold it. */
export const QUESTION_FOOTER_PREFIX = 'Question: ';

export function questionFromFooter(footerText: string | undefined): string | undefined {
  if (!footerText) return undefined;
  const at = footerText.indexOf(QUESTION_FOOTER_PREFIX);
  if (at < 0) return undefined;
  const question = removeZeroWidthSpaces(footerText.slice(at + QUESTION_FOOTER_PREFIX.length)).trim();
  return question || undefined;
}
