import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { CalendarFeed } from '../../../contracts/assignments';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Executor, Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { calendarFeeds } from './schema';

/** Only the hash is stored: a leaked database gives no working calendar address. */
export const hashFeedToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const activeFeedOf = (context: RequestContext) =>
  and(eq(calendarFeeds.organiserId, context.actor.organiserId), eq(calendarFeeds.accountId, context.actor.accountId), isNull(calendarFeeds.revokedAt));

/** Whether the logged-in account has a calendar address now; the address itself was shown only when it was made. */
export const findCalendarFeed = async (db: Executor, context: RequestContext): Promise<CalendarFeed> => {
  const [feed] = await db.select().from(calendarFeeds).where(activeFeedOf(context)).orderBy(desc(calendarFeeds.createdAt)).limit(1);
  return { active: feed !== undefined, createdAt: feed?.createdAt.toISOString() ?? null, url: null };
};

const revokeActive = (tx: Transaction, context: RequestContext) => tx.update(calendarFeeds).set({ revokedAt: context.now }).where(activeFeedOf(context));

/**
 * A new secret calendar address for the logged-in account (32 random bytes); an earlier one stops working, so
 * "make a new link" is also how a leaked one is replaced. The answer is the only time the address is shown.
 */
export const createCalendarFeed = async (tx: Transaction, context: RequestContext, { publicUrl }: { publicUrl: URL }): Promise<CalendarFeed> => {
  await revokeActive(tx, context);
  const token = randomBytes(32).toString('base64url');
  const [feed] = await tx
    .insert(calendarFeeds)
    .values({ organiserId: context.actor.organiserId, accountId: context.actor.accountId, tokenHash: hashFeedToken(token), createdAt: context.now })
    .returning({ id: calendarFeeds.id });
  if (feed) await recordAudit(tx, context, { action: 'calendar_feed.create', entityType: 'calendar_feed', entityId: feed.id });
  return { active: true, createdAt: context.now.toISOString(), url: new URL(`/ical/${token}.ics`, publicUrl).toString() };
};

/** The calendar address stops working at once. */
export const revokeCalendarFeed = async (tx: Transaction, context: RequestContext): Promise<CalendarFeed> => {
  const revoked = await revokeActive(tx, context).returning({ id: calendarFeeds.id });
  for (const feed of revoked) await recordAudit(tx, context, { action: 'calendar_feed.revoke', entityType: 'calendar_feed', entityId: feed.id });
  return { active: false, createdAt: null, url: null };
};
