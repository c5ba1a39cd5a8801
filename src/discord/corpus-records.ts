/**
 * What /corpus needs of the server's settings and the database: who may manage the corpus (server managers,
 * or a member with one of the roles set by `/settings manager-roles`), and the upload records kept for each
 * file (name, size, SHA-256, the uploader hashed). A record that cannot be written is logged, never in the way
 * of the upload itself.
 */
import { createHash } from 'node:crypto';
import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from './context.js';
import { isCorpusAdmin, memberRoleIds } from './permissions.js';
import { serverSettingsOf } from './server-settings.js';

export async function mayManageCorpus(
  interaction: ChatInputCommandInteraction | AutocompleteInteraction,
  ctx: BotContext,
): Promise<boolean> {
  const settings = await serverSettingsOf(ctx, interaction.guildId);
  return isCorpusAdmin(interaction.user.id, interaction.memberPermissions, ctx.config.ADMIN_USER_IDS, {
    memberRoleIds: memberRoleIds(interaction.member),
    managerRoleIds: settings.managerRoleIds,
  });
}

export async function recordUpload(
  ctx: BotContext,
  upload: { guildId: string; fileName: string; bytes: Uint8Array; userId: string },
): Promise<void> {
  if (!ctx.store) return;
  try {
    await ctx.store.uploads.record({
      serverId: upload.guildId,
      fileName: upload.fileName,
      bytes: upload.bytes.length,
      sha256: createHash('sha256').update(upload.bytes).digest('hex'),
      uploaderId: upload.userId,
    });
  } catch (error) {
    ctx.logger.warn({ err: error, guildId: upload.guildId }, 'upload record not written');
  }
}

export async function forgetUpload(ctx: BotContext, guildId: string, fileName: string): Promise<void> {
  if (!ctx.store) return;
  try {
    await ctx.store.uploads.remove(guildId, fileName);
  } catch (error) {
    ctx.logger.warn({ err: error, guildId }, 'upload record not deleted');
  }
}
