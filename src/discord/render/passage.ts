/** One whole passage (for /passage and "Show full passage"), and the polite "not found, did you mean" reply. */
import type { APIEmbed } from 'discord.js';
import type { SearchHit } from '../../answer/types.js';
import type { Passage } from '../../corpus/types.js';
import { embedLength, fitRendered, LIMITS, truncateWords } from './limits.js';
import { oneLine, safeText, safeUrl } from './markdown.js';
import { type BotMessage, noPings } from './payload.js';

export function renderPassage(passage: Passage): BotMessage {
  const title = fitRendered(oneLine(passage.title) || passage.file, LIMITS.embedTitle, safeText);
  const url = safeUrl(passage.url);
  const embed: APIEmbed = {
    color: 0x1971c2,
    fields: [
      { name: 'Position', value: `passage ${passage.index} of ${passage.total}`, inline: true },
      ...(url ? [{ name: 'Link', value: `[Open article](<${url}>)`, inline: true }] : []),
    ],
    footer: { text: truncateWords(`${passage.file} · passage ${passage.index} of ${passage.total}`, 300) },
  };
  if (title) embed.title = title;
  if (url) embed.url = url;
  const room = Math.min(
    LIMITS.embedDescription,
    LIMITS.embedTotal - embedLength(embed) - SHORTENED_NOTE.length,
  );
  const full = safeText(passage.text);
  const text = full.length <= room ? full : fitRendered(passage.text, room, safeText);
  embed.description = text || '(empty passage)';
  if (text !== full) embed.footer = { text: `${embed.footer!.text}${SHORTENED_NOTE}` };
  return { embeds: [embed], components: [], allowedMentions: noPings() };
}

const SHORTENED_NOTE = ' · shortened to fit Discord';

/** "I couldn't find a passage with id X." plus the closest ids/titles the engine suggests. */
export function renderPassageNotFound(id: string, suggestions: readonly SearchHit[]): BotMessage {
  const shownId = safeText(truncateWords(oneLine(id), 100));
  const lines = [`I couldn't find a passage with the id “${shownId}”.`];
  if (suggestions.length > 0) {
    lines.push('Did you mean:');
    for (const hit of suggestions.slice(0, 5)) {
      const hitTitle = safeText(truncateWords(oneLine(hit.title) || hit.file, 80));
      lines.push(`• ${safeText(hit.passageId)} — ${hitTitle} (passage ${hit.passage} of ${hit.total})`);
    }
  }
  return { content: truncateWords(lines.join('\n'), LIMITS.content), allowedMentions: noPings() };
}
