import { IncomingMessage, ServerResponse, type OutgoingHttpHeaders } from 'node:http';
import { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import type { Config } from '../config';

const helmetOptions = (config: Config): HelmetOptions => ({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
      // Over plain http (a local install) upgrading would break every asset; HSTS likewise only means something over https.
      upgradeInsecureRequests: config.isSecureTransport ? [] : null,
    },
  },
  hsts: config.isSecureTransport ? { maxAge: 31_536_000, includeSubDomains: true } : false,
});

/**
 * Helmet's headers for our options. They depend only on the configuration, so helmet runs once, against a
 * response that is never sent, instead of rebuilding its middleware on every request as @fastify/helmet does.
 */
export const securityHeaders = (config: Config): OutgoingHttpHeaders => {
  const request = new IncomingMessage(new Socket());
  const response = new ServerResponse(request);
  helmet(helmetOptions(config))(request, response, (error?: unknown) => {
    if (error instanceof Error) throw error;
  });
  return response.getHeaders();
};

/** Every answer (API, web app, errors, 404) carries the security headers, set on the raw response as helmet would. */
export const registerSecurityHeaders = (app: FastifyInstance, config: Config): void => {
  const headers = Object.entries(securityHeaders(config)).flatMap(([name, value]) => (value === undefined ? [] : [[name, value] as const]));
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
};
