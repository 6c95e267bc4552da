import { and, desc, eq, ilike, or, sql } from 'drizzle-orm';
import { encodeCursor } from '../../../contracts/pagination';
import type { ListReferralsQuery, Referral } from '../../../contracts/referrals';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { presentReferral, referralVisibleTo } from './referral-repository';
import { referrals } from './schema';
import { containsPattern } from '../../platform/db/like-pattern';

/** The intake queue, newest first. */
export const listReferrals = async (db: Executor, context: RequestContext, query: ListReferralsQuery): Promise<{ items: Referral[]; nextCursor: string | null }> => {
  const { actor } = context;
  const after = query.cursor;
  const pattern = query.q ? containsPattern(query.q) : undefined;
  const rows = await db
    .select()
    .from(referrals)
    .where(
      and(
        referralVisibleTo(actor),
        query.status ? eq(referrals.status, query.status) : undefined,
        pattern ? or(ilike(referrals.lastName, pattern), ilike(referrals.firstName, pattern), ilike(referrals.counsellorName, pattern)) : undefined,
        after ? sql`(${referrals.receivedAt}, ${referrals.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(referrals.receivedAt), desc(referrals.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => presentReferral(row, actor.role)),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.receivedAt.toISOString(), last.id]) : null,
  };
};
