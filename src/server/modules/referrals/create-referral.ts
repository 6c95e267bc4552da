import { eq } from 'drizzle-orm';
import type { CreateReferralRequest, Referral } from '../../../contracts/referrals';
import { recordAudit } from '../../platform/audit/record-audit';
import { accounts } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import { AppError, ruleRefused } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { referralAdmission } from './referral-admission';
import { presentReferral } from './referral-repository';
import { referrals } from './schema';

/**
 * R2: only VDAB and OCMW refer. A counsellor refers for their own agency from the portal; a coordinator records
 * a referral that came in by phone or e-mail and must say from which agency and counsellor. What the rules refuse
 * outright is never stored: a domicile outside Flanders (or outside the area when the organiser refuses those, R1),
 * and a known benefit that belongs to the other channel (R2: leefloon through the OCMW, the rest through the VDAB).
 */
export const createReferral = async (tx: Transaction, context: RequestContext, input: CreateReferralRequest): Promise<Referral> => {
  const { actor } = context;
  let source: {
    agency: 'vdab' | 'ocmw';
    channel: 'portal' | 'phone' | 'email';
    counsellorAccountId: string | null;
    counsellorName: string;
    counsellorEmail: string | null;
  };
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
  const { refusals } = await referralAdmission(tx, actor.organiserId, {
    agency: source.agency,
    postcode: input.candidate.postcode,
    benefitStatus: input.benefitStatus ?? null,
    chosenMunicipalityId: null,
  });
  if (refusals.length > 0) throw ruleRefused(refusals, 'The scheme rules do not allow this referral');
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
  await recordAudit(tx, context, {
    action: 'referral.create',
    entityType: 'referral',
    entityId: row.id,
    changedFields: { agency: source.agency, channel: source.channel },
  });
  return presentReferral(row, context.actor.role);
};
