/** What the gateway sends about the world: READY, GUILD_CREATE, member chunks. */
import type { GatewayHost } from './gateway.js';
import { guildCreatePayload } from './payloads.js';
import type { GuildRecord, World } from './world.js';

export function guildCreateFor(guild: GuildRecord) {
  return guildCreatePayload({
    id: guild.id,
    name: guild.name,
    ownerId: guild.ownerId,
    joinedAt: guild.joinedAt,
    channel: guild.channel,
    otherChannels: guild.otherChannels,
    threads: guild.threads,
    members: [...guild.members.values()],
  });
}

interface MembersRequest {
  guild_id?: unknown;
  query?: unknown;
  user_ids?: unknown;
  nonce?: unknown;
}

/** Answers op 8 (`guild.members.fetch()`), which would otherwise leave the bot waiting for a chunk. */
function membersChunk(world: World, request: MembersRequest) {
  const guildId = String(request.guild_id);
  const guild = world.guilds.get(guildId);
  const wanted = Array.isArray(request.user_ids) ? request.user_ids.map(String) : undefined;
  const query = typeof request.query === 'string' ? request.query.toLowerCase() : '';
  const members = [...(guild?.members.values() ?? [])].filter((member) =>
    wanted ? wanted.includes(member.user.id) : member.user.username.toLowerCase().startsWith(query),
  );
  return {
    guild_id: guildId,
    members,
    chunk_index: 0,
    chunk_count: 1,
    not_found: wanted?.filter((id) => !members.some((member) => member.user.id === id)) ?? [],
    nonce: request.nonce,
  };
}

export function gatewayHost(world: World): GatewayHost {
  return {
    token: world.botToken,
    // Every guild starts unavailable in READY; discord.js waits for each one's GUILD_CREATE before "ready".
    readyData: (sessionId, shard) => ({
      v: 10,
      user: { ...world.botUser, verified: true, mfa_enabled: false },
      guilds: [...world.guilds.keys()].map((id) => ({ id, unavailable: true })),
      session_id: sessionId,
      resume_gateway_url: world.gatewayUrl,
      shard,
      application: { id: world.applicationId, flags: 0 },
    }),
    guildCreates: () => [...world.guilds.values()].map(guildCreateFor),
    membersChunk: (request) => membersChunk(world, request),
  };
}
