/**
 * /insights show [days] — for server managers, only to them: the last 7 or 30 days of this server's questions
 * (asked, share answered, the unanswered ones grouped, answers voted not helpful, the most cited articles)
 * with the window as a CSV attachment. /insights purge confirm:True — deletes this server's question log and
 * votes at once (PRIVACY.md); without `confirm`, a button asks first (clicked by a server manager, it deletes).
 */
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import type { BotContext } from '../context.js';
import { isServerManager } from '../permissions.js';
import {
  renderInsights,
  renderPurgeConfirm,
  renderPurged,
  renderPurgeNotConfirmed,
} from '../render/insights.js';
import { asEdit } from '../render/payload.js';
import { notices } from '../render/notices.js';
import { deferEphemeral, replyNotice, sendReply } from '../respond.js';
import type { Command } from './command.js';

export const insights: Command = {
  data: new SlashCommandBuilder()
    .setName('insights')
    .setDescription('What this server asked: questions answered and not, votes, articles cited.')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) =>
      sub
        .setName('show')
        .setDescription('The last 7 or 30 days, only to you, with a CSV of every question.')
        .addIntegerOption((option) =>
          option
            .setName('days')
            .setDescription('How far back (default 7)')
            .addChoices({ name: '7 days', value: 7 }, { name: '30 days', value: 30 }),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('purge')
        .setDescription("Delete this server's logged questions and votes now.")
        .addBooleanOption((option) =>
          option.setName('confirm').setDescription('True to delete them (left out: a button asks first)'),
        ),
    ),

  async execute(interaction, ctx) {
    if (!interaction.inGuild()) return replyNotice(interaction, notices.guildOnly());
    if (!isServerManager(interaction.user.id, interaction.memberPermissions, ctx.config.ADMIN_USER_IDS)) {
      ctx.logger.info({ guildId: interaction.guildId, userId: interaction.user.id }, 'insights refused');
      return replyNotice(interaction, notices.notManager());
    }
    if (!ctx.store) return replyNotice(interaction, notices.noDatabase('/insights'));
    if (interaction.options.getSubcommand(true) === 'purge') return purge(interaction, ctx, ctx.store);
    const days = interaction.options.getInteger('days') === 30 ? 30 : 7;
    await deferEphemeral(interaction); // grouping a month of questions may take a moment
    const guildId = interaction.guildId;
    const [report, csv] = await Promise.all([
      ctx.store.insights.report(guildId, days),
      ctx.store.insights.csv(guildId, days),
    ]);
    const titles = new Map(ctx.engine.listArticles({ guildId }).map((a) => [a.file, a.title] as const));
    await sendReply(interaction, renderInsights(report, csv, titles));
  },
};

async function purge(
  interaction: ChatInputCommandInteraction<'cached' | 'raw'>,
  ctx: BotContext,
  store: NonNullable<BotContext['store']>,
): Promise<void> {
  const confirm = interaction.options.getBoolean('confirm');
  if (confirm === null) {
    await sendReply(interaction, renderPurgeConfirm());
    return;
  }
  if (!confirm) {
    await sendReply(interaction, renderPurgeNotConfirmed());
    return;
  }
  const result = await store.privacy.purgeServer(interaction.guildId);
  ctx.logger.info({ guildId: interaction.guildId, ...result }, 'question log purged by the server');
  await sendReply(interaction, renderPurged(result));
}

/** The confirm button of `/insights purge`: checked again (who clicks may differ), then the reply is edited. */
export async function handlePurgeButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  if (!interaction.inGuild()) return replyNotice(interaction, notices.guildOnly());
  if (!isServerManager(interaction.user.id, interaction.memberPermissions, ctx.config.ADMIN_USER_IDS)) {
    return replyNotice(interaction, notices.notManager());
  }
  if (!ctx.store) return replyNotice(interaction, notices.noDatabase('/insights'));
  const result = await ctx.store.privacy.purgeServer(interaction.guildId);
  ctx.logger.info({ guildId: interaction.guildId, ...result }, 'question log purged by the server');
  await interaction.update(asEdit(renderPurged(result)));
}
