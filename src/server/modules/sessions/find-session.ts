import { eq, sql } from 'drizzle-orm';
import type { SessionResponse } from '../../../contracts/sessions';
import { accounts } from '../../platform/auth/schema';
import type { Executor } from '../../platform/db/database';
import { reusableStatement } from '../../platform/db/reusable-statement';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { organisers } from '../../platform/tenancy/schema';

// The web app asks for the session on every page load.
const sessionAccount = reusableStatement(
  () => 'session_account',
  (db) =>
    db
      .select({
        accountId: accounts.id,
        email: accounts.email,
        displayName: accounts.displayName,
        locale: accounts.locale,
        totpEnabledAt: accounts.totpEnabledAt,
        organiserId: organisers.id,
        organiserSlug: organisers.slug,
        organiserName: organisers.name,
      })
      .from(accounts)
      .innerJoin(organisers, eq(organisers.id, sql.placeholder('organiserId')))
      .where(eq(accounts.id, sql.placeholder('accountId'))),
);

/** The session as the web app sees it: who is logged in, for which organiser, in which role, and the CSRF token. */
export const findSession = async (db: Executor, { actor }: Pick<RequestContext, 'actor'>): Promise<SessionResponse> => {
  const [row] = await sessionAccount(db).execute({ organiserId: actor.organiserId, accountId: actor.accountId });
  if (!row) throw notFound('Session');
  return {
    account: { id: row.accountId, email: row.email, displayName: row.displayName, locale: row.locale },
    organiser: { id: row.organiserId, slug: row.organiserSlug, name: row.organiserName },
    role: actor.role,
    stage: actor.sessionStage,
    twoFactorEnabled: row.totpEnabledAt !== null,
    csrfToken: actor.csrfToken,
  };
};
