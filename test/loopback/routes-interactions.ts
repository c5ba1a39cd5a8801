/**
 * Interaction responses (the callback) and the interaction webhook (edit the original reply, follow-ups).
 * Discord's rules are enforced: 3 s to respond, one response per interaction, callback types that fit the
 * interaction, and `@original` exists only once there is a reply.
 */
import { InteractionResponseType, MessageType } from 'discord.js';
import { autocompleteChoicesError, invalidFormBody, messageBodyError } from './limits.js';
import { createBotMessage, editBotMessage, LOADING_FLAG, type MessageBody } from './message-factory.js';
import {
  discordError,
  errorReply,
  json,
  noContent,
  type RestReply,
  type Route,
  type RouteContext,
  unknownMessage,
} from './router.js';
import type { InteractionKind, InteractionRecord } from './world.js';

const CALLBACK_TYPES_ALLOWED: Record<InteractionKind, number[]> = {
  command: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
  ],
  component: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
  ],
  autocomplete: [InteractionResponseType.ApplicationCommandAutocompleteResult],
};

const EPHEMERAL_FLAG = 64;

const unknownInteraction = (): RestReply => discordError(404, 10062, 'Unknown interaction');
const unknownWebhook = (): RestReply => discordError(404, 10015, 'Unknown Webhook');

interface CallbackBody {
  type?: number;
  data?: MessageBody & { choices?: unknown };
}

/** Applies one callback to the interaction; returns an error reply, or undefined when accepted. */
function applyCallback(
  context: RouteContext,
  interaction: InteractionRecord,
  body: CallbackBody,
): RestReply | undefined {
  const { world, call } = context;
  const type = body.type ?? -1;
  const data = body.data ?? {};
  if (!CALLBACK_TYPES_ALLOWED[interaction.kind].includes(type)) {
    return errorReply(
      invalidFormBody([
        {
          path: ['type'],
          code: 'INTERACTION_RESPONSE_TYPE_INVALID',
          message: 'Invalid interaction response type for this interaction.',
        },
      ]),
    );
  }
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource:
    case InteractionResponseType.DeferredChannelMessageWithSource: {
      const deferred = type === InteractionResponseType.DeferredChannelMessageWithSource;
      if (!deferred) {
        const invalid = messageBodyError(data, { isNew: true, fileCount: call.files.length });
        if (invalid) return errorReply(invalid);
      }
      const result = createBotMessage(world, {
        channelId: interaction.channelId,
        body: deferred ? { flags: (data.flags ?? 0) & EPHEMERAL_FLAG } : data,
        files: deferred ? [] : call.files,
        interaction,
        type: interaction.kind === 'command' ? MessageType.ChatInputCommand : MessageType.Default,
        extraFlags: deferred ? LOADING_FLAG : 0,
      });
      if ('error' in result) return errorReply(result.error);
      interaction.originalMessageId = result.message.id;
      return undefined;
    }
    case InteractionResponseType.UpdateMessage: {
      const invalid = messageBodyError(data, { isNew: false, fileCount: call.files.length });
      if (invalid) return errorReply(invalid);
      const message = world.messages.get(interaction.componentMessageId ?? '');
      if (!message) return unknownMessage();
      editBotMessage(world, message, data, call.files);
      interaction.originalMessageId = message.id;
      return undefined;
    }
    case InteractionResponseType.DeferredMessageUpdate:
      interaction.originalMessageId = interaction.componentMessageId;
      return undefined;
    case InteractionResponseType.ApplicationCommandAutocompleteResult: {
      const invalid = autocompleteChoicesError(data.choices);
      return invalid ? errorReply(invalid) : undefined;
    }
    default:
      return undefined; // a modal: nothing to store
  }
}

/** `?with_response=true`: Discord's interaction callback response object instead of a 204. */
function callbackResponse(context: RouteContext, interaction: InteractionRecord, type: number): RestReply {
  const message = interaction.originalMessageId
    ? context.world.messages.get(interaction.originalMessageId)
    : undefined;
  const flags = message?.flags ?? 0;
  return json({
    interaction: {
      id: interaction.id,
      type: interaction.type,
      activity_instance_id: null,
      response_message_id: message?.id ?? null,
      response_message_loading: message ? (flags & LOADING_FLAG) !== 0 : null,
      response_message_ephemeral: message ? (flags & EPHEMERAL_FLAG) !== 0 : null,
    },
    resource: message ? { type, message } : { type },
  });
}

function webhookInteraction(context: RouteContext): InteractionRecord | undefined {
  const { world, params } = context;
  if (params.applicationId !== world.applicationId) return undefined;
  const interaction = world.interactionByToken(params.token!);
  // The interaction webhook exists once the interaction has been acknowledged.
  return interaction?.callbackType === undefined ? undefined : interaction;
}

function webhookMessageId(interaction: InteractionRecord, messageId: string): string | undefined {
  return messageId === '@original' ? interaction.originalMessageId : messageId;
}

const WEBHOOK_MESSAGE = '/webhooks/:applicationId/:token/messages/:messageId';

export const interactionRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/interactions/:interactionId/:token/callback',
    auth: false,
    handle: (context) => {
      const { world, params, call, interactionResponseWindowMs } = context;
      const interaction = world.interactions.get(params.interactionId!);
      if (!interaction || interaction.token !== params.token) return unknownInteraction();
      // Past the response window Discord has already told the user "The application did not respond".
      if (Date.now() - interaction.createdAt > interactionResponseWindowMs) return unknownInteraction();
      if (interaction.callbackType !== undefined) {
        return discordError(400, 40060, 'Interaction has already been acknowledged.');
      }
      const body = (call.body ?? {}) as CallbackBody;
      const rejected = applyCallback(context, interaction, body);
      if (rejected) return rejected;
      interaction.callbackType = body.type;
      return call.query.with_response === 'true'
        ? callbackResponse(context, interaction, body.type!)
        : noContent();
    },
  },
  {
    method: 'POST',
    pattern: '/webhooks/:applicationId/:token',
    auth: false,
    handle: (context) => {
      const interaction = webhookInteraction(context);
      if (!interaction) return unknownWebhook();
      const { world, call } = context;
      const body = (call.body ?? {}) as MessageBody;
      const invalid = messageBodyError(body, { isNew: true, fileCount: call.files.length });
      if (invalid) return errorReply(invalid);
      const result = createBotMessage(world, {
        channelId: interaction.channelId,
        body,
        files: call.files,
        interaction,
      });
      if ('error' in result) return errorReply(result.error);
      return call.query.wait === 'true' ? json(result.message) : noContent();
    },
  },
  {
    method: 'GET',
    pattern: WEBHOOK_MESSAGE,
    auth: false,
    handle: (context) => {
      const interaction = webhookInteraction(context);
      if (!interaction) return unknownWebhook();
      const message = context.world.messages.get(
        webhookMessageId(interaction, context.params.messageId!) ?? '',
      );
      return message ? json(message) : unknownMessage();
    },
  },
  {
    method: 'PATCH',
    pattern: WEBHOOK_MESSAGE,
    auth: false,
    handle: (context) => {
      const interaction = webhookInteraction(context);
      if (!interaction) return unknownWebhook();
      const { world, call } = context;
      const message = world.messages.get(webhookMessageId(interaction, context.params.messageId!) ?? '');
      if (!message) return unknownMessage();
      const body = (call.body ?? {}) as MessageBody;
      const invalid = messageBodyError(body, { isNew: false, fileCount: call.files.length });
      if (invalid) return errorReply(invalid);
      return json(editBotMessage(world, message, body, call.files, { clearLoading: true }));
    },
  },
  {
    method: 'DELETE',
    pattern: WEBHOOK_MESSAGE,
    auth: false,
    handle: (context) => {
      const interaction = webhookInteraction(context);
      if (!interaction) return unknownWebhook();
      const messageId = webhookMessageId(interaction, context.params.messageId!) ?? '';
      return context.world.messages.delete(messageId) ? noContent() : unknownMessage();
    },
  },
];
