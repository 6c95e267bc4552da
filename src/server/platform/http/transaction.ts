import type { FastifyRequest } from 'fastify';
import type { Database, Transaction } from '../db/database';
import { AppError } from './app-error';
import type { AnonymousContext, RequestContext } from './request-context';

/**
 * A refusal whose traces must stay: a failed login attempt that throttling counts, a referral closed as refused.
 * A service returns it instead of throwing; the transaction commits, then the error is sent.
 */
export class RefusedAfterCommit {
  constructor(readonly error: AppError) {}
}

const anonymousContext = (request: FastifyRequest): AnonymousContext => ({
  requestId: request.id,
  ip: request.ip,
  now: request.server.clock.now(),
});

const requestContext = (request: FastifyRequest): RequestContext => {
  const actor = request.actor;
  if (!actor) throw new AppError('unauthenticated', 'UNAUTHENTICATED', 'Log in first');
  return { ...anonymousContext(request), actor };
};

const run = async <C, T>(request: FastifyRequest, context: C, work: (tx: Transaction, context: C) => Promise<T>): Promise<Exclude<T, RefusedAfterCommit>> => {
  const result = await request.server.database.db.transaction((tx) => work(tx, context));
  if (result instanceof RefusedAfterCommit) throw result.error;
  return result as Exclude<T, RefusedAfterCommit>;
};

/** Runs one service call in one transaction with the request's context: the route's whole job. */
export const inTransaction = <T>(request: FastifyRequest, work: (tx: Transaction, context: RequestContext) => Promise<T>): Promise<Exclude<T, RefusedAfterCommit>> =>
  run(request, requestContext(request), work);

/** The same for the public routes (logging in, the public office page): nobody is acting yet. */
export const inAnonymousTransaction = <T>(
  request: FastifyRequest,
  work: (tx: Transaction, context: AnonymousContext) => Promise<T>,
): Promise<Exclude<T, RefusedAfterCommit>> => run(request, anonymousContext(request), work);

// Only reads may skip the transaction; a write, or a read that decides a write, needs one (decision 045).
const readMethods = new Set(['GET', 'HEAD']);

const read = <C, T>(request: FastifyRequest, context: C, work: (db: Database, context: C) => Promise<T>): Promise<T> => {
  if (!readMethods.has(request.method)) {
    throw new Error(`${request.method} ${request.routeOptions.url ?? request.url} runs a service outside a transaction; writes use inTransaction`);
  }
  return work(request.server.database.db, context);
};

/**
 * Runs a read service on the database handle, without BEGIN and COMMIT: for GET routes that read in one statement
 * (one snapshot) or in statements that are each a complete section of the answer. PDFs, downloads and anything
 * that reads to decide a write stay in `inTransaction` (decision 045).
 */
export const inSnapshot = <T>(request: FastifyRequest, work: (db: Database, context: RequestContext) => Promise<T>): Promise<T> =>
  read(request, requestContext(request), work);

/** The same for public reads (the public office page). */
export const inAnonymousSnapshot = <T>(request: FastifyRequest, work: (db: Database, context: AnonymousContext) => Promise<T>): Promise<T> =>
  read(request, anonymousContext(request), work);
