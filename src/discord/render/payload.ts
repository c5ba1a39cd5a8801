/**
 * The message shape every renderer returns: plain data that discord.js sends as-is (message.reply,
 * interaction.reply / editReply / update / followUp). Keeping it plain makes rendering testable without Discord.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { MessageFlags } from 'discord.js';

/** Pings nobody; `users` lists the only people a message may ping (the `/ask mention:` option). */
export interface NoPings {
  parse: [];
  users?: string[];
}

/** A file sent with a message (the /insights CSV). */
export interface BotFile {
  attachment: Buffer;
  name: string;
}

export interface BotMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: NoPings;
  flags?: MessageFlags.Ephemeral;
  files?: BotFile[];
}

/** A fresh allowed-mentions object each time, so no caller can mutate a shared one into pinging. */
export function noPings(): NoPings {
  return { parse: [] };
}

export function textMessage(content: string, options: { ephemeral?: boolean } = {}): BotMessage {
  return {
    content,
    allowedMentions: noPings(),
    ...(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** The message shown only to whoever asked (unless `hide` is false: then as it is). */
export function ephemeral(message: BotMessage, hide = true): BotMessage {
  return hide ? { ...message, flags: MessageFlags.Ephemeral } : message;
}

/** Start the content with `<@id>` and allow pinging that one user only. */
export function mentioning(message: BotMessage, userId: string): BotMessage {
  const mention = `<@${userId}>`;
  const content = message.content ? `${mention} ${message.content}` : mention;
  return { ...message, content, allowedMentions: { parse: [], users: [userId] } };
}

/** Options for editing a message in place (editReply / update): clear what the new message does not set. */
export function asEdit(message: BotMessage) {
  return {
    content: message.content ?? '',
    embeds: message.embeds ?? [],
    components: message.components ?? [],
    allowedMentions: message.allowedMentions,
    ...(message.files ? { files: message.files } : {}),
  };
}

/** Options for message.reply / channel.send, which cannot be ephemeral. */
export function asChannelMessage(message: BotMessage) {
  const { flags: _ephemeralOnlyForInteractions, ...rest } = message;
  return rest;
}
