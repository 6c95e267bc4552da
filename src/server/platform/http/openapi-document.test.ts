import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';
import { loadConfig } from '../config';
import { buildApp } from '../../app';
import type { App } from './build-app';

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

/** The project has no licence to name (it is private); every other recommended rule must pass without a warning. */
const acceptedWarnings = new Set(['info-license']);

/** A client author's first lines: the participant list, the login body and the error shape must be real types. */
const clientUsage = `
import type { components, operations, paths } from './api';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type ParticipantPage = JsonBody<operations['listParticipants']['responses'][200]>;
type LogInBody = JsonBody<NonNullable<paths['/api/session']['post']['requestBody']>>;

export const names = (page: ParticipantPage): string[] => page.items.map((participant) => participant.firstName + ' ' + participant.lastName);
export const nextCursor = (page: ParticipantPage): string | null => page.nextCursor;
export const errorCode = (body: components['schemas']['ErrorResponse']): string => body.error.code;
export const logIn: LogInBody = { email: 'coordinator@example.be', password: 'secret' };
// @ts-expect-error the password is required
export const withoutPassword: LogInBody = { email: 'coordinator@example.be' };
// @ts-expect-error a participant's status is one of the listed values
export const unknownStatus: ParticipantPage['items'][number]['status'] = 'somewhere';
`;

/** Type-checks the files with the project's own compiler options (strict, noUncheckedIndexedAccess, …). */
const typeErrors = (folder: string, fileNames: string[]): string[] => {
  const projectConfig = ts.getParsedCommandLineOfConfigFile(
    join(process.cwd(), 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  // A client needs no DOM or Node types; leaving them out cuts the check to a second.
  const options = { ...projectConfig?.options, lib: ['lib.es2023.d.ts'], types: [], noEmit: true };
  const program = ts.createProgram(
    fileNames.map((name) => join(folder, name)),
    options,
  );
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
};

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
      const expected = route.access?.kind === 'public' ? [] : route.method === 'GET' ? [{ sessionCookie: [] }] : [{ sessionCookie: [], csrfHeader: [] }];
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

  it('lints with Redocly’s recommended rules: no errors, no warnings beyond the accepted ones', async () => {
    const { text } = await fetchDocument(t.app);
    const problems = await lintFromString({
      source: text,
      absoluteRef: 'openapi.json',
      config: await createConfig({ extends: ['recommended'] }),
    });
    const found = problems.map((problem) => `${problem.severity} ${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer ?? '?'}`);
    expect(found.filter((problem) => problem.startsWith('error'))).toEqual([]);
    expect(problems.filter((problem) => !acceptedWarnings.has(problem.ruleId)).map((problem) => `${problem.ruleId} at ${problem.location[0]?.pointer ?? '?'}`)).toEqual(
      [],
    );
  });

  it('a client generated by openapi-typescript type-checks, with real types for the participant list and login', async () => {
    const { text } = await fetchDocument(t.app);
    const folder = await mkdtemp(join(tmpdir(), 'wijkwerk-openapi-client-'));
    try {
      await writeFile(join(folder, 'api.ts'), astToString(await openapiTS(text, { silent: true })));
      await writeFile(join(folder, 'usage.ts'), clientUsage);
      expect(typeErrors(folder, ['api.ts', 'usage.ts'])).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
