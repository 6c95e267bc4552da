import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { openPostgres } from '../platform/db/open-database';
import { createPgliteClient, openPglite } from '../platform/db/open-pglite';
import { templateDatabase } from './global-setup-postgres';

const withAdminClient = async (url: string, statement: string): Promise<void> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
};

/** A fresh, migrated database for one test file, of the kind the vitest project runs (PGlite or PostgreSQL). */
export const createTestDatabase = async (): Promise<DatabaseHandle> => {
  if (process.env.TEST_DATABASE_KIND === 'postgres') {
    const serverUrl = inject('postgresUrl');
    const name = `test_${randomUUID().replaceAll('-', '')}`;
    await withAdminClient(serverUrl, `create database ${name} template ${templateDatabase}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    // Dropping the database at the end terminates connections that are still closing; that is expected here.
    const handle = await openPostgres(url.toString(), () => undefined);
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await withAdminClient(serverUrl, `drop database ${name} with (force)`);
      },
    };
  }
  const template = readFileSync(inject('pgliteTemplatePath'));
  return openPglite(createPgliteClient(undefined, new Blob([template])));
};
