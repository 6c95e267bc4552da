import type { FastifyRequest } from 'fastify';
import type { Transaction } from '../db/database';
import { AppError } from './app-error';
import type { AnonymousContext, RequestContext } from './request-context';

export const anonymousContext = (request: FastifyRequest): AnonymousContext => ({
  requestId: request.id,
  ip: request.ip,
  now: request.server.clock.now(),
});

export const requestContext = (request: FastifyRequest): RequestContext => {
  const actor = request.actor;
  if (!actor) throw new AppError('unauthenticated', 'UNAUTHENTICATED', 'Log in first');
  return { ...anonymousContext(request), actor };
};

/** Runs one service call in one transaction with the request's context: the route's whole job. */
export const inTransaction = <T>(
  request: FastifyRequest,
  work: (tx: Transaction, context: RequestContext) => Promise<T>,
): Promise<T> => {
  const context = requestContext(request);
  return request.server.database.db.transaction((tx) => work(tx, context));
};
