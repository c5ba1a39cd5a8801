/**
 * One Citebot under test for the end-to-end suite (the start-up is shared with the reliability suite in
 * test/support/bot-under-test.ts), and readers of the message bodies the bot sent.
 */
import type { APIMessage } from 'discord.js';
import type { Engine } from '../../src/engine.js';
import type { EngineApi } from '../../src/engine-api.js';
import type { LoopbackDiscord, RestCall } from '../loopback/discord.js';
import { type Bot, startBotUnderTest } from '../support/bot-under-test.js';

/** The bot under test (see test/support/bot-under-test.ts); `logs` holds every log line it wrote, parsed. */
export type Harness = Bot;

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
  const { env } = options;
  return startBotUnderTest({
    guilds: options.guilds,
    env: typeof env === 'function' ? env : () => env ?? {},
    wrapEngine: options.wrapEngine,
    tempPrefix: 'citebot-e2e-',
  });
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
