import { and, desc, eq } from 'drizzle-orm';
import { participantEligibilityOn, type ParticipantEligibility } from '../../../domain/eligibility/participant-eligibility';
import { parseCivilDate, type CivilDate } from '../../../domain/time/civil-date';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { findVisibleParticipant } from './participant-access';
import { documents } from './schema';

/**
 * Eligibility on a date through the rules engine (R1–R3, R22), from the recorded evidence: the referral agency,
 * VDAB registration, benefit status, and the medical adviser's permission that covers the date (or the latest one).
 * Without a date: today.
 */
export const checkEligibility = async (
  tx: Transaction,
  context: RequestContext,
  { participantId, date: asked }: { participantId: string; date?: string | undefined },
): Promise<ParticipantEligibility & { date: CivilDate }> => {
  const { actor } = context;
  const date = asked === undefined ? civilDateOfInstant(context.now) : parseCivilDate(asked);
  const participant = await findVisibleParticipant(tx, actor, participantId);
  const permissions = await tx
    .select({ validFrom: documents.validFrom, validTo: documents.validTo })
    .from(documents)
    .where(and(eq(documents.organiserId, actor.organiserId), eq(documents.participantId, participantId), eq(documents.type, 'medical_permission')))
    .orderBy(desc(documents.validTo));
  const dated = permissions.flatMap((permission) =>
    permission.validFrom && permission.validTo ? [{ validFrom: parseCivilDate(permission.validFrom), validTo: parseCivilDate(permission.validTo) }] : [],
  );
  const covering = dated.find((permission) => permission.validFrom <= date && date <= permission.validTo) ?? dated[0] ?? null;
  const result = participantEligibilityOn(
    {
      domicilePostcode: participant.postcode,
      referralChannel: participant.referralAgency,
      registeredWithVdab: participant.vdabRegistered,
      benefitStatus: participant.benefitStatus,
      medicalAdviserPermission: covering,
      availableForLabourMarket: participant.availableForLabourMarket,
    },
    date,
  );
  return { date, ...result };
};
