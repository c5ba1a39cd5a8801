/**
 * A shard process's engine (`guildScopes: 'held'`): the global files at open, a server's own files only once
 * `holdGuilds` names it, the servers no longer named dropped (`exclusive`), and the folder watcher ignoring
 * the servers it does not hold. The index snapshot of a shard keeps only what it held.
 */
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { copySeeds, startWatching, useTempDirs, waitFor, writeFiles } from './fixtures.js';

const GUILD_1 = '111111111111111111';
const GUILD_2 = '222222222222222222';
const ORCHARD = `Orchard notes

The Bramblewood orchard planted 340 quince trees in 2021 along the southern slope, where the frost lifts earliest in spring.
`;
const HARBOUR = `Harbour notes

The Saltmarsh harbour dredged its channel to a depth of 9 metres in 2019, so that the grain ships could come alongside.
`;
const ORCHARD_Q = 'How many quince trees did the Bramblewood orchard plant?';
const HARBOUR_Q = 'How deep was the Saltmarsh harbour channel dredged?';

describe("a shard's engine holds only its servers' files", () => {
  const tempDir = useTempDirs('citebot-held-', 'file');
  const opened: Engine[] = [];
  afterEach(async () => {
    for (const engine of opened.splice(0)) await engine.close();
  });

  async function open(dir: string, indexPath = ''): Promise<Engine> {
    const engine = await Engine.open({ corpusDir: dir, indexPath, vectorsPath: '', guildScopes: 'held' });
    opened.push(engine);
    return engine;
  }

  it('loads a server when held, drops it when no longer held, and answers from what it holds', async () => {
    const root = await tempDir();
    const dir = path.join(root, 'corpus');
    await copySeeds(dir);
    await writeFiles(dir, {
      [`guilds/${GUILD_1}/orchard.txt`]: ORCHARD,
      [`guilds/${GUILD_2}/harbour.txt`]: HARBOUR,
    });
    const engine = await open(dir, path.join(root, 'index'));
    const files = () => engine.allArticles().map((article) => article.file);
    expect(files().some((file) => file.startsWith('guilds/'))).toBe(false);
    expect(engine.ask('How many attacks did ISKP claim?').status).toBe('answered');

    await engine.holdGuilds([GUILD_1]);
    expect(files()).toContain(`guilds/${GUILD_1}/orchard.txt`);
    expect(files()).not.toContain(`guilds/${GUILD_2}/harbour.txt`);
    expect(engine.ask(ORCHARD_Q, { guildId: GUILD_1 }).excerpt).toContain('340 quince trees');

    await engine.holdGuilds([GUILD_2], { exclusive: true });
    expect(files()).not.toContain(`guilds/${GUILD_1}/orchard.txt`);
    expect(engine.ask(HARBOUR_Q, { guildId: GUILD_2 }).excerpt).toContain('9 metres');
    expect(engine.ask(ORCHARD_Q, { guildId: GUILD_1 }).status).toBe('no_answer');

    // A reload re-reads only what is held.
    await engine.reload();
    expect(files().filter((file) => file.startsWith('guilds/'))).toEqual([`guilds/${GUILD_2}/harbour.txt`]);
    await engine.close();
    expect((await readdir(path.join(root, 'index'))).sort()).toEqual([`${GUILD_2}.bin`, 'global.bin']);
  });

  it("ignores the watcher's changes to servers it does not hold", async () => {
    const dir = path.join(await tempDir(), 'corpus');
    await copySeeds(dir);
    const engine = await open(dir);
    await engine.holdGuilds([GUILD_1]);
    // The servers' folders exist before the watcher starts: a file in a folder made after it can be missed
    // while the watcher is still adding the new folder (seen under CI load).
    for (const guild of [GUILD_1, GUILD_2]) await mkdir(path.join(dir, 'guilds', guild), { recursive: true });
    const { events, stop } = await startWatching(engine);
    try {
      await writeFiles(dir, { [`guilds/${GUILD_2}/harbour.txt`]: HARBOUR });
      await writeFiles(dir, { [`guilds/${GUILD_1}/orchard.txt`]: ORCHARD });
      const files = () => events.map((event) => event.file);
      await waitFor(() => files().includes(`guilds/${GUILD_1}/orchard.txt`) || undefined, 10_000);
      expect(files()).not.toContain(`guilds/${GUILD_2}/harbour.txt`);
      expect(engine.ask(HARBOUR_Q, { guildId: GUILD_2 }).status).toBe('no_answer');
    } finally {
      await stop();
    }
  });
});
