/** Gateway discovery, users, the application, channels, DMs and typing. */
import { discordError, json, noContent, type Route, unknownChannel } from './router.js';

export const basicRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/gateway/bot',
    auth: true,
    // `shards` is the recommended count (LoopbackDiscord.start's `shards`); `remaining` below the shard count
    // makes discord.js refuse to connect.
    handle: ({ world }) =>
      json({
        url: world.gatewayUrl,
        shards: world.shardCount,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      }),
  },
  { method: 'GET', pattern: '/gateway', auth: false, handle: ({ world }) => json({ url: world.gatewayUrl }) },
  { method: 'GET', pattern: '/users/@me', auth: true, handle: ({ world }) => json(world.botUser) },
  {
    method: 'GET',
    pattern: '/users/:userId',
    auth: true,
    handle: ({ world, params }) => {
      const user = world.userById(params.userId!);
      return user ? json(user) : discordError(404, 10013, 'Unknown User');
    },
  },
  {
    method: 'GET',
    pattern: '/applications/@me',
    auth: true,
    handle: ({ world }) =>
      json({
        id: world.applicationId,
        name: world.botUser.username,
        icon: null,
        description: '',
        bot_public: true,
        bot_require_code_grant: false,
        bot: world.botUser,
        flags: 0,
        verify_key: '0'.repeat(64),
        team: null,
        summary: '',
      }),
  },
  {
    method: 'POST',
    pattern: '/users/@me/channels',
    auth: true,
    handle: ({ world, call }) => {
      const recipientId = (call.body as { recipient_id?: string } | undefined)?.recipient_id ?? '';
      const user = world.userById(recipientId);
      return user ? json(world.dmChannel(user)) : discordError(400, 50033, 'Invalid Recipient(s)');
    },
  },
  {
    method: 'GET',
    pattern: '/channels/:channelId',
    auth: true,
    handle: ({ world, params }) => {
      const channel = world.channel(params.channelId!);
      return channel ? json(channel) : unknownChannel();
    },
  },
  {
    method: 'POST',
    pattern: '/channels/:channelId/typing',
    auth: true,
    handle: ({ world, params }) => (world.channel(params.channelId!) ? noContent() : unknownChannel()),
  },
];
