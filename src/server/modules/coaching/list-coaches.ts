import { and, asc, count, eq, isNull, ne } from 'drizzle-orm';
import { accounts, memberships } from '../../platform/auth/schema';
import type { CoachList } from '../../../contracts/coaching';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { participants } from '../participants/schema';

/** The organiser's active werkcoaches with how many running participants each follows, for the coach picker. */
export const listCoaches = async (db: Executor, context: RequestContext): Promise<CoachList> => {
  const organiserId = context.actor.organiserId;
  const items = await db
    .select({ accountId: accounts.id, name: accounts.displayName, caseload: count(participants.id) })
    .from(memberships)
    .innerJoin(accounts, and(eq(accounts.id, memberships.accountId), isNull(accounts.disabledAt)))
    .leftJoin(participants, and(eq(participants.coachAccountId, accounts.id), eq(participants.organiserId, organiserId), ne(participants.status, 'ended')))
    .where(and(eq(memberships.organiserId, organiserId), eq(memberships.role, 'coach')))
    .groupBy(accounts.id, accounts.displayName)
    .orderBy(asc(accounts.displayName));
  return { items };
};
