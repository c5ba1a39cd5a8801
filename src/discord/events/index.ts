/** Every client event the bot listens to. */
import type { Client } from 'discord.js';
import type { BotContext } from '../context.js';
import {
  clientError,
  clientWarning,
  shardDisconnected,
  shardReady,
  shardReconnecting,
  shardResumed,
} from './connection.js';
import { listen } from './event.js';
import { guildJoined, guildLeft } from './guilds.js';
import { interactionCreate } from './interaction-create.js';
import { messageCreate } from './message-create.js';
import { ready } from './ready.js';
import { threadCreate } from './thread-create.js';

export function registerEvents(client: Client, ctx: BotContext): void {
  listen(client, ctx, ready);
  listen(client, ctx, guildJoined);
  listen(client, ctx, guildLeft);
  listen(client, ctx, interactionCreate);
  listen(client, ctx, messageCreate);
  listen(client, ctx, threadCreate);
  listen(client, ctx, shardReady);
  listen(client, ctx, shardDisconnected);
  listen(client, ctx, shardReconnecting);
  listen(client, ctx, shardResumed);
  listen(client, ctx, clientError);
  listen(client, ctx, clientWarning);
}
