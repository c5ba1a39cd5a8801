/**
 * Servers' own files shared through PostgreSQL (src/discord/shared-corpus.ts): two "processes" (two engines
 * over two folders, as on two machines, each with its own database connection) hold the same server; a file
 * added through one reaches the other by NOTIFY and is answered there without a restart, an alias taught and a
 * removal too, and a third process taking the server later copies its files at once. Needs the machine's PostgreSQL binaries.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusFilesRepository } from '../../src/db/corpus-files.js';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrations.js';
import { openPostgres } from '../../src/db/postgres.js';
import { PrivacyRepository } from '../../src/db/privacy.js';
import { SharedCorpus } from '../../src/discord/shared-corpus.js';
import { Engine } from '../../src/engine.js';
import { silentLogger } from '../../src/logger.js';
import { POSTGRES_BIN, type PostgresServer, startPostgres } from '../db/backends.js';
import { waitFor } from '../engine/fixtures.js';

const GUILD = '333333333333333333';
const NOTES = `Harbour notes

The Saltmarsh harbour dredged its channel to a depth of 9 metres in 2019, so that the grain ships could come alongside.
`;
const QUESTION = 'How deep was the Saltmarsh harbour channel dredged?';

interface Process {
  engine: Engine;
  shared: SharedCorpus;
  db: Database;
}

describe.skipIf(!POSTGRES_BIN)('server files shared through PostgreSQL', () => {
  let postgres: PostgresServer;
  let root: string;
  const processes: Process[] = [];

  async function start(name: string): Promise<Process> {
    const db = await openPostgres(postgres.url);
    await migrate(db);
    const corpusDir = join(root, name);
    const engine = await Engine.open({ corpusDir, vectorsPath: '', guildScopes: 'held' });
    await engine.holdGuilds([GUILD]);
    const shared = new SharedCorpus(new CorpusFilesRepository(db), engine, corpusDir, silentLogger);
    await shared.listen(postgres.url);
    await shared.hold([GUILD]);
    const started = { engine, shared, db };
    processes.push(started);
    return started;
  }

  beforeAll(async () => {
    [postgres, root] = await Promise.all([startPostgres(), mkdtemp(join(tmpdir(), 'citebot-shared-'))]);
  });

  afterAll(async () => {
    for (const { engine, shared, db } of processes) {
      await shared.close();
      await engine.close();
      await db.close();
    }
    await postgres?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('reaches the other process holding the server, and one taking it later', async () => {
    const [one, two] = [await start('one'), await start('two')];
    const status = (process: Process) => process.engine.ask(QUESTION, { guildId: GUILD }).status;
    expect(status(two)).toBe('no_answer');

    await one.shared.sharing().addFile('harbour.txt', new TextEncoder().encode(NOTES), { guildId: GUILD });
    expect(status(one)).toBe('answered');
    await waitFor(() => status(two) === 'answered', 5_000, 'the file in the other process');
    expect(two.engine.ask(QUESTION, { guildId: GUILD }).excerpt).toContain('9 metres');

    await one.shared.sharing().addAlias('Saltie', 'Saltmarsh', { guildId: GUILD });
    const taught = (process: Process) =>
      process.engine.listAliases({ guildId: GUILD, ownOnly: true }).map((alias) => alias.name);
    await waitFor(() => taught(two).includes('Saltie'), 5_000, 'the alias in the other process');

    const three = await start('three');
    expect(status(three)).toBe('answered');
    expect(taught(three)).toContain('Saltie');

    await two.shared.sharing().removeFile('harbour.txt', { guildId: GUILD });
    await waitFor(() => status(one) === 'no_answer' && status(three) === 'no_answer', 5_000, 'the removal');

    // Stored: the removal as a row without content, version 2; forgetting the server deletes both.
    const repo = new CorpusFilesRepository(one.db);
    const stored = await repo.files(GUILD);
    expect(stored.version).toBe(3);
    expect(stored.files.map((file) => [file.fileName, file.content === null])).toEqual([
      ['aliases.txt', false],
      ['harbour.txt', true],
    ]);
    await new PrivacyRepository(one.db).forgetServer(GUILD);
    expect(await repo.files(GUILD)).toEqual({ version: 0, files: [] });
  });
});
