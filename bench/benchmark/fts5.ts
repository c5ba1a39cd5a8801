/**
 * SQLite FTS5 driven from JS (better-sqlite3, a devDependency used by the bench alone), as a build-rate
 * yardstick: the same passages, title and text, into an in-memory FTS5 table in one transaction. Its tokenizer
 * stems and folds diacritics ('porter unicode61 remove_diacritics 2'), the nearest to Citebot's analyzer; it
 * keeps no sentences and drops no stop words. Loaded lazily: without the package the bench says FTS5 is
 * unavailable and goes on.
 */
import type { Passage } from '../../src/corpus/types.js';

/** The part of better-sqlite3's API the build uses. */
interface Database {
  exec(sql: string): unknown;
  prepare(sql: string): { run(...values: unknown[]): unknown };
  transaction(work: () => void): () => void;
  close(): void;
}
type DatabaseConstructor = new (path: string) => Database;

export const FTS5_TOKENIZER = 'porter unicode61 remove_diacritics 2';

export type Fts5 = { build(passages: readonly Passage[]): void } | { unavailable: string };

/** FTS5 through better-sqlite3, or why it cannot be had here. */
export async function loadFts5(): Promise<Fts5> {
  let Sqlite: DatabaseConstructor;
  try {
    // A name held in a variable: TypeScript and bundlers leave an optional package alone.
    const name = 'better-sqlite3';
    Sqlite = ((await import(name)) as { default: DatabaseConstructor }).default;
  } catch (error) {
    return { unavailable: `better-sqlite3 is not installed (${(error as Error).message.split('\n')[0]})` };
  }
  try {
    new Sqlite(':memory:').exec('create virtual table probe using fts5(text)');
  } catch (error) {
    return { unavailable: `this SQLite has no FTS5 (${(error as Error).message})` };
  }
  return {
    build(passages) {
      const db = new Sqlite(':memory:');
      db.exec(`create virtual table passages using fts5(title, text, tokenize = '${FTS5_TOKENIZER}')`);
      const insert = db.prepare('insert into passages (rowid, title, text) values (?, ?, ?)');
      db.transaction(() => passages.forEach((p, i) => insert.run(i + 1, p.title, p.text)))();
      db.close();
    },
  };
}
