import type { FastifyDynamicSwaggerOptions, SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteAccess } from '../auth/policy';
import { sessionCookieName } from '../auth/session-token';
import type { Config } from '../config';
import { csrfHeaderName, isWriteMethod } from './authenticate';

type SecurityRequirement = Record<string, string[]>;

const sessionScheme = 'sessionCookie';
const csrfScheme = 'csrfHeader';

/** What `authenticate.ts` demands of a route, said in OpenAPI terms: public, the cookie, or the cookie and the CSRF header. */
const securityOf = (access: RouteAccess, methods: readonly string[]): SecurityRequirement[] => {
  if (access.kind === 'public') return [];
  return methods.some(isWriteMethod) ? [{ [sessionScheme]: [], [csrfScheme]: [] }] : [{ [sessionScheme]: [] }];
};

const withSecurity: SwaggerTransform = (document) => {
  const transformed = jsonSchemaTransform(document);
  const access = document.route.config?.access;
  if (!access || transformed.schema.hide) return transformed;
  return { ...transformed, schema: { ...transformed.schema, security: securityOf(access, [document.route.method].flat()) } };
};

const referencePattern = /"#\/components\/schemas\/([^"]+)"/g;

const referencedNames = (value: unknown): string[] => [...JSON.stringify(value ?? null).matchAll(referencePattern)].flatMap((match) => (match[1] ? [match[1]] : []));

/**
 * The zod transform writes an input and an output variant of every schema with an id; only those the operations
 * reach (directly or through another component) belong in the document.
 */
const withReachableComponents: SwaggerTransformObject = (document) => {
  const openapi = jsonSchemaTransformObject(document);
  if (!('components' in openapi)) return openapi;
  // A fresh object of the transform's making, so pruning it in place touches nothing Fastify keeps.
  const schemas = openapi.components?.schemas ?? {};
  const reached = new Set<string>();
  const pending = referencedNames(openapi.paths);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (reached.has(name)) continue;
    reached.add(name);
    pending.push(...referencedNames(schemas[name]));
  }
  for (const name of Object.keys(schemas)) if (!reached.has(name)) delete schemas[name];
  return openapi;
};

/** The document at /api/openapi.json: components resolved, security declared per route from its access. */
export const openApiOptions = (config: Config): FastifyDynamicSwaggerOptions => ({
  openapi: {
    info: {
      title: 'Wijkwerk API',
      version: '1',
      description:
        'Log in with `POST /api/session`: the answer sets the session cookie and carries `csrfToken`, which every write ' +
        `must send back in the \`${csrfHeaderName}\` header.`,
    },
    // Relative: the API lives where this document is served.
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        [sessionScheme]: {
          type: 'apiKey',
          in: 'cookie',
          name: sessionCookieName(config.isSecureTransport),
          description: 'Set by `POST /api/session`; named with the `__Host-` prefix when the server runs over https.',
        },
        [csrfScheme]: {
          type: 'apiKey',
          in: 'header',
          name: csrfHeaderName,
          description: 'The `csrfToken` of the session (`GET /api/session`), required on every write with a session.',
        },
      },
    },
  },
  transform: withSecurity,
  transformObject: withReachableComponents,
});

const fileSchema = z.custom<Buffer>((value) => Buffer.isBuffer(value)).meta({ type: 'string', format: 'binary' });

/** A download's 200 answer, so clients know its media types; Fastify sends a Buffer as it is, unserialised. */
export const fileResponse = (mediaTypes: readonly string[], description: string) => ({
  description,
  content: Object.fromEntries(mediaTypes.map((mediaType) => [mediaType, { schema: fileSchema }])),
});
