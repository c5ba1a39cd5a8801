/** Channel messages: send, fetch, edit, delete, react. */
import { messageBodyError } from './limits.js';
import { createBotMessage, editBotMessage, type MessageBody } from './message-factory.js';
import {
  discordError,
  errorReply,
  json,
  noContent,
  type Route,
  unknownChannel,
  unknownMessage,
} from './router.js';

const MESSAGE = '/channels/:channelId/messages/:messageId';
const OWN_REACTION = `${MESSAGE}/reactions/:emoji/@me`;

export const messageRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/channels/:channelId/messages',
    auth: true,
    handle: ({ world, params, call }) => {
      if (!world.channel(params.channelId!)) return unknownChannel();
      const body = (call.body ?? {}) as MessageBody;
      const invalid = messageBodyError(body, { isNew: true, fileCount: call.files.length });
      if (invalid) return errorReply(invalid);
      const result = createBotMessage(world, { channelId: params.channelId!, body, files: call.files });
      return 'error' in result ? errorReply(result.error) : json(result.message);
    },
  },
  {
    method: 'GET',
    pattern: '/channels/:channelId/messages',
    auth: true,
    handle: ({ world, params, call }) => {
      if (!world.channel(params.channelId!)) return unknownChannel();
      const limit = Math.min(Number(call.query.limit ?? 50) || 50, 100);
      const inChannel = [...world.messages.values()].filter(
        (message) => message.channel_id === params.channelId,
      );
      return json(inChannel.reverse().slice(0, limit)); // newest first, like Discord
    },
  },
  {
    method: 'GET',
    pattern: MESSAGE,
    auth: true,
    handle: ({ world, params }) => {
      const message = world.messages.get(params.messageId!);
      return message?.channel_id === params.channelId ? json(message) : unknownMessage();
    },
  },
  {
    method: 'PATCH',
    pattern: MESSAGE,
    auth: true,
    handle: ({ world, params, call }) => {
      const message = world.messages.get(params.messageId!);
      if (!message || message.channel_id !== params.channelId) return unknownMessage();
      if (message.author.id !== world.botUser.id) {
        return discordError(403, 50005, 'Cannot edit a message authored by another user');
      }
      const body = (call.body ?? {}) as MessageBody;
      const invalid = messageBodyError(body, { isNew: false, fileCount: call.files.length });
      if (invalid) return errorReply(invalid);
      return json(editBotMessage(world, message, body, call.files));
    },
  },
  {
    method: 'DELETE',
    pattern: MESSAGE,
    auth: true,
    handle: ({ world, params }) => {
      const message = world.messages.get(params.messageId!);
      if (!message || message.channel_id !== params.channelId) return unknownMessage();
      world.messages.delete(message.id);
      return noContent();
    },
  },
  ...(['PUT', 'DELETE'] as const).map((method): Route => ({
    method,
    pattern: OWN_REACTION,
    auth: true,
    handle: ({ world, params }) => (world.messages.has(params.messageId!) ? noContent() : unknownMessage()),
  })),
];
