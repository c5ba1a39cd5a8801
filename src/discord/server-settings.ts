/**
 * The settings that apply in a server, for every event: what it stored with `/settings` (cached by the
 * database layer), else the environment's defaults; without a database, the defaults. Reading them also tells
 * the question limiter the server's cooldown, so a question there refills at the server's rate. Never throws,
 * and never waits more than SETTINGS_WAIT_MS (then the defaults apply to that one event).
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

/** Longest wait for a server's settings (a database that hangs) before the defaults apply to this event. */
export const SETTINGS_WAIT_MS = 1000;

export async function serverSettingsOf(
  ctx: BotContext,
  guildId: string | null | undefined,
): Promise<ResolvedSettings> {
  if (!guildId || !ctx.store) return defaultSettings(ctx.config);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), SETTINGS_WAIT_MS);
  });
  // resolved() never rejects (a database error gives the defaults); a hung one must not cost Discord's 3 s.
  const settings = await Promise.race([ctx.store.settings.resolved(guildId), late]).finally(() =>
    clearTimeout(timer),
  );
  if (!settings) {
    ctx.logger.warn({ guildId }, 'server settings slow to read: using the defaults for this event');
    return defaultSettings(ctx.config);
  }
  ctx.limiter.setServerCooldown(guildId, settings.cooldownSeconds);
  return settings;
}
