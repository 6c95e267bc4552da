import { asc, eq } from 'drizzle-orm';
import type { ReferralAdmissionContext } from '../../../contracts/referrals';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { organisers } from '../../platform/tenancy/schema';
import { municipalities } from '../municipalities/schema';

/** The facts the referral form and the intake wizard check R1 and R2 against before anything is sent. */
export const findAdmissionContext = async (tx: Transaction, { actor }: RequestContext): Promise<ReferralAdmissionContext> => {
  const [organiser] = await tx.select({ policy: organisers.outsideAreaPolicy }).from(organisers).where(eq(organisers.id, actor.organiserId));
  const area = await tx
    .select({ id: municipalities.id, name: municipalities.nameNl, postcodes: municipalities.postcodes })
    .from(municipalities)
    .where(eq(municipalities.organiserId, actor.organiserId))
    .orderBy(asc(municipalities.nameNl));
  return { agency: actor.role === 'counsellor' ? actor.agency : null, outsideAreaPolicy: organiser?.policy ?? 'warn', area };
};
