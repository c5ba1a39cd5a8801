/** Replying to interactions whatever state they are in (fresh, deferred, replied), and failing politely. */
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { Logger } from '../logger.js';
import { notices } from './render/notices.js';
import { asEdit, type BotMessage, textMessage } from './render/payload.js';

/** Defer when the answer is not ready by then: Discord drops an interaction not answered within 3 s. */
export const DEFER_AFTER_MS = 2000;
/** Discord's window for the first response; after it every response fails with 10062 Unknown interaction. */
export const INTERACTION_WINDOW_MS = 3000;

/** How long ago Discord created the interaction (by its snowflake); NaN when unknown. */
export function waitedMs(interaction: RepliableInteraction, now = Date.now()): number {
  return now - interaction.createdTimestamp;
}

/**
 * Send `message` as the interaction's reply: reply, edit the deferred reply, or follow up. Resolves to the id of
 * the message sent (the question log keeps it, so votes on that message are matched to the question).
 */
export async function sendReply(
  interaction: RepliableInteraction,
  message: BotMessage,
): Promise<string | undefined> {
  if (interaction.deferred && !interaction.replied) {
    return (await interaction.editReply(asEdit(message)))?.id;
  }
  if (interaction.replied) return (await interaction.followUp(message))?.id;
  const response = await interaction.reply({ ...message, withResponse: true });
  return response?.resource?.message?.id;
}

/**
 * Reply with the message `produce` makes, and return what it produced (the message and whatever the caller
 * put beside it); undefined when the interaction had already expired (then nothing is produced or sent). If
 * it is not ready within DEFER_AFTER_MS, defer first (ephemeral when the reply will be: a deferred reply
 * cannot change that later) and edit the deferred reply when it is.
 */
export async function replyWhenReady<Produced extends { message: BotMessage }>(
  interaction: RepliableInteraction,
  produce: () => Produced | Promise<Produced>,
  options: { ephemeral?: boolean; deferAfterMs?: number } = {},
): Promise<(Produced & { messageId: string | undefined }) | undefined> {
  // The engine answers synchronously, so no timer can fire while it works. Let queued events (other questions)
  // run first, then look at the clock: an interaction that has already waited is deferred before work starts.
  await new Promise((resolve) => setImmediate(resolve));
  const waited = waitedMs(interaction);
  // Already past Discord's window (an overloaded bot working through a backlog): nothing can be sent any more,
  // so do no work for it. Answering anyway costs the engine, a refused callback and a refused error reply,
  // which made an overloaded bot fall further behind (fewer answers in time, not more).
  if (waited >= INTERACTION_WINDOW_MS) return undefined;
  const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
  const defer = () => interaction.deferReply(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  if (waited > deferAfterMs / 2) {
    await defer();
    return sent(interaction, await produce());
  }
  const work = Promise.resolve().then(produce);
  work.catch(() => {}); // awaited below; this only keeps a failed defer from leaving it unhandled
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), deferAfterMs);
  });
  const first = await Promise.race([work, late]).finally(() => clearTimeout(timer));
  if (first !== 'late') return sent(interaction, first);
  await defer();
  return sent(interaction, await work);
}

async function sent<Produced extends { message: BotMessage }>(
  interaction: RepliableInteraction,
  produced: Produced,
): Promise<Produced & { messageId: string | undefined }> {
  return Object.assign(produced, { messageId: await sendReply(interaction, produced.message) });
}

/** Defer now (for work known to be slow: downloads, reindexing). */
export async function deferEphemeral(interaction: RepliableInteraction): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
}

export async function replyNotice(interaction: RepliableInteraction, text: string): Promise<void> {
  await sendReply(interaction, textMessage(text, { ephemeral: true }));
}

/** Send a refusal's notice (ephemeral) and return why it was refused, for the log line. */
export async function refuse<Why>(
  interaction: RepliableInteraction,
  refusal: { notice: string; outcome: Why },
): Promise<Why> {
  await replyNotice(interaction, refusal.notice);
  return refusal.outcome;
}

/** Log a handler failure and tell the person politely; a failure to tell them is logged, never thrown. */
export async function replyWithError(
  interaction: RepliableInteraction,
  logger: Logger,
  error: unknown,
): Promise<void> {
  logger.error(
    { err: error, interactionId: interaction.id, guildId: interaction.guildId },
    'interaction handler failed',
  );
  try {
    await replyNotice(interaction, notices.error());
  } catch (replyError) {
    logger.warn({ err: replyError, interactionId: interaction.id }, 'could not send the error reply');
  }
}
