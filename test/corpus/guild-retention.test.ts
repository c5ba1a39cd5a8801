/** Servers left: their folder is deleted after the retention period, not before, and never once rejoined. */
import { mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  GuildRetention,
  LEFT_GUILDS_FILE,
  ownedByThisShard,
} from '../../src/corpus/guild-retention.js';
import { OVERRIDES_FILE } from '../../src/corpus/overrides.js';
import { useTempDirs } from './temp-dir.js';

const A = '111111111111111111';
const B = '222222222222222222';

describe('GuildRetention', () => {
  const tempDir = useTempDirs();

  async function corpusWith(...guilds: string[]): Promise<string> {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'global.txt'), 'A global article.\n');
    for (const id of guilds) {
      await mkdir(path.join(dir, 'guilds', id), { recursive: true });
      await writeFile(path.join(dir, 'guilds', id, 'notes.txt'), `Notes of ${id}.\n`);
    }
    return dir;
  }
  const exists = (file: string) =>
    stat(file).then(
      () => true,
      () => false,
    );

  it('keeps a left server’s files for the retention period, then deletes them (and only them)', async () => {
    const dir = await corpusWith(A, B);
    await writeFile(
      path.join(dir, OVERRIDES_FILE),
      JSON.stringify({ [`guilds/${A}/notes.txt`]: { title: 'A secret' }, 'global.txt': { title: 'G' } }),
    );
    let now = Date.parse('2026-01-01T00:00:00Z');
    const deleted: string[] = [];
    const retention = new GuildRetention({
      corpusDir: dir,
      retentionDays: 30,
      now: () => now,
      onDeleted: (id) => void deleted.push(id),
    });
    expect(await retention.left(A)).toEqual([]);
    expect(await retention.pending()).toEqual({ [A]: { leftAt: '2026-01-01T00:00:00.000Z' } });
    now += 29 * DAY_MS;
    expect(await retention.sweep()).toEqual([]);
    expect(await exists(path.join(dir, 'guilds', A, 'notes.txt'))).toBe(true);
    // A restart (a new instance) remembers the departure.
    now += DAY_MS;
    const restarted = new GuildRetention({ corpusDir: dir, retentionDays: 30, now: () => now });
    expect(await restarted.sweep([B])).toEqual([A]);
    expect(await exists(path.join(dir, 'guilds', A))).toBe(false);
    expect(await exists(path.join(dir, 'guilds', B, 'notes.txt'))).toBe(true);
    expect(await exists(path.join(dir, 'global.txt'))).toBe(true);
    expect(await restarted.pending()).toEqual({});
    expect(JSON.parse(await readFile(path.join(dir, OVERRIDES_FILE), 'utf8'))).toEqual({
      'global.txt': { title: 'G' },
    });
    expect(JSON.parse(await readFile(path.join(dir, LEFT_GUILDS_FILE), 'utf8'))).toEqual({});
  });

  it('rejoining before the period ends cancels the deletion; so does being in the server at a check', async () => {
    const dir = await corpusWith(A, B);
    let now = Date.parse('2026-01-01T00:00:00Z');
    const retention = new GuildRetention({ corpusDir: dir, retentionDays: 30, now: () => now });
    await retention.left(A);
    await retention.left(B);
    now += DAY_MS;
    await retention.rejoined(A);
    now += 60 * DAY_MS;
    expect(await retention.sweep([B])).toEqual([]);
    expect(await retention.pending()).toEqual({});
    expect(await exists(path.join(dir, 'guilds', A, 'notes.txt'))).toBe(true);
    expect(await exists(path.join(dir, 'guilds', B, 'notes.txt'))).toBe(true);
  });

  it("in a shard process judges only its own shards' servers: another's may be back on that shard", async () => {
    // (id >> 22) % 2: 0 and 1.
    const [onZero, onOne] = [String(5_000_000_000n << 22n), String(5_000_000_001n << 22n)];
    const env0 = { SHARDING_MANAGER: 'true', SHARDS: '0', SHARD_COUNT: '2' };
    const env1 = { ...env0, SHARDS: '1' };
    expect(ownedByThisShard({})(onOne)).toBe(true);
    expect([onZero, onOne].map(ownedByThisShard(env0))).toEqual([true, false]);
    expect(ownedByThisShard({ ...env0, SHARDS: '[0,1]' })(onOne)).toBe(true);

    const dir = await corpusWith(onZero, onOne);
    let now = Date.parse('2026-01-01T00:00:00Z');
    const settings = { corpusDir: dir, retentionDays: 30, now: () => now };
    const shard0 = new GuildRetention({ ...settings, owns: ownedByThisShard(env0) });
    const shard1 = new GuildRetention({ ...settings, owns: ownedByThisShard(env1) });
    await shard1.left(onOne);
    await shard0.left(onZero);
    now += 31 * DAY_MS;
    // Shard 0 is in neither server: it deletes its own and leaves shard 1's pending, neither deleted nor cancelled.
    expect(await shard0.sweep([])).toEqual([onZero]);
    expect(await exists(path.join(dir, 'guilds', onOne, 'notes.txt'))).toBe(true);
    expect(Object.keys(await shard0.pending())).toEqual([onOne]);
    // Shard 1 is back in its server (it came back while that shard was down): kept.
    expect(await shard1.sweep([onOne])).toEqual([]);
    expect(await shard1.pending()).toEqual({});
    expect(await exists(path.join(dir, 'guilds', onOne, 'notes.txt'))).toBe(true);
  });

  it('with 0 days, leaving deletes at once; a guilds folder linked outside the corpus is never followed', async () => {
    const dir = await corpusWith(A);
    const retention = new GuildRetention({ corpusDir: dir, retentionDays: 0 });
    expect(await retention.left(A)).toEqual([A]);
    expect(await exists(path.join(dir, 'guilds', A))).toBe(false);

    const outside = await corpusWith(B); // another folder, holding guilds/B/notes.txt
    const linked = await tempDir();
    await symlink(path.join(outside, 'guilds'), path.join(linked, 'guilds'));
    const logs: string[] = [];
    const guarded = new GuildRetention({
      corpusDir: linked,
      retentionDays: 0,
      logger: { info: () => {}, warn: () => {}, error: (_: unknown, msg: string) => void logs.push(msg) } as never,
    });
    expect(await guarded.left(B)).toEqual([]);
    expect(await exists(path.join(outside, 'guilds', B, 'notes.txt'))).toBe(true);
    expect(logs).toEqual(["could not delete a left server's files"]);
  });
});
