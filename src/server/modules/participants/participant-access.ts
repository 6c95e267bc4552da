import { and, eq, isNull, or, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { Agency } from '../../../contracts/referrals';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { organiserWideRoles } from '../../../contracts/policies/participants';
import { consents, participants } from './schema';

/** Whose visibility: an actor, or the placeholders of a reusable statement for one (`visibilityPlaceholders`). */
export type VisibilityScope = Pick<Actor, 'role'> & {
  organiserId: string | Placeholder;
  accountId: string | Placeholder;
  agency: Agency | Placeholder | null;
};

/** The scope of a reusable statement: its SQL differs only by role and by whether there is an agency. */
export const visibilityPlaceholders = (actor: Actor): VisibilityScope => ({
  role: actor.role,
  organiserId: sql.placeholder('organiserId'),
  accountId: sql.placeholder('accountId'),
  agency: actor.agency === null ? null : sql.placeholder('agency'),
});

/** The values for `visibilityPlaceholders`. */
export const visibilityValues = (actor: Actor) => ({ organiserId: actor.organiserId, accountId: actor.accountId, agency: actor.agency });

/** The part of a reusable statement's name that `visibilityPlaceholders` decides. */
export const visibilityShapeName = (actor: Actor): string => `${actor.role}${actor.agency === null ? '' : '_agency'}`;

/**
 * The rows an actor may see: staff the whole organiser; a counsellor the people they referred plus those who
 * consented to share with the counsellor's agency; a coach the people they coach; a wijk-werker their own record
 * (through their portal login); nobody else anything.
 */
export const participantVisibleTo = (actor: VisibilityScope): SQL => {
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
export const findVisibleParticipant = async (db: Executor, actor: Actor, participantId: string) => {
  const [row] = await db
    .select()
    .from(participants)
    .where(and(eq(participants.id, participantId), participantVisibleTo(actor)));
  if (!row) throw notFound('Participant');
  return row;
};
