import { and, eq } from 'drizzle-orm';
import type { BenefitStatus } from '../../../contracts/participants';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { listCoaches } from './list-coaches';
import { coachMunicipalities } from './schema';

/**
 * Leefloon participants living in a municipality with the werkcoach arrangement get a coach: the organiser's
 * active coach with the fewest running participants, so work is spread evenly. Null when no coach applies.
 */
export const suggestCoach = async (
  tx: Transaction,
  context: RequestContext,
  participant: { benefitStatus: BenefitStatus; municipalityId: string | null },
): Promise<string | null> => {
  if (participant.benefitStatus !== 'leefloon' || participant.municipalityId === null) return null;
  const organiserId = context.actor.organiserId;
  const [covered] = await tx
    .select({ municipalityId: coachMunicipalities.municipalityId })
    .from(coachMunicipalities)
    .where(and(eq(coachMunicipalities.organiserId, organiserId), eq(coachMunicipalities.municipalityId, participant.municipalityId)));
  if (!covered) return null;
  const { items: coaches } = await listCoaches(tx, context);
  const [leastBusy] = [...coaches].sort((a, b) => a.caseload - b.caseload || a.accountId.localeCompare(b.accountId));
  return leastBusy?.accountId ?? null;
};
