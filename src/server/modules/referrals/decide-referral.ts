import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DeclineReferralRequest, PlanIntakeRequest, Referral } from '../../../contracts/referrals';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, notFound, versionConflict } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { offices } from '../offices/schema';
import { findVisibleReferral, presentReferral } from './referral-repository';
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

export const planIntake = async (tx: Transaction, context: RequestContext, referralId: string, input: PlanIntakeRequest): Promise<Referral> => {
  if (input.officeId) {
    const [office] = await tx.select({ id: offices.id }).from(offices).where(and(eq(offices.id, input.officeId), eq(offices.organiserId, context.actor.organiserId)));
    if (!office) throw notFound('Office');
  }
  const row = await updateOpenReferral(tx, context, referralId, input.version, {
    status: 'intake_planned',
    intakeAt: new Date(input.at),
    intakeOfficeId: input.officeId ?? null,
  });
  await recordAudit(tx, context, { action: 'referral.intake.plan', entityType: 'referral', entityId: referralId, changedFields: { at: input.at, officeId: input.officeId } });
  return presentReferral(row);
};

export const declineReferral = async (tx: Transaction, context: RequestContext, referralId: string, input: DeclineReferralRequest): Promise<Referral> => {
  const row = await updateOpenReferral(tx, context, referralId, input.version, { status: 'declined', declineReason: input.reason });
  await recordAudit(tx, context, { action: 'referral.decline', entityType: 'referral', entityId: referralId, changedFields: { reason: input.reason } });
  return presentReferral(row);
};
