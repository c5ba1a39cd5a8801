/** Every client event the bot listens to. */
import type { Client, ClientEvents } from 'discord.js';
import type { BotContext } from '../context.js';
import {
  clientError,
  clientWarning,
  shardDisconnected,
  shardReady,
  shardReconnecting,
  shardResumed,
} from './connection.js';
import { type BotEvent, listen } from './event.js';
import { guildJoined, guildLeft } from './guilds.js';
import { interactionCreate } from './interaction-create.js';
import { messageCreate } from './message-create.js';
import { ready } from './ready.js';
import { threadCreate } from './thread-create.js';

const events: readonly BotEvent<keyof ClientEvents>[] = [
  ready,
  guildJoined,
  guildLeft,
  interactionCreate,
  messageCreate,
  threadCreate,
  shardReady,
  shardDisconnected,
  shardReconnecting,
  shardResumed,
  clientError,
  clientWarning,
];

export function registerEvents(client: Client, ctx: BotContext): void {
  for (const event of events) listen(client, ctx, event);
}
