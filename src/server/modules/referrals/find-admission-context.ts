import { asc, eq } from 'drizzle-orm';
import type { ReferralAdmissionContext } from '../../../contracts/referrals';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { organisers } from '../../platform/tenancy/schema';
import { municipalities } from '../municipalities/schema';

/** The facts the referral form and the intake wizard check R1 and R2 against before anything is sent. */
export const findAdmissionContext = async (db: Executor, { actor }: RequestContext): Promise<ReferralAdmissionContext> => {
  const [organiser] = await db.select({ policy: organisers.outsideAreaPolicy }).from(organisers).where(eq(organisers.id, actor.organiserId));
  const area = await db
    .select({ id: municipalities.id, name: municipalities.nameNl, postcodes: municipalities.postcodes })
    .from(municipalities)
    .where(eq(municipalities.organiserId, actor.organiserId))
    .orderBy(asc(municipalities.nameNl));
  return { agency: actor.role === 'counsellor' ? actor.agency : null, outsideAreaPolicy: organiser?.policy ?? 'warn', area };
};
