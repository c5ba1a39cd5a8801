/** /settings as a message: what applies in this server, and what a change did. Pure, within Discord's limits. */
import type { APIEmbed } from 'discord.js';
import type { ResolvedSettings, ServerSettings } from '../../db/index.js';
import { LIMITS, truncateWords } from './limits.js';
import { type BotMessage, ephemeral, noPings } from './payload.js';

const MAX_SHOWN = 20;

/** `<#id>` / `<@&id>` mentions (they ping nobody: allowed_mentions is empty), "none" when empty. */
function mentions(ids: readonly string[], kind: 'channel' | 'role'): string {
  if (ids.length === 0) return 'none';
  const shown = ids.slice(0, MAX_SHOWN).map((id) => (kind === 'channel' ? `<#${id}>` : `<@&${id}>`));
  const more = ids.length > MAX_SHOWN ? ` …and ${ids.length - MAX_SHOWN} more` : '';
  return `${shown.join(' ')}${more}`;
}

export function renderSettings(
  resolved: ResolvedSettings,
  stored: ServerSettings,
  options: { change?: string; messageContent?: boolean } = {},
): BotMessage {
  const fromEnv = (isDefault: boolean) => (isDefault ? ' (the bot’s default)' : '');
  const lines = [
    `**Answer channels** (every question answered, no mention needed): ${mentions(resolved.answerChannels, 'channel')}` +
      fromEnv(stored.answerChannels === null),
    `**Forum channels** (new posts answered in their thread): ${mentions(resolved.forumChannels, 'channel')}; ` +
      `a post the articles do not answer gets ${resolved.forumReplyWhenNoAnswer ? 'a short “not in the articles” reply' : 'no reply'}`,
    `**Answers in threads** (questions in these channels answered in a new thread): ${mentions(resolved.threadChannels, 'channel')}`,
    `**Cooldown**: one more question every ${resolved.cooldownSeconds} s after ${resolved.cooldownBurst} in a row` +
      fromEnv(stored.cooldownSeconds === null),
    `**Corpus manager roles** (may use /corpus, besides Manage Server): ${mentions(resolved.managerRoleIds, 'role')}`,
  ];
  if (options.messageContent === false && resolved.answerChannels.length > 0) {
    lines.push(
      '',
      '⚠️ The bot cannot read message text (the Message Content intent is off), so answer channels stay quiet ' +
        'until the bot’s owner enables it; mentions still work.',
    );
  }
  const embed: APIEmbed = {
    title: 'Settings for this server',
    color: 0x1971c2,
    description: truncateWords(lines.join('\n'), LIMITS.embedDescription),
    footer: { text: 'Change them with /settings …; only members with Manage Server can.' },
  };
  const content = options.change ? truncateWords(options.change, LIMITS.content) : undefined;
  return ephemeral({ ...(content ? { content } : {}), embeds: [embed], allowedMentions: noPings() });
}
