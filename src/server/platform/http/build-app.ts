import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyServerOptions, type RouteOptions } from 'fastify';
import { z } from 'zod';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '../../../contracts/errors';
import { publicAccess, type RouteAccess } from '../auth/policy';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { DatabaseHandle } from '../db/database';
import { registerIdempotency } from '../idempotency/register-idempotency';
import { registerAuthentication } from './authenticate';
import { registerErrorHandling } from './error-handler';
import { registerSecurityHeaders } from './security-headers';
import { serializerCompiler } from './serializer-compiler';
import { openApiOptions } from './openapi';
import { serializeError, serializeRequest } from './log-serializers';
import './fastify-types';

export type App = ReturnType<typeof createFastify>;

export type RouteInventoryEntry = {
  method: string;
  url: string;
  access: RouteAccess | undefined;
  /** Which parts of the request the route validates, so tests can probe each with bad input. */
  validates: { params: boolean; querystring: boolean; body: boolean };
  /** The query and body schemas themselves, so tests can derive requests from them (fuzzing). */
  schemas: { querystring: z.ZodType | undefined; body: z.ZodType | undefined };
};

const zodSchemaOrUndefined = (schema: unknown): z.ZodType | undefined => (schema instanceof z.ZodType ? schema : undefined);

/** Where log lines go instead of stdout (tests read them). */
type LogStream = { write: (line: string) => void };

export type BuildOptions = { config: Config; database: DatabaseHandle; clock: Clock; logger?: boolean; logStream?: LogStream };

// Logs hold no personal data: errors without their messages or query parameters, requests without query strings.
const loggerOptions = (config: Config, stream: LogStream | undefined): FastifyServerOptions['logger'] => ({
  level: config.logLevel,
  serializers: { err: serializeError, req: serializeRequest },
  ...(stream ? { stream } : {}),
});

const createFastify = (config: Config, logger: boolean, stream: LogStream | undefined) =>
  Fastify({
    logger: logger ? loggerOptions(config, stream) : false,
    genReqId: () => randomUUID(),
    // Login throttling and the audit trail key on the client IP, so only trusted proxies may set it (0: none).
    trustProxy: (_address: string, hop: number) => hop < config.trustProxyHops,
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();

/** Paths that answer errors as JSON: the API and the calendar feeds (a calendar app shows the status, a person the body). */
const answersJsonErrors = (url: string): boolean => url.startsWith('/api/') || url.startsWith('/ical/');

const withErrorResponses = (route: RouteOptions): void => {
  if (!answersJsonErrors(route.url) || !route.schema) return;
  const response = (route.schema.response ?? {}) as Record<string, unknown>;
  route.schema.response = { ...response, '4xx': errorResponseSchema, '5xx': errorResponseSchema };
};

/**
 * The HTTP platform on an open database: logging, security headers, cookies, the OpenAPI document, authentication,
 * idempotency, errors and the web app's files. It knows no module; the app composer (`src/server/app.ts`) adds them.
 */
export const buildPlatform = async ({ config, database, clock, logger = true, logStream }: BuildOptions) => {
  const app = createFastify(config, logger, logStream);
  const routeInventory: RouteInventoryEntry[] = [];
  app.decorate('database', database);
  app.decorate('clock', clock);
  app.decorate('config', config);
  app.decorate('routeInventory', routeInventory);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRoute', (route) => {
    withErrorResponses(route);
    if (route.method === 'HEAD') return;
    routeInventory.push({
      method: String(route.method),
      url: route.url,
      access: route.config?.access,
      validates: { params: Boolean(route.schema?.params), querystring: Boolean(route.schema?.querystring), body: Boolean(route.schema?.body) },
      schemas: { querystring: zodSchemaOrUndefined(route.schema?.querystring), body: zodSchemaOrUndefined(route.schema?.body) },
    });
  });

  await app.register(fastifyCookie);
  registerSecurityHeaders(app, config);
  await app.register(fastifySwagger, openApiOptions(config));
  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
  registerAuthentication(app);
  registerIdempotency(app);
  registerErrorHandling(app);
  if (existsSync(config.webDistDir)) {
    await app.register(fastifyStatic, { root: config.webDistDir, wildcard: false, index: false });
    // The single-page app owns every other path; unknown API paths stay 404.
    app.get('/*', { config: { access: publicAccess }, schema: { hide: true } }, (request, reply) =>
      request.url.startsWith('/api/') ? reply.callNotFound() : reply.type('text/html').sendFile('index.html'),
    );
  }
  return app;
};

declare module 'fastify' {
  interface FastifyInstance {
    routeInventory: RouteInventoryEntry[];
  }
}
