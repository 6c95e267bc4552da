import { eq } from 'drizzle-orm';
import type { SessionResponse } from '../../../contracts/sessions';
import { accounts } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { organisers } from '../../platform/tenancy/schema';

/** The session as the web app sees it: who is logged in, for which organiser, in which role, and the CSRF token. */
export const findSession = async (tx: Transaction, { actor }: Pick<RequestContext, 'actor'>): Promise<SessionResponse> => {
  const [row] = await tx
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
    .innerJoin(organisers, eq(organisers.id, actor.organiserId))
    .where(eq(accounts.id, actor.accountId));
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
