import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';
import { loadConfig } from '../config';
import { buildApp } from '../../app';

/** Public API routes, on purpose. Anything else must need a session. */
const publicRoutes = new Set([
  'GET /api/health',
  'GET /api/openapi.json',
  'POST /api/session',
  'GET /api/public/organisers/:slug/offices',
  // A one-time link is the credential of these: the invitation, the new password.
  'POST /api/invitations/check',
  'POST /api/invitations/accept',
  'POST /api/password-reset',
  'POST /api/password-reset/complete',
  // A registered client's klusje: e-mail and client number, the same answer whether they match or not.
  'POST /api/public/job-requests',
  // The public "Word gebruiker" form (rate-limited), and the agreement signing page whose link is its credential.
  'POST /api/public/client-applications',
  'POST /api/public/agreement-signing/check',
  'POST /api/public/agreement-signing/sign',
]);

describe('route inventory', () => {
  const t = useTestApp();

  const apiRoutes = () => t.app.routeInventory.filter((route) => route.url.startsWith('/api/'));

  it('every API route declares its access, and only the allow-listed ones are public', () => {
    expect(apiRoutes().length).toBeGreaterThan(5);
    for (const route of apiRoutes()) {
      const key = `${route.method} ${route.url}`;
      expect(route.access, key).toBeDefined();
      expect(route.access?.kind === 'public', key).toBe(publicRoutes.has(key));
    }
  });

  it('every non-public route answers 401 without a session', async () => {
    for (const route of apiRoutes().filter((r) => r.access?.kind !== 'public')) {
      const url = route.url.replaceAll(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');
      const response = await t.app.inject({ method: route.method as 'GET', url, payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {} });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('every API route is in the OpenAPI document', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(document.openapi).toMatch(/^3\./);
    for (const route of apiRoutes().filter((r) => r.url !== '/api/openapi.json')) {
      const path = route.url.replaceAll(/:([a-zA-Z]+)/g, '{$1}');
      expect(document.paths[path]?.[route.method.toLowerCase()], `${route.method} ${path}`).toBeDefined();
    }
  });

  it('unknown API paths are 404 with the error shape; health names the database and migration', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toEqual({ status: 'ok', database: { kind: process.env.TEST_DATABASE_KIND, migration: expect.stringMatching(/^\d{4}_/) } });
  });

  it('API responses carry security headers and are never cached', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['content-security-policy']).toContain("object-src 'none'");
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('over https: HSTS for a year and upgraded requests; over plain http neither', async () => {
    const secure = await buildApp({
      config: loadConfig({ PUBLIC_URL: 'https://wijkwerk.example', WEB_DIST_DIR: '/nonexistent' }),
      database: t.app.database,
      clock: t.clock,
      logger: false,
    });
    const response = await secure.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['strict-transport-security']).toMatch(/max-age=31536000; includeSubDomains/);
    expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    await secure.close();
    const plain = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(plain.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });
});
