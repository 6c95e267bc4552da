import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { z } from 'zod';
import type { Database } from './database';

export const migrationsFolder = join(import.meta.dirname, '..', '..', '..', '..', 'db', 'migrations');

// PGlite returns bigint as a number, node-postgres as a string.
const appliedSchema = z.object({ rows: z.array(z.object({ created_at: z.union([z.string(), z.number()]) })) });

const journalSchema = z.object({ entries: z.array(z.object({ tag: z.string(), when: z.number() })) });

export const applyMigrationsPglite = (db: PgliteDatabase) => migratePglite(db, { migrationsFolder });
export const applyMigrationsPostgres = (db: NodePgDatabase) => migratePostgres(db, { migrationsFolder });

/** Migration tags by the time drizzle records on applying them; the journal only changes with the code, so read it once. */
export const readMigrationTags = (): ReadonlyMap<number, string> => {
  const journal = journalSchema.parse(JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')));
  return new Map(journal.entries.map((entry) => [entry.when, entry.tag]));
};

/** The tag of the newest migration applied to this database, e.g. `0003_offices`, or null on an empty database. */
export const findAppliedMigration = async (db: Database, tags: ReadonlyMap<number, string>): Promise<string | null> => {
  const result = appliedSchema.parse(await db.execute(sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`));
  const newest = result.rows[0];
  if (!newest) return null;
  return tags.get(Number(newest.created_at)) ?? null;
};
