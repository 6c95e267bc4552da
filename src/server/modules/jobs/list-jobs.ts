import { and, desc, eq, ilike, sql } from 'drizzle-orm';
import type { Job, ListJobsQuery } from '../../../contracts/jobs';
import { encodeCursor } from '../../../contracts/pagination';
import type { Transaction } from '../../platform/db/database';
import { containsPattern } from '../../platform/db/like-pattern';
import type { RequestContext } from '../../platform/http/request-context';
import { jobs } from '../../platform/jobs/schema';
import { jobVisibleTo, presentJob } from './job-repository';

/** The jobs the actor may see, newest first; staff mostly ask for the failed ones. */
export const listJobs = async (tx: Transaction, context: RequestContext, query: ListJobsQuery): Promise<{ items: Job[]; nextCursor: string | null }> => {
  const after = query.cursor;
  const rows = await tx
    .select()
    .from(jobs)
    .where(
      and(
        jobVisibleTo(context.actor),
        query.status ? eq(jobs.status, query.status) : undefined,
        query.q ? ilike(jobs.kind, containsPattern(query.q)) : undefined,
        after ? sql`(${jobs.createdAt}, ${jobs.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(jobs.createdAt), desc(jobs.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentJob),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
};
