/**
 * The one database surface the rest of Citebot sees: parameterised queries returning plain rows, and a
 * transaction. Two backends implement it with the same SQL (PostgreSQL's dialect): PGlite, PostgreSQL
 * compiled to WebAssembly and kept in a folder (the default, nothing to install or run), and a PostgreSQL
 * server through `pg` when DATABASE_URL is set. Keeping the surface this small is what lets every repository
 * and test run unchanged on both.
 *
 * Row values are normalised by the queries themselves, so both backends give the same JavaScript types:
 * counts and ids are cast to `int` or `text`, times are `timestamptz` (a Date), lists are `text[]` (an array).
 */

/** Something that runs one SQL statement: the database itself, or an open transaction. */
export interface Queryable {
  /** Runs one statement with `$1`-style parameters; resolves to its rows (none for most writes). */
  query<Row extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<Row[]>;
}

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws (the error is
   * rethrown). Statements inside must go through `tx`, not the database.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes the connection(s); further queries fail. Safe to call twice. */
  close(): Promise<void>;
}

/** A database that could not be opened or used, with a message fit for a person (no secrets). */
export class DatabaseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseError';
  }
}
