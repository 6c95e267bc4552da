import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { DatabaseHandle } from './database';
import { lockDataDir } from './data-dir-lock';
import { applyMigrationsPostgres } from './migrations';
import { createPgliteClient, openPglite } from './open-pglite';
import { findPgliteTemplate } from './pglite-template';

type OpenOptions = { databaseUrl: string | undefined; dataDir: string };

/** PostgreSQL when a URL is configured, otherwise the embedded PGlite in the data folder; migrated before use. */
export const openDatabase = async ({ databaseUrl, dataDir }: OpenOptions): Promise<DatabaseHandle> => {
  if (databaseUrl) return openPostgres(databaseUrl);
  const releaseLock = lockDataDir(dataDir);
  try {
    const pgliteDir = join(dataDir, 'pglite');
    const isNew = !existsSync(join(pgliteDir, 'PG_VERSION'));
    mkdirSync(pgliteDir, { recursive: true });
    const template = isNew ? findPgliteTemplate() : null;
    return await openPglite(createPgliteClient(pgliteDir, template), releaseLock);
  } catch (error) {
    releaseLock();
    throw error;
  }
};

/**
 * An idle pooled connection that the server drops (restart, failover) emits an error; unhandled, it would crash the
 * process. The pool replaces the connection, so reporting it is enough.
 */
const reportIdleConnectionError = (error: Error): void => {
  console.error(`PostgreSQL connection lost: ${error.message}`);
};

// Any fixed number: the app's own advisory lock key.
const migrationLockKey = 2_026_0009;

/** Several app servers starting together on one database migrate one after the other, not at once. */
const migrateHoldingLock = async (pool: pg.Pool): Promise<void> => {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [migrationLockKey]);
    try {
      await applyMigrationsPostgres(drizzlePostgres(client));
    } finally {
      await client.query('select pg_advisory_unlock($1)', [migrationLockKey]);
    }
  } finally {
    client.release();
  }
};

export const openPostgres = async (connectionString: string, onIdleError = reportIdleConnectionError): Promise<DatabaseHandle> => {
  const pool = new pg.Pool({ connectionString, max: 10 });
  pool.on('error', onIdleError);
  await migrateHoldingLock(pool);
  const db = drizzlePostgres(pool);
  return { kind: 'postgres', db, close: () => pool.end() };
};
