/** /search results: the best passages, each as "[n] Title — passage N of M" with a short excerpt. */
import { type APIEmbed, ButtonStyle } from 'discord.js';
import type { SearchHit } from '../../answer/types.js';
import { buttonRows, passageButtons } from './buttons.js';
import { sourceField } from './citations.js';
import { fitRendered, LIMITS } from './limits.js';
import { oneLine, safeText } from './markdown.js';
import { type BotMessage, noPings } from './payload.js';

export const SEARCH_RESULTS_SHOWN = 5;
// Query words not worth bolding in results (the engine reports matched terms for answers, not for searches).
const COMMON_WORDS = new Set([
  'what',
  'when',
  'where',
  'which',
  'does',
  'that',
  'this',
  'with',
  'from',
  'have',
  'they',
  'their',
  'about',
]);

export function renderSearchResults(query: string, hits: readonly SearchHit[]): BotMessage {
  const shown = hits.slice(0, SEARCH_RESULTS_SHOWN);
  const title = fitRendered(`Search: ${oneLine(query)}`, LIMITS.embedTitle, safeText) || 'Search';
  const terms = oneLine(query)
    .split(' ')
    .filter((word) => word.length >= 4 && !COMMON_WORDS.has(word.toLowerCase()));
  const embed: APIEmbed = { title, color: 0x1971c2 };
  if (shown.length === 0) {
    embed.description = 'No passages matched. Try other words, or ask a question with /ask.';
    return { embeds: [embed], components: [], allowedMentions: noPings() };
  }
  embed.fields = shown.map((hit, i) => sourceField(i + 1, hit, terms));
  const buttons = passageButtons(
    shown.map((hit, i) => ({ label: `Passage [${i + 1}]`, passageId: hit.passageId })),
    ButtonStyle.Secondary,
  );
  return { embeds: [embed], components: buttonRows(buttons), allowedMentions: noPings() };
}
