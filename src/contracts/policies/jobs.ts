import type { PolicyTable } from './policy-table';

/**
 * Staff who handle what jobs do (messages, reminders) see the organiser's jobs and retry failed ones; jobs of the
 * platform itself (no organiser) only the admin (src/server/modules/jobs/job-visibility.ts).
 */
export const jobsPolicy = {
  'jobs.read': ['admin', 'coordinator'],
  'jobs.retry': ['admin', 'coordinator'],
} as const satisfies PolicyTable;
