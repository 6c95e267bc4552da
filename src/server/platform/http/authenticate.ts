import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isAllowed } from '../../../contracts/policies/policy-table';
import { resolveSession } from '../auth/resolve-session';
import { hashSessionToken, sessionCookieName } from '../auth/session-token';
import { AppError } from './app-error';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Writes with a session must echo its CSRF token in this header. */
export const csrfHeaderName = 'x-csrf-token';

export const isWriteMethod = (method: string): boolean => !safeMethods.has(method);

const sameToken = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * A write from another site is refused. The log says which origin was expected, because the usual cause is not an
 * attack but a server opened at an address PUBLIC_URL does not name (another port, a LAN address).
 */
const refuseCrossSite = (request: FastifyRequest, allowedOrigins: readonly string[]): void => {
  const { origin } = request.headers;
  const fromOtherSite = request.headers['sec-fetch-site'] === 'cross-site';
  if (!fromOtherSite && (origin === undefined || allowedOrigins.includes(origin))) return;
  request.log.warn(
    { origin: origin ?? null, secFetchSite: fromOtherSite ? 'cross-site' : null, expectedOrigins: allowedOrigins },
    `cross-site write refused: expected Origin ${allowedOrigins.join(' or ')}; if people open the server at another address, set PUBLIC_URL to it`,
  );
  throw new AppError('forbidden', 'CSRF_REJECTED', 'Cross-site request refused');
};

/**
 * Deny by default: a route without an access declaration is refused; a policy route needs a live session (401)
 * and a role the policy lists (403). Cookie-authenticated writes must echo the session's CSRF token.
 */
export const registerAuthentication = (app: FastifyInstance): void => {
  app.decorateRequest('actor', null);
  const cookieName = sessionCookieName(app.config.isSecureTransport);
  const { allowedOrigins } = app.config;

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access) {
      // Static files of the web app are public; every API route must declare its access (the not-found handler has no url).
      if (request.routeOptions.url?.startsWith('/api/')) {
        throw new AppError('forbidden', 'FORBIDDEN', 'This route declares no access policy');
      }
      return;
    }
    const isWrite = isWriteMethod(request.method);
    if (isWrite) refuseCrossSite(request, allowedOrigins);
    // Public routes never act on behalf of anyone, so they do not pay for a session lookup.
    if (access.kind === 'public') return;
    const token = request.cookies[cookieName];
    const actor = token ? await resolveSession(app.database.db, hashSessionToken(token), { idleMinutes: app.config.sessionIdleMinutes, now: app.clock.now() }) : null;
    request.actor = actor;
    if (!actor) throw new AppError('unauthenticated', 'UNAUTHENTICATED', 'Log in first');
    if (actor.sessionStage !== 'complete' && !access.duringLogin) {
      throw new AppError('unauthenticated', 'SECOND_FACTOR_REQUIRED', 'Finish logging in with your authenticator code');
    }
    if (!isAllowed(access.policy, access.action, actor.role)) {
      request.log.warn({ action: access.action, role: actor.role }, 'access denied');
      throw new AppError('forbidden', 'FORBIDDEN', 'Your role may not do this');
    }
    if (isWrite) {
      const given = request.headers[csrfHeaderName];
      if (typeof given !== 'string' || !sameToken(given, actor.csrfToken)) {
        throw new AppError('forbidden', 'CSRF_REJECTED', 'Missing or wrong CSRF token');
      }
    }
  });
};
