import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';
import { loadConfig } from '../config';
import { buildApp, type App } from './build-app';

type Operation = { operationId?: string; summary?: string; security?: Record<string, string[]>[] };
type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, { type: string; in: string; name: string }> };
};

const fetchDocument = async (app: App): Promise<{ text: string; document: OpenApiDocument }> => {
  const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(response.statusCode).toBe(200);
  return { text: response.body, document: response.json<OpenApiDocument>() };
};

const operationsOf = (document: OpenApiDocument) =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation })),
  );

describe('the OpenAPI document', () => {
  const t = useTestApp();

  it('every operation has a unique camelCase operationId and a summary', async () => {
    const operations = operationsOf((await fetchDocument(t.app)).document);
    expect(operations.length).toBeGreaterThan(40);
    for (const { key, operation } of operations) {
      expect(operation.operationId, key).toMatch(/^[a-z][a-zA-Z0-9]+$/);
      expect(operation.summary?.trim(), key).toBeTruthy();
    }
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every schema reference names a component of the document, and every component is referenced', async () => {
    const { text, document } = await fetchDocument(t.app);
    const referenced = new Set([...text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]));
    expect(referenced.size).toBeGreaterThan(5);
    expect([...referenced].sort()).toEqual(Object.keys(document.components.schemas).sort());
  });

  it('security follows each route’s access: public routes say so, reads need the session cookie, writes also the CSRF header', async () => {
    const { document } = await fetchDocument(t.app);
    expect(document.components.securitySchemes).toEqual({
      sessionCookie: expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'wijkwerk-session' }),
      csrfHeader: expect.objectContaining({ type: 'apiKey', in: 'header', name: 'x-csrf-token' }),
    });
    const documented = t.app.routeInventory.filter((route) => route.url.startsWith('/api/') && route.url !== '/api/openapi.json');
    for (const route of documented) {
      const operation = document.paths[route.url.replaceAll(/:([a-zA-Z]+)/g, '{$1}')]?.[route.method.toLowerCase()];
      const expected =
        route.access?.kind === 'public' ? [] : route.method === 'GET' ? [{ sessionCookie: [] }] : [{ sessionCookie: [], csrfHeader: [] }];
      expect(operation?.security, `${route.method} ${route.url}`).toEqual(expected);
    }
    expect(document.paths['/api/session']?.post?.security).toEqual([]);
  });

  it('over https the session cookie scheme names the __Host- cookie', async () => {
    const secure = await buildApp({
      config: loadConfig({ PUBLIC_URL: 'https://wijkwerk.example', WEB_DIST_DIR: '/nonexistent' }),
      database: t.app.database,
      clock: t.clock,
      logger: false,
    });
    const { document } = await fetchDocument(secure);
    await secure.close();
    expect(document.components.securitySchemes.sessionCookie?.name).toBe('__Host-wijkwerk-session');
  });
});
