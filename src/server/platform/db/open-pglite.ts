import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { DatabaseHandle } from './database';
import { applyMigrationsPglite } from './migrations';

/**
 * PGlite's default 128 MB of shared buffers would hold our whole database many times over and cost ~135 MB of
 * RSS; 32 MB keeps the server well under 500 MB (docs/decisions/006-embedded-database-memory.md).
 */
export const createPgliteClient = (dataDir?: string, template?: Blob | null): PGlite =>
  new PGlite(dataDir, { postgresqlconf: 'shared_buffers = 32MB', ...(template ? { loadDataDir: template } : {}) });

export const openPglite = async (client: PGlite, onClose: () => void = () => undefined): Promise<DatabaseHandle> => {
  const db = drizzlePglite(client);
  await applyMigrationsPglite(db);
  return {
    kind: 'pglite',
    db,
    close: async () => {
      await client.close();
      onClose();
    },
  };
};
