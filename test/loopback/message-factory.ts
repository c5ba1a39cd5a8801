/**
 * Turns what the bot sends (a REST body plus uploaded files) into the message Discord would store and
 * return: mentions resolved through `allowed_mentions`, uploads served from the loopback CDN, a reply's
 * referenced message attached.
 */
import {
  type APIAttachment,
  type APIEmbed,
  type APIMessage,
  type APIMessageInteractionMetadata,
  type APIMessageReference,
  type APIUser,
  InteractionType,
  MessageType,
} from 'discord.js';
import type { UploadedFile } from './calls.js';
import { snowflake } from './ids.js';
import type { DiscordErrorBody } from './limits.js';
import { messagePayload } from './payloads.js';
import type { InteractionRecord, World } from './world.js';

export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIMessage['components'];
  attachments?: { id: string | number; filename?: string; description?: string }[];
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[]; replied_user?: boolean };
  message_reference?: {
    message_id?: string;
    channel_id?: string;
    fail_if_not_exists?: boolean;
    type?: number;
  };
  flags?: number;
}

/** Message flag of a deferred reply ("Bot is thinking..."). */
export const LOADING_FLAG = 128;

/** Message flags a sender may set: Suppress Embeds (4), Ephemeral (64), Suppress Notifications (4096). */
const SETTABLE_FLAGS = 4 | 64 | 4096;

const USER_MENTION = /<@!?(\d{15,21})>/g;

/** Users this content actually pings, after `allowed_mentions` (absent means "parse everything"). */
function mentionedUsers(world: World, body: MessageBody, repliedTo: APIMessage | null): APIUser[] {
  const allowed = body.allowed_mentions;
  const ids = new Set<string>();
  for (const match of (body.content ?? '').matchAll(USER_MENTION)) {
    const id = match[1]!;
    if (!allowed || allowed.parse?.includes('users') || allowed.users?.includes(id)) ids.add(id);
  }
  // Replies ping their author unless allowed_mentions says otherwise (replied_user defaults to false there).
  if (repliedTo && (!allowed || allowed.replied_user)) ids.add(repliedTo.author.id);
  return [...ids].flatMap((id) => world.userById(id) ?? []);
}

function pingsEveryone(body: MessageBody): boolean {
  const content = body.content ?? '';
  const allowed = body.allowed_mentions;
  return /@(everyone|here)\b/.test(content) && (!allowed || allowed.parse?.includes('everyone') === true);
}

/** Serves each uploaded `files[N]` part and describes it as Discord would (`attachments[].id` N names it). */
function uploadedAttachments(world: World, body: MessageBody, files: UploadedFile[]): APIAttachment[] {
  return files.map((file) => {
    const index = /\[(\d+)\]/.exec(file.field)?.[1] ?? file.field;
    const meta = body.attachments?.find((attachment) => String(attachment.id) === index);
    const served = world.serveFile(meta?.filename ?? file.filename, file.bytes, file.contentType);
    const attachment: APIAttachment = { ...served };
    if (meta?.description) attachment.description = meta.description;
    return attachment;
  });
}

function normalizeEmbeds(embeds: APIEmbed[] | undefined): APIEmbed[] {
  return (embeds ?? []).map((embed) => ({ type: 'rich' as APIEmbed['type'], ...embed }));
}

export type MessageResult = { message: APIMessage } | { error: DiscordErrorBody };

export interface NewMessage {
  channelId: string;
  body: MessageBody;
  files: UploadedFile[];
  /** Set for interaction responses and follow-ups (sent through the interaction webhook). */
  interaction?: InteractionRecord;
  type?: MessageType;
  extraFlags?: number;
}

/** Creates and stores a message from the bot. */
export function createBotMessage(world: World, spec: NewMessage): MessageResult {
  const { body } = spec;
  let reference: APIMessageReference | undefined;
  let referenced: APIMessage | null | undefined;
  if (body.message_reference?.message_id) {
    referenced = world.messages.get(body.message_reference.message_id) ?? null;
    if (!referenced && body.message_reference.fail_if_not_exists !== false) {
      return {
        error: {
          message: 'Invalid Form Body',
          code: 50035,
          errors: {
            message_reference: {
              _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }],
            },
          },
        },
      };
    }
    reference = {
      type: 0,
      message_id: body.message_reference.message_id,
      channel_id: spec.channelId,
      guild_id: world.guildIdOfChannel(spec.channelId),
    };
  }
  const interaction = spec.interaction;
  const message = messagePayload({
    id: snowflake(),
    channelId: spec.channelId,
    author: world.botUser,
    content: body.content ?? '',
    mentions: mentionedUsers(world, body, referenced ?? null),
    mentionEveryone: pingsEveryone(body),
    embeds: normalizeEmbeds(body.embeds),
    attachments: uploadedAttachments(world, body, spec.files),
    components: body.components ?? [],
    flags: ((body.flags ?? 0) & SETTABLE_FLAGS) | (spec.extraFlags ?? 0),
    type: spec.type ?? (reference ? MessageType.Reply : MessageType.Default),
    reference,
    referencedMessage: referenced,
    webhookId: interaction ? world.applicationId : undefined,
    applicationId: interaction ? world.applicationId : undefined,
    interactionMetadata: interaction ? interactionMetadata(interaction) : undefined,
  });
  world.messages.set(message.id, message);
  return { message };
}

function interactionMetadata(interaction: InteractionRecord): APIMessageInteractionMetadata {
  const owners = { '0': interaction.guildId ?? '0' };
  if (interaction.kind === 'component') {
    return {
      id: interaction.id,
      type: InteractionType.MessageComponent,
      user: interaction.user,
      authorizing_integration_owners: owners,
      interacted_message_id: interaction.componentMessageId ?? '0',
    };
  }
  return {
    id: interaction.id,
    type: InteractionType.ApplicationCommand,
    user: interaction.user,
    authorizing_integration_owners: owners,
  };
}

/** Applies an edit (PATCH body) to a stored message: only the fields the body names change. */
export function editBotMessage(
  world: World,
  message: APIMessage,
  body: MessageBody,
  files: UploadedFile[],
  options: { clearLoading?: boolean } = {},
): APIMessage {
  const edited: APIMessage = { ...message };
  if (body.content !== undefined) edited.content = body.content ?? '';
  if (body.embeds !== undefined) edited.embeds = normalizeEmbeds(body.embeds ?? []);
  if (body.components !== undefined) edited.components = body.components ?? [];
  if (body.content !== undefined || body.allowed_mentions !== undefined) {
    edited.mentions = mentionedUsers(world, { ...body, content: edited.content }, null);
    edited.mention_everyone = pingsEveryone({ ...body, content: edited.content });
  }
  if (body.attachments !== undefined || files.length > 0) {
    const keptIds = new Set((body.attachments ?? []).map((attachment) => String(attachment.id)));
    const kept =
      body.attachments === undefined
        ? message.attachments
        : message.attachments.filter((a) => keptIds.has(a.id));
    edited.attachments = [...kept, ...uploadedAttachments(world, body, files)];
  }
  if (body.flags !== undefined)
    edited.flags = ((message.flags ?? 0) & ~SETTABLE_FLAGS) | (body.flags & SETTABLE_FLAGS);
  const wasLoading = ((message.flags ?? 0) & LOADING_FLAG) !== 0;
  if (wasLoading && options.clearLoading) {
    // The first edit of a deferred reply is the reply itself, not an edit.
    edited.flags = (edited.flags ?? 0) & ~LOADING_FLAG;
  } else {
    edited.edited_timestamp = new Date().toISOString();
  }
  world.messages.set(edited.id, edited);
  return edited;
}
