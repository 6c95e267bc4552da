import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../clock';
import { loadConfig } from '../config';
import { freePort } from '../../testing/spawn-server';
import { buildApp } from '../../app';

describe('failing closed', () => {
  it('a database that cannot be reached answers 503 with a generic body, never SQL or a stack', async () => {
    const pool = new pg.Pool({ connectionString: `postgres://postgres@127.0.0.1:${await freePort()}/none`, connectionTimeoutMillis: 2000 });
    const app = await buildApp({
      config: loadConfig({ WEB_DIST_DIR: '/nonexistent' }),
      database: { kind: 'postgres', db: drizzle(pool), close: () => pool.end() },
      clock: systemClock,
      logger: false,
    });
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ error: { code: 'UNAVAILABLE', requestId: expect.any(String) } });
    expect(response.body).not.toMatch(/select|ECONNREFUSED|at /);
    await app.close();
    await pool.end();
  });
});
