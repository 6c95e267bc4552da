import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { Transaction, Database } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { organiserWideRoles } from '../../../contracts/policies/participants';
import { consents, participants } from './schema';

/**
 * The rows an actor may see: staff the whole organiser; a counsellor the people they referred plus those who
 * consented to share with the counsellor's agency; a coach the people they coach; a wijk-werker their own record
 * (through their portal login); nobody else anything.
 */
export const participantVisibleTo = (actor: Actor): SQL => {
  const sameOrganiser = eq(participants.organiserId, actor.organiserId);
  if (organiserWideRoles.includes(actor.role)) return sameOrganiser;
  if (actor.role === 'coach') return and(sameOrganiser, eq(participants.coachAccountId, actor.accountId)) ?? sql`false`;
  if (actor.role === 'participant') return and(sameOrganiser, eq(participants.accountId, actor.accountId)) ?? sql`false`;
  if (actor.role === 'counsellor') {
    const consented = actor.agency
      ? sql`exists (select 1 from ${consents} where ${and(
          eq(consents.participantId, participants.id),
          eq(consents.organiserId, actor.organiserId),
          eq(consents.recipient, actor.agency),
          isNull(consents.withdrawnOn),
        )})`
      : sql`false`;
    return and(sameOrganiser, or(eq(participants.counsellorAccountId, actor.accountId), consented)) ?? sql`false`;
  }
  return sql`false`;
};

/** Loads a participant the actor may see, or answers 404 (also for another organiser's id). */
export const findVisibleParticipant = async (db: Database | Transaction, actor: Actor, participantId: string) => {
  const [row] = await db
    .select()
    .from(participants)
    .where(and(eq(participants.id, participantId), participantVisibleTo(actor)));
  if (!row) throw notFound('Participant');
  return row;
};
