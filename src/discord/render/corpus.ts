/** Replies for /corpus: list, add, remove, reload, and alias add / list / remove. */
import type { APIEmbed } from 'discord.js';
import type { Article } from '../../corpus/types.js';
import type { AliasEntry, CorpusStats } from '../../engine-api.js';
import { ownFileName } from './choices.js';
import { LIMITS, truncateWords } from './limits.js';
import { oneLine, safeText } from './markdown.js';
import { type BotMessage, ephemeral, noPings, textMessage } from './payload.js';

function articleLine(article: Article): string {
  const title = safeText(truncateWords(oneLine(article.title) || ownFileName(article), 120));
  const file = safeText(truncateWords(ownFileName(article), 120));
  const count = article.passages.length;
  return `• **${title}** — ${file} (${count} passage${count === 1 ? '' : 's'})`;
}

/** Lines joined until `max` characters, then "…and N more". */
function linesUpTo(lines: string[], max: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const rest = lines.length - i;
    const tail = `\n…and ${rest} more`;
    if (length + line.length + 1 + tail.length > max) return `${kept.join('\n')}${tail}`;
    kept.push(line);
    length += line.length + 1;
  }
  return kept.join('\n');
}

export function renderCorpusList(own: readonly Article[], globalArticles: number): BotMessage {
  const shared = `Everyone also shares ${globalArticles} global article${globalArticles === 1 ? '' : 's'}.`;
  const body =
    own.length === 0
      ? 'This server has not added any articles yet. Add one with /corpus add.'
      : linesUpTo(own.map(articleLine), LIMITS.embedDescription - shared.length - 10);
  const embed: APIEmbed = {
    title: `This server's articles (${own.length})`,
    color: 0x1971c2,
    description: `${body}\n\n${shared}`,
  };
  return ephemeral({ embeds: [embed], allowedMentions: noPings() });
}

export function renderAdded(article: Article): BotMessage {
  const count = article.passages.length;
  const title = safeText(truncateWords(oneLine(article.title) || ownFileName(article), 200));
  const file = safeText(truncateWords(ownFileName(article), 200));
  return textMessage(`Added **${title}** (${count} passage${count === 1 ? '' : 's'}) as ${file}.`, {
    ephemeral: true,
  });
}

export function renderRemoved(article: Article): BotMessage {
  const title = safeText(truncateWords(oneLine(article.title) || ownFileName(article), 200));
  return textMessage(`Removed **${title}** (${safeText(truncateWords(ownFileName(article), 200))}).`, {
    ephemeral: true,
  });
}

export function renderReloaded(stats: CorpusStats): BotMessage {
  const lines = [`Reloaded the articles: ${stats.articles} articles, ${stats.passages} passages.`];
  if (stats.skipped.length > 0) {
    lines.push(`Skipped ${stats.skipped.length} file${stats.skipped.length === 1 ? '' : 's'}:`);
    for (const skipped of stats.skipped.slice(0, 10)) {
      lines.push(
        `• ${safeText(truncateWords(skipped.file, 100))}: ${safeText(truncateWords(oneLine(skipped.reason), 150))}`,
      );
    }
    if (stats.skipped.length > 10) lines.push(`…and ${stats.skipped.length - 10} more`);
  }
  return textMessage(lines.join('\n'), { ephemeral: true });
}

/** An alias as a person reads it: **NAME** = meaning (both escaped, on one line). */
function aliasText(entry: Pick<AliasEntry, 'name' | 'meaning'>): string {
  const name = safeText(truncateWords(oneLine(entry.name), 60));
  return `**${name}** = ${safeText(truncateWords(oneLine(entry.meaning), 220))}`;
}

export function renderAliasAdded(entry: AliasEntry): BotMessage {
  return textMessage(
    `Added the alias ${aliasText(entry)}. Questions using either now find passages that use the other.`,
    { ephemeral: true },
  );
}

export function renderAliasRemoved(entry: AliasEntry): BotMessage {
  return textMessage(`Removed the alias ${aliasText(entry)}.`, { ephemeral: true });
}

/** /corpus alias list: the server's own aliases (with where front-matter ones come from), then the global count. */
export function renderAliasList(own: readonly AliasEntry[], globalAliases: number, max: number): BotMessage {
  const shared = `Everyone also shares ${globalAliases} global alias${globalAliases === 1 ? '' : 'es'}.`;
  const body =
    own.length === 0
      ? 'This server has not taught any aliases yet. Teach one with /corpus alias add.'
      : linesUpTo(
          own.map((entry) => {
            const where = /(^|\/)aliases\.txt$/i.test(entry.file)
              ? ''
              : ` — from ${safeText(truncateWords(ownFileName(entry), 100))}`;
            return `• ${aliasText(entry)}${where}`;
          }),
          LIMITS.embedDescription - shared.length - 10,
        );
  const embed: APIEmbed = {
    title: `This server's aliases (${own.length} of at most ${max})`,
    color: 0x1971c2,
    description: `${body}\n\n${shared}`,
  };
  return ephemeral({ embeds: [embed], allowedMentions: noPings() });
}
