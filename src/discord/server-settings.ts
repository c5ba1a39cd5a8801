/**
 * The settings that apply in a server, for every event: what it stored with `/settings` (cached by the
 * database layer), else the environment's defaults; without a database, the defaults. Reading them also tells
 * the question limiter the server's cooldown, so a question there refills at the server's rate. Never throws.
 */
import type { Config } from '../config.js';
import type { ResolvedSettings } from '../db/index.js';
import type { BotContext } from './context.js';

/** The environment's settings, as a server that never used `/settings` has them. */
export function defaultSettings(config: Config): ResolvedSettings {
  return {
    answerChannels: config.ANSWER_CHANNELS,
    forumChannels: [],
    forumReplyWhenNoAnswer: false,
    threadChannels: [],
    cooldownSeconds: config.COOLDOWN_SECONDS,
    cooldownBurst: config.COOLDOWN_BURST,
    managerRoleIds: [],
    adminUserIds: config.ADMIN_USER_IDS,
  };
}

export async function serverSettingsOf(
  ctx: BotContext,
  guildId: string | null | undefined,
): Promise<ResolvedSettings> {
  if (!guildId || !ctx.store) return defaultSettings(ctx.config);
  const settings = await ctx.store.settings.resolved(guildId);
  ctx.limiter.setServerCooldown(guildId, settings.cooldownSeconds);
  return settings;
}
