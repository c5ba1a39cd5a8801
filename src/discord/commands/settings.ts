/**
 * /settings — this server's own settings, for server managers, only to them: answer channels, forum channels
 * (and whether a post the articles do not answer gets a reply), answers in threads, the cooldown and the roles
 * that may manage the corpus. Stored in the database; a value never set is the environment's default.
 */
import {
  ChannelType,
  type ChatInputCommandInteraction,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';
import { type ListSetting, resolveSettings, SettingsError, type Store } from '../../db/index.js';
import { MAX_COOLDOWN_SECONDS } from '../../db/server-settings.js';
import { isServerManager } from '../permissions.js';
import { notices } from '../render/notices.js';
import { renderSettings } from '../render/settings.js';
import { replyNotice, sendReply } from '../respond.js';
import type { Command } from './command.js';

/** Subcommand group -> the list it edits, the option it takes, and how the list is named in replies. */
const LISTS = {
  'answer-channels': { list: 'answerChannels', option: 'channel', label: 'answer channels' },
  'forum-channels': { list: 'forumChannels', option: 'channel', label: 'forum channels' },
  threads: { list: 'threadChannels', option: 'channel', label: 'channels answered in threads' },
  'manager-roles': { list: 'managerRoleIds', option: 'role', label: 'corpus manager roles' },
} as const satisfies Record<string, { list: ListSetting; option: 'channel' | 'role'; label: string }>;
type Group = keyof typeof LISTS;

const TEXT_CHANNELS = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

function channelSub(name: string, description: string, types: readonly ChannelType[]) {
  return (sub: SlashCommandSubcommandBuilder) =>
    sub
      .setName(name)
      .setDescription(description)
      .addChannelOption((option) =>
        option
          .setName('channel')
          .setDescription('The channel')
          .setRequired(true)
          .addChannelTypes(...(types as ChannelType.GuildText[])),
      );
}

function roleSub(name: string, description: string) {
  return (sub: SlashCommandSubcommandBuilder) =>
    sub
      .setName(name)
      .setDescription(description)
      .addRoleOption((option) => option.setName('role').setDescription('The role').setRequired(true));
}

export const settings: Command = {
  data: new SlashCommandBuilder()
    .setName('settings')
    .setDescription("This server's settings for the bot (only you see them).")
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) => sub.setName('show').setDescription('Show what applies in this server.'))
    .addSubcommandGroup((group) =>
      group
        .setName('answer-channels')
        .setDescription('Channels where every question is answered without a mention.')
        .addSubcommand(channelSub('add', 'Answer every question in this channel.', TEXT_CHANNELS))
        .addSubcommand(channelSub('remove', 'Stop answering unmentioned questions here.', TEXT_CHANNELS)),
    )
    .addSubcommandGroup((group) =>
      group
        .setName('forum-channels')
        .setDescription('Forums whose new posts are answered in their thread.')
        .addSubcommand(channelSub('add', 'Answer new posts in this forum.', [ChannelType.GuildForum]))
        .addSubcommand(channelSub('remove', 'Stop answering posts in this forum.', [ChannelType.GuildForum]))
        .addSubcommand((sub) =>
          sub
            .setName('reply-when-no-answer')
            .setDescription('Reply “not in the articles” to a post the articles do not answer.')
            .addBooleanOption((option) =>
              option.setName('enabled').setDescription('On or off').setRequired(true),
            ),
        ),
    )
    .addSubcommandGroup((group) =>
      group
        .setName('threads')
        .setDescription('Channels whose questions are answered in a new thread.')
        .addSubcommand(channelSub('add', 'Answer questions here in a new thread.', TEXT_CHANNELS))
        .addSubcommand(channelSub('remove', 'Answer questions here in place again.', TEXT_CHANNELS)),
    )
    .addSubcommand((sub) =>
      sub
        .setName('cooldown')
        .setDescription('Seconds before a member gets one more question after a few in a row.')
        .addIntegerOption((option) =>
          option
            .setName('seconds')
            .setDescription(`0 to ${MAX_COOLDOWN_SECONDS}`)
            .setRequired(true)
            .setMinValue(0)
            .setMaxValue(MAX_COOLDOWN_SECONDS),
        ),
    )
    .addSubcommandGroup((group) =>
      group
        .setName('manager-roles')
        .setDescription('Roles whose members may manage the articles (/corpus).')
        .addSubcommand(roleSub('add', 'Let this role manage the articles.'))
        .addSubcommand(roleSub('remove', 'Stop this role managing the articles.')),
    )
    .addSubcommand((sub) => sub.setName('reset').setDescription('Every setting back to the bot’s defaults.')),

  async execute(interaction, ctx) {
    if (!interaction.inGuild()) return replyNotice(interaction, notices.guildOnly());
    if (!isServerManager(interaction.user.id, interaction.memberPermissions, ctx.config.ADMIN_USER_IDS)) {
      ctx.logger.info({ guildId: interaction.guildId, userId: interaction.user.id }, 'settings refused');
      return replyNotice(interaction, notices.notManager());
    }
    if (!ctx.store) return replyNotice(interaction, notices.noDatabase('/settings'));
    try {
      const change = await apply(interaction, ctx.store);
      if (change) ctx.logger.info({ guildId: interaction.guildId, change }, 'settings changed');
      const guildId = interaction.guildId;
      const stored = await ctx.store.settings.get(guildId); // read afresh (and cached for the next event)
      const resolved = resolveSettings(stored, ctx.config);
      ctx.limiter.setServerCooldown(guildId, resolved.cooldownSeconds);
      await sendReply(
        interaction,
        renderSettings(resolved, stored, { change, messageContent: ctx.messageContent }),
      );
    } catch (error) {
      if (!(error instanceof SettingsError)) throw error;
      await replyNotice(interaction, `That setting was not changed: ${error.message}`);
    }
  },
};

/** Applies the subcommand's change; returns a sentence saying what changed (undefined for `show`). */
async function apply(
  interaction: ChatInputCommandInteraction<'cached' | 'raw'>,
  store: Store,
): Promise<string | undefined> {
  const guildId = interaction.guildId;
  const group = interaction.options.getSubcommandGroup(false) as Group | null;
  const sub = interaction.options.getSubcommand(true);
  if (group && (sub === 'add' || sub === 'remove')) {
    const { list, option, label } = LISTS[group];
    const id = String(interaction.options.get(option, true).value);
    const shown = option === 'channel' ? `<#${id}>` : `<@&${id}>`;
    if (sub === 'add') {
      await store.settings.addTo(guildId, list, [id]);
      return `Added ${shown} to the ${label}.`;
    }
    await store.settings.removeFrom(guildId, list, [id]);
    return `Removed ${shown} from the ${label}.`;
  }
  if (sub === 'reply-when-no-answer') {
    const enabled = interaction.options.getBoolean('enabled', true);
    await store.settings.update(guildId, { forumReplyWhenNoAnswer: enabled });
    return enabled
      ? 'A forum post the articles do not answer now gets a short reply.'
      : 'A forum post the articles do not answer now gets no reply.';
  }
  if (sub === 'cooldown') {
    const seconds = interaction.options.getInteger('seconds', true);
    await store.settings.update(guildId, { cooldownSeconds: seconds });
    return `Cooldown set to ${seconds} s.`;
  }
  if (sub === 'reset') {
    await store.settings.reset(guildId);
    return 'Every setting is back to the bot’s defaults.';
  }
  return undefined;
}
