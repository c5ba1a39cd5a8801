/**
 * Discord user ids are never stored: the question log, votes and upload records keep HMAC-SHA256(salt, id).
 * The salt is 32 random bytes made once per install and kept in the database (`citebot_meta`), so the same
 * person has the same hash within one install (one vote per person, counts of askers) while a hash cannot be
 * matched against a list of known ids without the database itself, nor across installs.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Queryable } from './database.js';

const SALT_KEY = 'user_hash_salt';

/** The install's salt, made on first use. Two processes racing to make it agree on the first one stored. */
export async function installSalt(db: Queryable): Promise<string> {
  await db.query('insert into citebot_meta (key, value) values ($1, $2) on conflict (key) do nothing', [
    SALT_KEY,
    randomBytes(32).toString('hex'),
  ]);
  const [row] = await db.query<{ value: string }>('select value from citebot_meta where key = $1', [
    SALT_KEY,
  ]);
  if (!row) throw new Error('the user hash salt is missing');
  return row.value;
}

export function hashWithSalt(salt: string, userId: string): string {
  return createHmac('sha256', salt).update(userId).digest('hex');
}

/** Hashes user ids with the install's salt, read from the database once. */
export class UserHasher {
  private salt: Promise<string> | undefined;

  constructor(private readonly db: Queryable) {}

  async hash(userId: string): Promise<string> {
    this.salt ??= installSalt(this.db).catch((error: unknown) => {
      this.salt = undefined; // try again next time
      throw error;
    });
    return hashWithSalt(await this.salt, userId);
  }
}
