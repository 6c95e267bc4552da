import { eq } from 'drizzle-orm';
import type { CreateReferralRequest, Referral } from '../../../contracts/referrals';
import { recordAudit } from '../../platform/audit/record-audit';
import { accounts } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { presentReferral } from './referral-repository';
import { referrals } from './schema';

/**
 * R2: only VDAB and OCMW refer. A counsellor refers for their own agency from the portal; a coordinator records
 * a referral that came in by phone or e-mail and must say from which agency and counsellor.
 */
export const createReferral = async (tx: Transaction, context: RequestContext, input: CreateReferralRequest): Promise<Referral> => {
  const { actor } = context;
  let source: { agency: 'vdab' | 'ocmw'; channel: 'portal' | 'phone' | 'email'; counsellorAccountId: string | null; counsellorName: string; counsellorEmail: string | null };
  if (actor.role === 'counsellor') {
    if (input.recordedFor) {
      throw new AppError('validation', 'VALIDATION_FAILED', 'Counsellors refer for themselves', { issues: [{ path: 'body.recordedFor', message: 'not allowed' }] });
    }
    if (!actor.agency) throw new AppError('forbidden', 'COUNSELLOR_AGENCY_MISSING', 'Your account is not linked to VDAB or OCMW');
    const [me] = await tx.select({ name: accounts.displayName, email: accounts.email }).from(accounts).where(eq(accounts.id, actor.accountId));
    source = { agency: actor.agency, channel: 'portal', counsellorAccountId: actor.accountId, counsellorName: me?.name ?? '', counsellorEmail: me?.email ?? null };
  } else {
    if (!input.recordedFor) {
      throw new AppError('validation', 'VALIDATION_FAILED', 'Say which agency and counsellor referred', { issues: [{ path: 'body.recordedFor', message: 'required' }] });
    }
    const { agency, channel, counsellorName, counsellorEmail } = input.recordedFor;
    source = { agency, channel, counsellorAccountId: null, counsellorName, counsellorEmail: counsellorEmail ?? null };
  }
  const [row] = await tx
    .insert(referrals)
    .values({
      organiserId: actor.organiserId,
      ...source,
      firstName: input.candidate.firstName,
      lastName: input.candidate.lastName,
      phone: input.candidate.phone ?? null,
      email: input.candidate.email ?? null,
      postcode: input.candidate.postcode,
      benefitStatus: input.benefitStatus ?? null,
      agreements: input.agreements,
      receivedAt: context.now,
    })
    .returning();
  if (!row) throw new Error('Insert returned no row');
  await recordAudit(tx, context, { action: 'referral.create', entityType: 'referral', entityId: row.id, changedFields: { agency: source.agency, channel: source.channel } });
  return presentReferral(row, context.actor.role);
};
