/**
 * One Citebot under test for the end-to-end suite (the start-up is shared with the reliability suite in
 * test/support/bot-under-test.ts), ways to wait for its replies, and readers of the message bodies it sent.
 */
import type { APIMessage } from 'discord.js';
import { expect } from 'vitest';
import type { Engine } from '../../src/engine.js';
import type { EngineApi } from '../../src/engine-api.js';
import type { InteractionHandle, LoopbackDiscord, RestCall } from '../loopback/discord.js';
import { type Bot, startBotUnderTest } from '../support/bot-under-test.js';

type Invocation = Parameters<LoopbackDiscord['slash']>[0];

/** The bot under test (see test/support/bot-under-test.ts); `logs` holds every log line it wrote, parsed. */
export interface Harness extends Bot {
  /** The body of the bot's answer to an interaction: its reply, or the deferral (see `deferredReply`). */
  reply(handle: InteractionHandle, timeoutMs?: number): Promise<MessageBodySeen>;
  /** Run a slash command (`discord.slash`) and return the body of the bot's reply. */
  slashReply(invocation: Invocation): Promise<MessageBodySeen>;
  /** The choices autocomplete offers (mark the option being typed `focused`). */
  choices(invocation: Invocation): Promise<{ name: string; value: string }[]>;
  /** Deferred ephemerally, then the reply edited in, pinging nobody (all checked): the body of that edit. */
  deferredReply(handle: InteractionHandle): Promise<MessageBodySeen>;
  /** The body of the bot's next message in a channel (a reply to a mention, a DM...). */
  channelMessage(channelId: string, timeoutMs?: number): Promise<MessageBodySeen>;
  /** The body of the bot's reply to a message a user sent (the one that references it). */
  replyToMessage(message: { id: string; channel_id: string }, timeoutMs?: number): Promise<MessageBodySeen>;
}

export interface HarnessOptions {
  guilds?: number;
  /** Extra settings (strings, as in the environment); a function gets the guilds (for channel ids). */
  env?:
    | Record<string, string>
    | ((guilds: { id: string; channelId: string }[], discord: LoopbackDiscord) => Record<string, string>);
  /** Wrap the engine the bot sees (to inject failures). */
  wrapEngine?: (engine: Engine) => EngineApi;
  /** Give the bot a database of its own (see test/support/bot-under-test.ts). */
  database?: boolean;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const { env } = options;
  const bot = await startBotUnderTest({
    guilds: options.guilds,
    env: typeof env === 'function' ? env : () => env ?? {},
    wrapEngine: options.wrapEngine,
    database: options.database,
    tempPrefix: 'citebot-e2e-',
  });
  const { discord } = bot;
  const reply = async (handle: InteractionHandle, timeoutMs?: number) =>
    messageBody(await discord.waitForInteractionReply(handle, timeoutMs));
  return Object.assign(bot, {
    reply,
    slashReply: (invocation: Invocation) => reply(discord.slash(invocation)),
    async choices(invocation: Invocation) {
      const call = await discord.waitForInteractionReply(discord.autocomplete(invocation));
      expect((call.body as { type: number }).type).toBe(8);
      return messageBody(call).choices ?? [];
    },
    async deferredReply(handle: InteractionHandle) {
      const callback = await discord.waitForInteractionReply(handle);
      expect(callback.body).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
      const edit = messageBody(await discord.waitForWebhookEdit(handle));
      expect(edit.allowed_mentions).toEqual({ parse: [] });
      return edit;
    },
    channelMessage: async (channelId: string, timeoutMs?: number) =>
      messageBody(await discord.waitForChannelMessage(channelId, timeoutMs)),
    async replyToMessage(message: { id: string; channel_id: string }, timeoutMs?: number) {
      const call = await discord.waitForCall(
        (c) =>
          c.path === `/channels/${message.channel_id}/messages` &&
          (c.body as MessageBodySeen).message_reference?.message_id === message.id,
        timeoutMs,
      );
      return messageBody(call);
    },
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
