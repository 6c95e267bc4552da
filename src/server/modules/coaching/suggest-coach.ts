import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { BenefitStatus } from '../../../contracts/participants';
import { accounts, memberships } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import { participants } from '../participants/schema';
import { coachMunicipalities } from './schema';

/**
 * Leefloon participants living in a municipality with the werkcoach arrangement get a coach: the organiser's
 * active coach with the fewest participants, so work is spread evenly. Null when no coach applies.
 */
export const suggestCoach = async (
  tx: Transaction,
  organiserId: string,
  participant: { benefitStatus: BenefitStatus; municipalityId: string | null },
): Promise<string | null> => {
  if (participant.benefitStatus !== 'leefloon' || participant.municipalityId === null) return null;
  const [covered] = await tx
    .select({ municipalityId: coachMunicipalities.municipalityId })
    .from(coachMunicipalities)
    .where(and(eq(coachMunicipalities.organiserId, organiserId), eq(coachMunicipalities.municipalityId, participant.municipalityId)));
  if (!covered) return null;
  const [coach] = await tx
    .select({ accountId: memberships.accountId, caseload: count(participants.id) })
    .from(memberships)
    .innerJoin(accounts, and(eq(accounts.id, memberships.accountId), sql`${accounts.disabledAt} is null`))
    .leftJoin(participants, and(eq(participants.coachAccountId, memberships.accountId), eq(participants.organiserId, organiserId), sql`${participants.status} <> 'ended'`))
    .where(and(eq(memberships.organiserId, organiserId), eq(memberships.role, 'coach')))
    .groupBy(memberships.accountId)
    .orderBy(asc(count(participants.id)), asc(memberships.accountId))
    .limit(1);
  return coach?.accountId ?? null;
};
