import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/database';
import { AppError, versionConflict } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { findVisibleReferral } from './referral-repository';
import { referrals } from './schema';

type Changes = Partial<typeof referrals.$inferInsert>;

/** Moves an open referral (received or intake planned) on, with optimistic locking; a closed one is a 409. */
export const updateOpenReferral = async (tx: Transaction, context: RequestContext, referralId: string, version: number, changes: Changes) => {
  const current = await findVisibleReferral(tx, context.actor, referralId);
  if (current.status !== 'received' && current.status !== 'intake_planned') {
    throw new AppError('conflict', 'INVALID_STATE', `The referral is already ${current.status}`);
  }
  const [row] = await tx
    .update(referrals)
    .set({ ...changes, version: sql`${referrals.version} + 1` })
    .where(and(eq(referrals.id, referralId), eq(referrals.version, version), inArray(referrals.status, ['received', 'intake_planned'])))
    .returning();
  if (!row) throw versionConflict();
  return row;
};
