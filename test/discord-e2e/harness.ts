/**
 * One Citebot under test: a temp copy of the seed corpus, the real Engine, LoopbackDiscord, the real discord.js
 * client via startBot, commands registered, a guild (or two), and the bot's logs captured.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIMessage } from 'discord.js';
import { pino } from 'pino';
import { type Config, loadConfig } from '../../src/config.js';
import { type RunningBot, startBot } from '../../src/discord/bot.js';
import { registerCommands } from '../../src/discord/register-commands.js';
import { Engine } from '../../src/engine.js';
import type { EngineApi } from '../../src/engine-api.js';
import { LoopbackDiscord, type RestCall } from '../loopback/discord.js';

const SEED_CORPUS = join(import.meta.dirname, '..', '..', 'corpus');

export interface Harness {
  discord: LoopbackDiscord;
  bot: RunningBot;
  engine: Engine;
  config: Config;
  guilds: { id: string; channelId: string }[];
  corpusDir: string;
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

export interface HarnessOptions {
  guilds?: number;
  /** Extra settings (strings, as in the environment); a function gets the guilds (for channel ids). */
  env?:
    | Record<string, string>
    | ((guilds: { id: string; channelId: string }[], discord: LoopbackDiscord) => Record<string, string>);
  /** Wrap the engine the bot sees (to inject failures). */
  wrapEngine?: (engine: Engine) => EngineApi;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const corpusDir = await mkdtemp(join(tmpdir(), 'citebot-e2e-'));
  await cp(SEED_CORPUS, corpusDir, { recursive: true });
  const discord = await LoopbackDiscord.start();
  const guilds = Array.from({ length: options.guilds ?? 1 }, (_, i) =>
    discord.addGuild({ name: `Server ${i + 1}` }),
  );
  const config = loadConfig({
    DISCORD_TOKEN: discord.botToken,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_BASE_URL: discord.apiBase,
    COOLDOWN_SECONDS: '0',
    ...(typeof options.env === 'function' ? options.env(guilds, discord) : options.env),
  });
  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const engine = await Engine.open({ corpusDir, indexPath: '', maxFileBytes: config.MAX_FILE_BYTES, logger });
  await registerCommands(config);
  const bot = await startBot({ config, engine: options.wrapEngine?.(engine) ?? engine, logger });
  return {
    discord,
    bot,
    engine,
    config,
    guilds,
    corpusDir,
    logs,
    async stop() {
      await bot.stop();
      await engine.close();
      await discord.stop();
      await rm(corpusDir, { recursive: true, force: true });
    },
  };
}

/** The message body a REST call carries: a callback's `data`, or the body itself for messages and edits. */
export function messageBody(call: RestCall): MessageBodySeen {
  const body = call.body as { type?: number; data?: MessageBodySeen } & MessageBodySeen;
  return call.path.endsWith('/callback') ? (body.data ?? {}) : body;
}

export interface MessageBodySeen {
  content?: string;
  embeds?: {
    title?: string;
    description?: string;
    url?: string;
    footer?: { text: string };
    fields?: { name: string; value: string }[];
  }[];
  components?: { components: { custom_id?: string; label?: string }[] }[];
  flags?: number;
  allowed_mentions?: { parse?: string[]; users?: string[]; replied_user?: boolean };
  message_reference?: { message_id: string; fail_if_not_exists?: boolean };
  choices?: { name: string; value: string }[];
}

export function customIdsOf(body: MessageBodySeen): string[] {
  return (body.components ?? []).flatMap((row) =>
    row.components.flatMap((button) => (button.custom_id ? [button.custom_id] : [])),
  );
}

export const EPHEMERAL = 64;

/** The message a REST call created (for clicking its buttons). */
export function createdMessage(call: RestCall): APIMessage {
  return call.response as APIMessage;
}

/** All text a person would read in a message body. */
export function textOf(body: MessageBodySeen): string {
  const parts = [body.content ?? ''];
  for (const embed of body.embeds ?? []) {
    parts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  return parts.join('\n');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
