/** SHARD_COUNT and SHARD_IDS read and checked together (src/discord/shards.ts), and the recommended count. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { recommendedShardCount, shardPlan } from '../../src/discord/shards.js';
import { LoopbackDiscord } from '../loopback/discord.js';

const plan = (env: Record<string, string>) => shardPlan(loadConfig(env));

describe('shard settings', () => {
  it('reads a count, auto, and the ids this machine runs', () => {
    expect(loadConfig({}).SHARD_COUNT).toBeUndefined();
    expect(plan({ SHARD_COUNT: 'auto' })).toEqual({ count: 'auto', ids: undefined });
    expect(plan({ SHARD_COUNT: '4' })).toEqual({ count: 4, ids: undefined });
    expect(plan({ SHARD_COUNT: '4', SHARD_IDS: '3, 1,1' })).toEqual({ count: 4, ids: [1, 3] });
  });

  it('refuses a bad count, ids with auto, and ids past the count', () => {
    expect(() => loadConfig({ SHARD_COUNT: 'many' })).toThrow(/SHARD_COUNT: must be a number of shards/);
    expect(() => loadConfig({ SHARD_COUNT: '0' })).toThrow(/SHARD_COUNT/);
    expect(() => loadConfig({ SHARD_COUNT: '2', SHARD_IDS: 'a' })).toThrow(/SHARD_IDS/);
    expect(() => plan({ SHARD_COUNT: 'auto', SHARD_IDS: '0' })).toThrow(/numeric SHARD_COUNT/);
    expect(() => plan({ SHARD_COUNT: '2', SHARD_IDS: '0,2' })).toThrow(/SHARD_IDS 2/);
  });

  it("asks DISCORD_API_BASE_URL's GET /gateway/bot for auto", async () => {
    const discord = await LoopbackDiscord.start({ shards: 3 });
    try {
      const settings = { DISCORD_API_BASE_URL: discord.apiBase, DISCORD_TOKEN: discord.botToken };
      expect(await recommendedShardCount(settings)).toBe(3);
      await expect(recommendedShardCount({ ...settings, DISCORD_TOKEN: 'nope' })).rejects.toMatchObject({
        status: 401,
      });
    } finally {
      await discord.stop();
    }
  });
});
