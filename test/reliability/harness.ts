/**
 * One Citebot for reliability tests: a temp copy of the seed corpus, the real Engine, LoopbackDiscord, the real
 * discord.js client via startBot, commands registered, and every log line captured through a pino stream.
 * Kept separate from test/discord-e2e/harness.ts so the two suites can change independently.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { type Config, loadConfig } from '../../src/config.js';
import { type RunningBot, startBot } from '../../src/discord/bot.js';
import { registerCommands } from '../../src/discord/register-commands.js';
import { Engine } from '../../src/engine.js';
import type { EngineApi } from '../../src/engine-api.js';
import { LoopbackDiscord, type RestCall, type StartOptions } from '../loopback/discord.js';

export const SEED_CORPUS = join(import.meta.dirname, '..', '..', 'corpus');
/** A question the seed corpus answers, and words its excerpt holds. */
export const QUESTION = 'When did ISKP begin relocating operations to Pakistan?';
export const ANSWER_WORDS = 'This marks a clear shift from 2021';

export interface Guild {
  id: string;
  channelId: string;
}

export interface Bot {
  discord: LoopbackDiscord;
  bot: RunningBot;
  engine: Engine;
  config: Config;
  guilds: Guild[];
  corpusDir: string;
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

export interface BotOptions {
  guilds?: number;
  env?: (guilds: Guild[], discord: LoopbackDiscord) => Record<string, string>;
  wrapEngine?: (engine: Engine) => EngineApi;
  loopback?: StartOptions;
  /** Start from this folder (copied) instead of the seed corpus. */
  corpusFrom?: string;
  /** Called with the fresh corpus folder before the engine opens it (to plant bad files). */
  prepare?: (corpusDir: string) => Promise<void>;
  /** Index snapshot path (default: none). */
  indexPath?: string;
}

export async function startBotUnderTest(options: BotOptions = {}): Promise<Bot> {
  const corpusDir = await mkdtemp(join(tmpdir(), 'citebot-rel-'));
  await cp(options.corpusFrom ?? SEED_CORPUS, corpusDir, { recursive: true });
  await options.prepare?.(corpusDir);
  const discord = await LoopbackDiscord.start(options.loopback);
  const guilds = Array.from({ length: options.guilds ?? 1 }, (_, i) =>
    discord.addGuild({ name: `Server ${i + 1}` }),
  );
  const config = loadConfig({
    DISCORD_TOKEN: discord.botToken,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_BASE_URL: discord.apiBase,
    COOLDOWN_SECONDS: '0',
    ...options.env?.(guilds, discord),
  });
  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const engine = await Engine.open({
    corpusDir,
    indexPath: options.indexPath ?? '',
    maxFileBytes: config.MAX_FILE_BYTES,
    maxQuestionChars: config.MAX_QUESTION_CHARS,
    logger,
  });
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

export interface Embed {
  title?: string;
  description?: string;
  url?: string;
  footer?: { text: string };
  author?: { name: string };
  fields?: { name: string; value: string }[];
}

export interface Body {
  content?: string;
  embeds?: Embed[];
  components?: { components: { custom_id?: string; label?: string }[] }[];
  flags?: number;
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[]; replied_user?: boolean };
  message_reference?: { message_id: string };
  choices?: { name: string; value: string }[];
}

/** The message a REST call carries (a callback's `data`, else the body), or undefined for other calls. */
export function bodyOf(call: RestCall): Body | undefined {
  if (call.body === undefined || call.body === null || typeof call.body !== 'object') return undefined;
  const body = call.body as { type?: number; data?: Body } & Body;
  return call.path.endsWith('/callback') ? body.data : body;
}

/** All text a person would read in a message body. */
export function textOf(body: Body): string {
  const parts = [body.content ?? ''];
  for (const embed of body.embeds ?? []) {
    parts.push(
      embed.title ?? '',
      embed.description ?? '',
      embed.footer?.text ?? '',
      embed.author?.name ?? '',
    );
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  for (const row of body.components ?? []) for (const c of row.components) parts.push(c.label ?? '');
  return parts.join('\n');
}

/** REST calls that send or edit a message (replies, callbacks, edits, follow-ups), not typing or registration. */
export function isMessageCall(call: RestCall): boolean {
  if (call.method === 'POST' && /^\/channels\/\d+\/messages$/.test(call.path)) return true;
  if (call.method === 'POST' && call.path.endsWith('/callback')) return true;
  return /^\/webhooks\//.test(call.path) && (call.method === 'POST' || call.method === 'PATCH');
}

/** Mentions that would ping if allowed: @everyone, @here, <@id>, <@!id>, <@&id>. */
export const LIVE_MENTION = /@(?:everyone|here)|<@[!&]?\d+>/gi;

/** The message id a channel reply answers (message_reference). */
export function repliedTo(call: RestCall): string | undefined {
  return bodyOf(call)?.message_reference?.message_id;
}

/** The interaction id of a callback call: /interactions/ID/TOKEN/callback. */
export function interactionOf(call: RestCall): string | undefined {
  return /^\/interactions\/(\d+)\//.exec(call.path)?.[1];
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function logsWith(logs: Record<string, unknown>[], msg: string): Record<string, unknown>[] {
  return logs.filter((line) => line.msg === msg);
}
