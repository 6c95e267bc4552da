import { and, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/database';
import { notFound, versionConflict } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { offices } from './schema';

type Changes = Partial<Pick<typeof offices.$inferInsert, 'name' | 'phone' | 'email' | 'street' | 'postcode' | 'city'>>;

/**
 * Optimistic locking: applies the changes only if the caller saw the current version, and bumps it once.
 * A stale version is a 409; an id of another organiser a 404.
 */
export const bumpOfficeVersion = async (tx: Transaction, context: RequestContext, officeId: string, expectedVersion: number, changes: Changes = {}): Promise<void> => {
  const updated = await tx
    .update(offices)
    .set({ ...changes, version: sql`${offices.version} + 1`, updatedAt: context.now })
    .where(and(eq(offices.id, officeId), eq(offices.organiserId, context.actor.organiserId), eq(offices.version, expectedVersion)))
    .returning({ id: offices.id });
  if (updated.length > 0) return;
  const [exists] = await tx
    .select({ id: offices.id })
    .from(offices)
    .where(and(eq(offices.id, officeId), eq(offices.organiserId, context.actor.organiserId)));
  throw exists ? versionConflict() : notFound('Office');
};
