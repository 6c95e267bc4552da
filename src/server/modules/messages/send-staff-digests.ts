import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { staffDigestRoles } from '../../../contracts/messages';
import { accounts, memberships } from '../../platform/auth/schema';
import type { Database } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { listReminders } from '../participants/list-reminders';
import { queueMessage } from './queue-message';
import { messages } from './schema';

/**
 * The morning digest (decision 035 and the `staff-digest` job): for every account that handles participants and did
 * not turn it off, the reminders it would see on its start page, as one `staff-digest` message, only when there is
 * something. One short transaction per account; an account that already has the day's digest is skipped, so a
 * retried run does not send twice.
 */
export const sendStaffDigests = async (db: Database, { day, now }: { day: string; now: Date }): Promise<number> => {
  const handlers = await db
    .select({ accountId: memberships.accountId, organiserId: memberships.organiserId, role: memberships.role, agency: memberships.agency })
    .from(memberships)
    .innerJoin(accounts, eq(accounts.id, memberships.accountId))
    .where(and(inArray(memberships.role, [...staffDigestRoles]), eq(accounts.staffDigest, true), isNull(accounts.disabledAt)));
  let queued = 0;
  for (const handler of handlers) {
    // The reminders as this person sees them: their own caseload's, through the same query as the start page.
    const context: RequestContext = {
      actor: { ...handler, sessionTokenHash: '', sessionStage: 'complete', csrfToken: '' },
      requestId: `staff-digest:${day}`,
      ip: '',
      now,
    };
    queued += await db.transaction(async (tx) => {
      const [already] = await tx
        .select({ id: messages.id })
        .from(messages)
        .where(
          and(
            eq(messages.organiserId, handler.organiserId),
            eq(messages.recipientAccountId, handler.accountId),
            eq(messages.template, 'staff-digest'),
            sql`${messages.data}->>'date' = ${day}`,
          ),
        );
      if (already) return 0;
      const { items } = await listReminders(tx, context);
      if (items.length === 0) return 0;
      await queueMessage(tx, context, {
        recipient: { kind: 'account', accountId: handler.accountId },
        template: 'staff-digest',
        data: { date: day, reminders: items.map(({ kind, participantName, dueOn }) => ({ kind, participantName, dueOn })) },
      });
      return 1;
    });
  }
  return queued;
};
