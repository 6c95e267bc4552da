import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../http/app-error';
import { idempotencyKeys } from './schema';

const keyLifetimeMs = 24 * 60 * 60 * 1000;
const keyPattern = /^[\x21-\x7e]{1,255}$/;

/**
 * `Idempotency-Key` on the routes that opt in (`config.idempotent`): the same key with the same request replays the
 * first answer (one side effect); with another request it is a 422; while the first is still running a 409.
 * Keys live 24 hours per account. A 5xx answer is forgotten, so the client may retry.
 */
export const registerIdempotency = (app: FastifyInstance): void => {
  app.decorateRequest('idempotencyRecordId', null);

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    const actor = request.actor;
    if (!request.routeOptions.config.idempotent || key === undefined || !actor) return;
    if (typeof key !== 'string' || !keyPattern.test(key)) {
      throw new AppError('validation', 'VALIDATION_FAILED', 'Idempotency-Key must be 1–255 visible characters', {
        issues: [{ path: 'headers.idempotency-key', message: 'invalid' }],
      });
    }
    const db = app.database.db;
    const now = app.clock.now();
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.accountId, actor.accountId), lt(idempotencyKeys.createdAt, new Date(now.getTime() - keyLifetimeMs))));
    const [inserted] = await db
      .insert(idempotencyKeys)
      .values({ organiserId: actor.organiserId, accountId: actor.accountId, key, requestHash, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: idempotencyKeys.id });
    if (inserted) {
      request.idempotencyRecordId = inserted.id;
      return;
    }
    const [first] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.accountId, actor.accountId), eq(idempotencyKeys.key, key)));
    if (!first) throw new AppError('conflict', 'IDEMPOTENCY_IN_FLIGHT', 'The first request with this key is still being handled');
    if (first.requestHash !== requestHash) {
      throw new AppError('ruleRefused', 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for another request');
    }
    if (first.responseStatus === null) throw new AppError('conflict', 'IDEMPOTENCY_IN_FLIGHT', 'The first request with this key is still being handled');
    return reply.status(first.responseStatus).header('idempotent-replayed', 'true').send(first.responseBody);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const recordId = request.idempotencyRecordId;
    if (!recordId) return payload;
    const db = app.database.db;
    if (reply.statusCode >= 500) {
      await db.delete(idempotencyKeys).where(eq(idempotencyKeys.id, recordId));
      return payload;
    }
    const body: unknown = typeof payload === 'string' && payload.length > 0 ? JSON.parse(payload) : null;
    await db.update(idempotencyKeys).set({ responseStatus: reply.statusCode, responseBody: body }).where(eq(idempotencyKeys.id, recordId));
    return payload;
  });
};

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route accepts an `Idempotency-Key` header (creates and other side-effectful writes). */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    idempotencyRecordId: string | null;
  }
}
