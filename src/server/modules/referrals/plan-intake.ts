import { and, eq } from 'drizzle-orm';
import type { PlanIntakeRequest, Referral } from '../../../contracts/referrals';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { offices } from '../offices/schema';
import { presentReferral } from './referral-repository';
import { updateOpenReferral } from './update-open-referral';

export const planIntake = async (tx: Transaction, context: RequestContext, { referralId, ...input }: PlanIntakeRequest & { referralId: string }): Promise<Referral> => {
  if (input.officeId) {
    const [office] = await tx
      .select({ id: offices.id })
      .from(offices)
      .where(and(eq(offices.id, input.officeId), eq(offices.organiserId, context.actor.organiserId)));
    if (!office) throw notFound('Office');
  }
  const row = await updateOpenReferral(tx, context, referralId, input.version, {
    status: 'intake_planned',
    intakeAt: new Date(input.at),
    intakeOfficeId: input.officeId ?? null,
  });
  await recordAudit(tx, context, {
    action: 'referral.intake.plan',
    entityType: 'referral',
    entityId: referralId,
    changedFields: { at: input.at, officeId: input.officeId },
  });
  return presentReferral(row, context.actor.role);
};
