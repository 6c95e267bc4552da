import { and, asc, eq, gt, ilike, or } from 'drizzle-orm';
import type { Account, ListAccountsQuery } from '../../../contracts/accounts';
import { encodeCursor } from '../../../contracts/pagination';
import { accounts, memberships } from '../../platform/auth/schema';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { accountColumns, presentAccount } from './account-repository';
import { containsPattern } from '../../platform/db/like-pattern';

export const listAccounts = async (
  db: Executor,
  context: RequestContext,
  { q, limit, cursor: after, role }: ListAccountsQuery,
): Promise<{ items: Account[]; nextCursor: string | null }> => {
  const organiserId = context.actor.organiserId;
  const pattern = q ? containsPattern(q) : undefined;
  const rows = await db
    .select(accountColumns)
    .from(accounts)
    .innerJoin(memberships, and(eq(memberships.accountId, accounts.id), eq(memberships.organiserId, organiserId)))
    .where(
      and(
        role ? eq(memberships.role, role) : undefined,
        pattern ? or(ilike(accounts.email, pattern), ilike(accounts.displayName, pattern)) : undefined,
        after ? or(gt(accounts.email, after[0]), and(eq(accounts.email, after[0]), gt(accounts.id, after[1]))) : undefined,
      ),
    )
    .orderBy(asc(accounts.email), asc(accounts.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(presentAccount),
    nextCursor: rows.length > limit && last ? encodeCursor([last.email, last.id]) : null,
  };
};
