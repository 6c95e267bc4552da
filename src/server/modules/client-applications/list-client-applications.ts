import { and, asc, eq } from 'drizzle-orm';
import type { ClientApplicationSummary, ListClientApplicationsQuery } from '../../../contracts/client-applications';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { clientApplications } from './schema';

/** How many of one status the list shows; new ones are few, decided ones the newest first would be a later page. */
const listLimit = 200;

/** The coordinator's list of applications with one status, the oldest first: the one waiting longest is on top. */
export const listClientApplications = async (
  db: Executor,
  context: RequestContext,
  { status }: ListClientApplicationsQuery,
): Promise<{ items: ClientApplicationSummary[] }> => {
  const rows = await db
    .select({
      id: clientApplications.id,
      status: clientApplications.status,
      category: clientApplications.category,
      name: clientApplications.name,
      city: clientApplications.city,
      contactName: clientApplications.contactName,
      submittedAt: clientApplications.submittedAt,
    })
    .from(clientApplications)
    .where(and(eq(clientApplications.organiserId, context.actor.organiserId), eq(clientApplications.status, status)))
    .orderBy(asc(clientApplications.submittedAt), asc(clientApplications.id))
    .limit(listLimit);
  return { items: rows.map((row) => ({ ...row, submittedAt: row.submittedAt.toISOString() })) };
};
