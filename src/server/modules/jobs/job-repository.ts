import { eq, isNull, or, type SQL } from 'drizzle-orm';
import type { Job } from '../../../contracts/jobs';
import type { Actor } from '../../platform/auth/actor';
import { jobs } from '../../platform/jobs/schema';

/** The organiser's own jobs; an admin also sees the platform-wide ones (no organiser), which hold no organiser data. */
export const jobVisibleTo = (actor: Actor): SQL | undefined =>
  actor.role === 'admin' ? or(eq(jobs.organiserId, actor.organiserId), isNull(jobs.organiserId)) : eq(jobs.organiserId, actor.organiserId);

export const presentJob = (row: typeof jobs.$inferSelect): Job => ({
  id: row.id,
  kind: row.kind,
  status: row.status,
  platformWide: row.organiserId === null,
  attempts: row.attempts,
  maxAttempts: row.maxAttempts,
  runAt: row.runAt?.toISOString() ?? null,
  lastError: row.lastError,
  createdAt: row.createdAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
});
