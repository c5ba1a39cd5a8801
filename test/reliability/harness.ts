/**
 * Helpers for reliability tests: the bot under test (test/support/bot-under-test.ts, shared with the
 * end-to-end suite), a seed question with words of its answer, and readers of the REST calls the bot made.
 */
import type { RestCall } from '../loopback/discord.js';
import { type BotOptions, startBotUnderTest as startShared } from '../support/bot-under-test.js';

export { type Bot, type BotOptions, type Guild, SEED_CORPUS } from '../support/bot-under-test.js';

/** A question the seed corpus answers, and words its excerpt holds. */
export const QUESTION = 'When did ISKP begin relocating operations to Pakistan?';
export const ANSWER_WORDS = 'This marks a clear shift from 2021';

export function startBotUnderTest(options: BotOptions = {}) {
  return startShared({ tempPrefix: 'citebot-rel-', ...options });
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
