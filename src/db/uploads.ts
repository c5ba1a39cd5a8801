/**
 * What is known about each file a server uploaded (`/corpus add`): name, size, SHA-256 of the bytes, the
 * uploader (hashed) and when. The bytes themselves stay in `corpus/guilds/<server>/`; replacing a file updates
 * its row, removing it deletes the row.
 */
import type { Database } from './database.js';
import type { UserHasher } from './user-hash.js';

export interface UploadInput {
  serverId: string;
  fileName: string;
  bytes: number;
  sha256: string;
  /** The uploader's Discord id (stored hashed); null when unknown (e.g. a file put in place by hand). */
  uploaderId: string | null;
  at?: Date;
}

export interface UploadRecord {
  serverId: string;
  fileName: string;
  bytes: number;
  sha256: string;
  uploaderHash: string | null;
  addedAt: Date;
}

const SELECT = `select server_id as "serverId", file_name as "fileName", bytes::float8 as "bytes", sha256,
  uploader_hash as "uploaderHash", added_at as "addedAt" from uploads`;

export class UploadsRepository {
  constructor(
    private readonly db: Database,
    private readonly hasher: UserHasher,
  ) {}

  /** Records an upload, or a replacement of the file of that name. */
  async record(upload: UploadInput): Promise<UploadRecord> {
    const uploaderHash = upload.uploaderId === null ? null : await this.hasher.hash(upload.uploaderId);
    const [row] = await this.db.query<UploadRecord>(
      `insert into uploads (server_id, file_name, bytes, sha256, uploader_hash, added_at)
       values ($1, $2, $3, $4, $5, coalesce($6::timestamptz, now()))
       on conflict (server_id, file_name) do update set bytes = excluded.bytes, sha256 = excluded.sha256,
         uploader_hash = excluded.uploader_hash, added_at = excluded.added_at
       returning server_id as "serverId", file_name as "fileName", bytes::float8 as "bytes", sha256,
         uploader_hash as "uploaderHash", added_at as "addedAt"`,
      [upload.serverId, upload.fileName, upload.bytes, upload.sha256, uploaderHash, upload.at ?? null],
    );
    return row!;
  }

  /** Forgets a removed file; true when there was a record. */
  async remove(serverId: string, fileName: string): Promise<boolean> {
    const rows = await this.db.query(
      'delete from uploads where server_id = $1 and file_name = $2 returning 1',
      [serverId, fileName],
    );
    return rows.length > 0;
  }

  async get(serverId: string, fileName: string): Promise<UploadRecord | undefined> {
    const rows = await this.db.query<UploadRecord>(`${SELECT} where server_id = $1 and file_name = $2`, [
      serverId,
      fileName,
    ]);
    return rows[0];
  }

  /** A server's uploads, by name. */
  async list(serverId: string): Promise<UploadRecord[]> {
    return this.db.query<UploadRecord>(`${SELECT} where server_id = $1 order by file_name`, [serverId]);
  }
}
