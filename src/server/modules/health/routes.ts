import { healthResponseSchema } from '../../../contracts/health';
import { publicAccess } from '../../platform/auth/policy';
import { findAppliedMigration, readMigrationTags } from '../../platform/db/migrations';
import type { App } from '../../platform/http/build-app';

export const registerHealthRoutes = (app: App): void => {
  const migrationTags = readMigrationTags();
  app.get('/api/health', {
    config: { access: publicAccess },
    schema: { operationId: 'getHealth', summary: 'Server and database health', tags: ['health'], response: { 200: healthResponseSchema } },
    handler: async () => ({
      status: 'ok' as const,
      database: { kind: app.database.kind, migration: await findAppliedMigration(app.database.db, migrationTags) },
    }),
  });

  app.get('/api/openapi.json', {
    config: { access: publicAccess },
    schema: { hide: true },
    handler: () => app.swagger(),
  });
};
