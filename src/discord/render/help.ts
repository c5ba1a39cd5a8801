/** /help: how to ask, and what the articles hold. */
import type { APIEmbed } from 'discord.js';
import type { Article } from '../../corpus/types.js';
import { truncateWords } from './limits.js';
import { oneLine, safeText } from './markdown.js';
import { type BotMessage, ephemeral, noPings } from './payload.js';

const TITLES_SHOWN = 5;

const USAGE = [
  'I answer questions with excerpts quoted word for word from the articles I have, and say where each one is from.',
  '',
  '**Ask**: mention me with a question, reply to one of my answers, send me a direct message, or use `/ask`.',
  '`/ask question:` — `hide:` shows the answer only to you, `mention:` pings one person with it.',
  '`/search query:` — the best matching passages.',
  '`/passage id:` — a whole passage, with its article and position.',
  '`/corpus add | list | remove | reload | alias` — for server managers: this server’s own articles, and names it should know (`/corpus alias add name:ISIS means:Islamic State`).',
  '`/insights show | purge` — for server managers: what was asked in the last 7 or 30 days, what the articles did not answer, votes, and a CSV; `purge` deletes it.',
  '`/settings` — for server managers: answer channels, forum channels, answers in threads, the cooldown and corpus manager roles.',
  'Under each answer, **Helpful** / **Not helpful** tell the server’s managers how it did (one vote each, you can change it).',
].join('\n');

/** `visible`: the articles this server (or DM) can see; counts come from them, so no other server's leak. */
export function renderHelp(visible: readonly Article[], answerChannels: boolean): BotMessage {
  const passages = visible.reduce((sum, article) => sum + article.passages.length, 0);
  const titles = visible
    .slice(0, TITLES_SHOWN)
    .map((article) => `• ${safeText(truncateWords(oneLine(article.title) || article.file, 120))}`);
  const more = visible.length > TITLES_SHOWN ? [`…and ${visible.length - TITLES_SHOWN} more`] : [];
  const corpus =
    visible.length === 0
      ? 'I have no articles yet.'
      : [
          `${visible.length} article${visible.length === 1 ? '' : 's'} (${passages} passages in all), including:`,
          ...titles,
          ...more,
        ].join('\n');
  const embed: APIEmbed = {
    title: 'Citebot help',
    color: 0x1971c2,
    description: answerChannels
      ? `${USAGE}\nIn answer channels I also reply to any message that reads as a question.`
      : USAGE,
    fields: [{ name: 'What I know', value: truncateWords(corpus, 1024) }],
  };
  return ephemeral({ embeds: [embed], allowedMentions: noPings() });
}
