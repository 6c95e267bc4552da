import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

export type DatabaseKind = 'pglite' | 'postgres';

export type Database = PgDatabase<PgQueryResultHKT>;

/** Inside a transaction always use this handle: PGlite has one connection and the outer handle deadlocks. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** What a service that only reads runs on: the database handle (`inSnapshot`) or a transaction it is part of. */
export type Executor = Database | Transaction;

export type DatabaseHandle = {
  kind: DatabaseKind;
  db: Database;
  close: () => Promise<void>;
};
