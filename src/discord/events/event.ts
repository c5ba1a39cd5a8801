/** The shape of an event module, as in discord.js's create-discord-bot template (plus our context). */
import type { Client, ClientEvents } from 'discord.js';
import type { BotContext } from '../context.js';

export interface BotEvent<Name extends keyof ClientEvents> {
  name: Name;
  once?: boolean;
  execute(ctx: BotContext, ...args: ClientEvents[Name]): Promise<void> | void;
}

/**
 * Attach one event. A handler that throws is logged, never left to crash the process (an 'error' event
 * without a listener, or an unhandled rejection, would).
 */
export function listen<Name extends keyof ClientEvents>(
  client: Client,
  ctx: BotContext,
  event: BotEvent<Name>,
): void {
  const run = async (...args: ClientEvents[Name]) => {
    try {
      await event.execute(ctx, ...args);
    } catch (error) {
      ctx.logger.error({ err: error, event: event.name }, 'event handler failed');
    }
  };
  if (event.once) client.once(event.name, run);
  else client.on(event.name, run);
}
