/**
 * The process the crash test SIGKILLs: opens the database (`pglite <folder>` or `postgres <url>`), says
 * `opened` (migrations run next) and `ready`, then commits rows forever and prints `ack <id>` only after each
 * commit returned. Even iterations write a question and its vote in one transaction (they must survive or
 * vanish together); odd ones log a question through the repository (autocommit).
 */
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { Store } from '../../src/db/index.js';
import { migrate } from '../../src/db/migrations.js';
import { openPglite } from '../../src/db/pglite.js';
import { openPostgres } from '../../src/db/postgres.js';

const [kind, target] = process.argv.slice(2);
if (!target || (kind !== 'pglite' && kind !== 'postgres'))
  throw new Error('usage: crash-writer pglite|postgres target');
const say = (line: string) => process.stdout.write(`${line}\n`);

const db: Database = kind === 'pglite' ? await openPglite(target) : await openPostgres(target);
say('opened');
await migrate(db);
const store = new Store(db, loadConfig({}));
say('ready');
for (let i = 0; ; i++) {
  let id: string;
  if (i % 2 === 0) {
    id = await db.transaction(async (tx) => {
      const [row] = await tx.query<{ id: string }>(
        `insert into question_log (server_id, user_hash, question, status)
         values ('crash', 'h', $1, 'no_answer') returning id::text as id`,
        [`pair ${i}`],
      );
      await tx.query(
        `insert into feedback_votes (message_id, user_hash, server_id, question, helpful)
         values ($1, 'h', 'crash', $2, true)`,
        [row!.id, `pair ${i}`],
      );
      return row!.id;
    });
  } else {
    id = await store.questions.insert({
      serverId: 'crash',
      channelId: null,
      userId: 'writer',
      question: `single ${i}`,
      status: 'answered',
      passageId: 'a.md#1',
    });
  }
  say(`ack ${id}`);
}
