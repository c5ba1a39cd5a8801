/**
 * A server's own corpus files in the database, so shard processes on several machines see them: each change
 * (an upload, a replacement, a removal kept as a row without content) bumps the server's version and is
 * announced with `NOTIFY citebot_corpus, '<server>:<version>'` in the same transaction (delivered at commit).
 * src/discord/shared-corpus.ts copies them into each process's folder.
 */
import { createHash } from 'node:crypto';
import type { Database } from './database.js';

/** The NOTIFY channel of corpus changes. */
export const CORPUS_CHANNEL = 'citebot_corpus';

export interface SharedFile {
  fileName: string;
  /** The bytes, or null for a file removed. */
  content: Uint8Array | null;
  sha256: string | null;
}

export class CorpusFilesRepository {
  constructor(private readonly db: Database) {}

  /** Stores a server's file (`content` null: its removal); returns the server's new version. */
  async put(serverId: string, fileName: string, content: Uint8Array | null): Promise<number> {
    return this.db.transaction(async (tx) => {
      const sha256 = content ? createHash('sha256').update(content).digest('hex') : null;
      await tx.query(
        `insert into corpus_files (server_id, file_name, content, sha256) values ($1, $2, $3, $4)
         on conflict (server_id, file_name) do update
         set content = excluded.content, sha256 = excluded.sha256, updated_at = now()`,
        [serverId, fileName, content ? Buffer.from(content) : null, sha256],
      );
      const [row] = await tx.query<{ version: number }>(
        `insert into corpus_versions (server_id, version) values ($1, 1)
         on conflict (server_id) do update set version = corpus_versions.version + 1
         returning version::int as version`,
        [serverId],
      );
      const version = row!.version;
      await tx.query('select pg_notify($1, $2)', [CORPUS_CHANNEL, `${serverId}:${version}`]);
      return version;
    });
  }

  /** A server's files (removals included) and its version (0: never stored). */
  async files(serverId: string): Promise<{ version: number; files: SharedFile[] }> {
    const [versionRow] = await this.db.query<{ version: number }>(
      'select version::int as version from corpus_versions where server_id = $1',
      [serverId],
    );
    const rows = await this.db.query<{ fileName: string; content: Uint8Array | null; sha256: string | null }>(
      `select file_name as "fileName", content, sha256 from corpus_files where server_id = $1
       order by file_name`,
      [serverId],
    );
    const files = rows.map((row) => ({ ...row, content: row.content ? new Uint8Array(row.content) : null }));
    return { version: versionRow?.version ?? 0, files };
  }

  /** The version of each of these servers that has one. */
  async versions(serverIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.query<{ serverId: string; version: number }>(
      `select server_id as "serverId", version::int as version from corpus_versions
       where server_id = any($1::text[])`,
      [serverIds],
    );
    return new Map(rows.map((row) => [row.serverId, row.version]));
  }
}
