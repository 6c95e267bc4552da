import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../testing/test-database';
import { publicAccess } from '../auth/policy';
import { systemClock } from '../clock';
import { loadConfig } from '../config';
import { buildPlatform } from './build-app';
import { inAnonymousSnapshot } from './transaction';

describe('reads outside a transaction (decision 045)', () => {
  it('inSnapshot hands a GET the database handle and refuses every other method at run time', async () => {
    const database = await createTestDatabase();
    const app = await buildPlatform({ config: loadConfig({ WEB_DIST_DIR: '/nonexistent', LOG_LEVEL: 'error' }), database, clock: systemClock, logger: false });
    // Declared apart from the routes on purpose: the lint rule only sees an inSnapshot written inside app.post(…).
    const probe = (request: FastifyRequest) => inAnonymousSnapshot(request, (db) => Promise.resolve({ onHandle: db === database.db }));
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      app.route({ method, url: '/api/probe', config: { access: publicAccess }, handler: probe });
    }
    try {
      expect((await app.inject({ method: 'GET', url: '/api/probe' })).json()).toEqual({ onHandle: true });
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
        const refused = await app.inject({ method, url: '/api/probe', payload: {} });
        expect(refused.statusCode, method).toBe(500);
        expect(refused.json(), method).toMatchObject({ error: { code: 'INTERNAL' } });
      }
    } finally {
      await app.close();
      await database.close();
    }
  });
});
