/**
 * Registers the slash commands with Discord: `npm run register-commands`. Globally by default (can take up to
 * an hour to show everywhere), or to DEV_GUILD_ID only (instant, for development).
 * Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID; talks to DISCORD_API_BASE_URL.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import type { Config } from '../config.js';
import { commands, messageCommands } from './commands/index.js';

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
      body: [
        ...commands.map((command) => command.data.toJSON()),
        ...messageCommands.map((command) => command.data.toJSON()),
      ],
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

const USAGE = `usage: npm run register-commands
  registers the slash commands (${commands.map((command) => `/${command.data.name}`).join(', ')}) and the
  message command "${messageCommands.map((command) => command.data.name).join('", "')}" with Discord
  needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (https://discord.com/developers/applications: the Bot page
  and General Information); with DEV_GUILD_ID only in that server (instant), else globally (up to an hour)`;

async function runFromCommandLine(): Promise<void> {
  const { fail, parseFlags } = await import('../cli/args.js');
  parseFlags(process.argv.slice(2), { usage: USAGE, allowed: ['help'], positionals: false });
  const { readSettings } = await import('../cli/open-engine.js');
  const { createLogger } = await import('../logger.js');
  const config = readSettings();
  const missing = (['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'] as const).filter((name) => !config[name]);
  if (missing.length > 0) {
    fail(
      `Registering commands needs ${missing.join(' and ')} (in .env or the environment): ` +
        'see https://discord.com/developers/applications (Bot > Reset Token; General Information > Application ID).',
    );
  }
  const logger = createLogger(config.LOG_LEVEL);
  try {
    const registration = await registerCommands(config);
    logger.info(registration, 'slash commands registered');
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 401) {
      fail(
        'Discord refused DISCORD_TOKEN (401 Unauthorized): get a new one at https://discord.com/developers/applications > Bot > Reset Token.',
      );
    }
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    fail(
      `Registering slash commands failed: ${cause ?? (error instanceof Error ? error.message : String(error))}.`,
      1,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runFromCommandLine();
}
