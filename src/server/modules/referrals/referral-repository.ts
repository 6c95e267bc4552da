import { and, eq, type SQL } from 'drizzle-orm';
import type { Referral } from '../../../contracts/referrals';
import type { Role } from '../../../contracts/roles';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { visibleSensitiveFields } from '../../../contracts/policies/participants';
import { referrals } from './schema';

/** Coordinators and auditors see the organiser's whole queue; a counsellor only the referrals they made. */
export const referralVisibleTo = (actor: Actor): SQL | undefined =>
  actor.role === 'counsellor'
    ? and(eq(referrals.organiserId, actor.organiserId), eq(referrals.counsellorAccountId, actor.accountId))
    : eq(referrals.organiserId, actor.organiserId);

/**
 * The referral as `role` may see it. The benefit status follows the participant record's field rule
 * (`sensitiveFieldRoles`, decision 008), so a role never reads on the referral what the record hides from it.
 */
export const presentReferral = (row: typeof referrals.$inferSelect, role: Role): Referral => ({
  id: row.id,
  status: row.status,
  agency: row.agency,
  channel: row.channel,
  counsellor: { accountId: row.counsellorAccountId, name: row.counsellorName, email: row.counsellorEmail },
  candidate: { firstName: row.firstName, lastName: row.lastName, phone: row.phone, email: row.email, postcode: row.postcode },
  ...(visibleSensitiveFields(role).includes('benefitStatus') ? { benefitStatus: row.benefitStatus } : {}),
  agreements: row.agreements,
  intake: row.intakeAt ? { at: row.intakeAt.toISOString(), officeId: row.intakeOfficeId } : null,
  declineReason: row.declineReason,
  refusalReasons: row.refusalReasons,
  participantId: row.participantId,
  receivedAt: row.receivedAt.toISOString(),
  version: row.version,
});

export const findVisibleReferral = async (db: Executor, actor: Actor, referralId: string) => {
  const [row] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.id, referralId), referralVisibleTo(actor)));
  if (!row) throw notFound('Referral');
  return row;
};
