/**
 * Registers the slash commands with Discord: `npm run register-commands`. Globally by default (can take up to
 * an hour to show everywhere), or to DEV_GUILD_ID only (instant, for development).
 * Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID; talks to DISCORD_API_BASE_URL.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import type { Config } from '../config.js';
import { commands } from './commands/index.js';

export interface Registration {
  scope: 'global' | 'guild';
  guildId?: string;
  commands: string[];
}

export async function registerCommands(config: Config): Promise<Registration> {
  const token = config.DISCORD_TOKEN;
  const applicationId = config.DISCORD_APPLICATION_ID;
  if (!token || !applicationId) {
    throw new Error('Registering commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID.');
  }
  const rest = new REST({ api: config.DISCORD_API_BASE_URL }).setToken(token);
  const guildId = config.DEV_GUILD_ID;
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  try {
    const registered = (await rest.put(route, {
      body: commands.map((command) => command.data.toJSON()),
    })) as { name: string }[];
    return {
      scope: guildId ? 'guild' : 'global',
      ...(guildId ? { guildId } : {}),
      commands: registered.map((command) => command.name),
    };
  } finally {
    // The REST client's sweep timers would otherwise keep a one-shot script alive.
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

async function runFromCommandLine(): Promise<void> {
  const dotenv = await import('dotenv');
  dotenv.config({ quiet: true });
  const { loadConfig } = await import('../config.js');
  const { createLogger } = await import('../logger.js');
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
    return;
  }
  const logger = createLogger(config.LOG_LEVEL);
  try {
    const registration = await registerCommands(config);
    logger.info(registration, 'slash commands registered');
  } catch (error) {
    logger.error({ err: error }, 'registering slash commands failed');
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runFromCommandLine();
}
