import { and, eq, sql } from 'drizzle-orm';
import type { ParticipantFields } from '../../../contracts/participants';
import type { Agency } from '../../../contracts/referrals';
import { parseInsz } from '../../../domain/identity/insz';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { participantColumnValues } from './participant-values';
import { participants } from './schema';

type Enrolment = {
  /** The intake form's fields, with the INSZ that identifies the person. */
  readonly fields: ParticipantFields & { readonly insz: string };
  /** The accepted referral the person comes in on. */
  readonly referral: { readonly id: string; readonly agency: Agency; readonly counsellorAccountId: string | null };
  readonly municipalityId: string | null;
  /** The werkcoach for someone who has none yet; a known person keeps their coach. */
  readonly suggestedCoachAccountId: string | null;
  /** Recorded in the audit trail: a domicile outside the organiser's area that the organiser accepts. */
  readonly outsideArea: boolean;
};

/**
 * The intake makes the referred person a wijk-werker record. One INSZ is one person per organiser: a known INSZ
 * whose trajectory has ended is a re-referral (hertoeleiding, R5) and the existing record takes the new referral and
 * intake; any other known INSZ is a 409 pointing to the existing record.
 */
export const enrolParticipant = async (
  tx: Transaction,
  context: RequestContext,
  { fields, referral, municipalityId, suggestedCoachAccountId, outsideArea }: Enrolment,
): Promise<{ participantId: string; rereferral: boolean }> => {
  const organiserId = context.actor.organiserId;
  const [existing] = await tx
    .select({ id: participants.id, status: participants.status, coachAccountId: participants.coachAccountId })
    .from(participants)
    .where(and(eq(participants.organiserId, organiserId), eq(participants.insz, fields.insz)));
  if (existing && existing.status !== 'ended') {
    throw new AppError('conflict', 'DUPLICATE_INSZ', 'A participant with this INSZ already exists', { participantId: existing.id });
  }
  const coachAccountId = existing?.coachAccountId ?? suggestedCoachAccountId;
  const { insz, ...editable } = fields;
  const values = {
    ...participantColumnValues(editable),
    municipalityId,
    referralAgency: referral.agency,
    counsellorAccountId: referral.counsellorAccountId,
    coachAccountId,
    updatedAt: context.now,
  };
  const [saved] = existing
    ? await tx
        .update(participants)
        // Only while the earlier trajectory is still the last word: a concurrent re-referral finds `intake` and gets 409.
        .set({ ...values, status: 'intake', version: sql`${participants.version} + 1` })
        .where(and(eq(participants.id, existing.id), eq(participants.status, 'ended')))
        .returning({ id: participants.id })
    : await tx
        .insert(participants)
        .values({ ...values, organiserId, insz, birthDate: parseInsz(insz)?.birthDate ?? null, createdAt: context.now })
        .returning({ id: participants.id });
  if (!saved) throw new AppError('conflict', 'DUPLICATE_INSZ', 'A participant with this INSZ already exists', { participantId: existing?.id });
  const rereferral = existing !== undefined;
  await recordAudit(tx, context, {
    action: rereferral ? 'participant.rereferral' : 'participant.create',
    entityType: 'participant',
    entityId: saved.id,
    changedFields: { referralId: referral.id, coachAccountId, municipalityId, outsideArea },
  });
  return { participantId: saved.id, rereferral };
};
