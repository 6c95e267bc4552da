import { z } from 'zod';
import { civilDateOutputSchema } from '../../../contracts/common';
import { defineJob } from '../../platform/jobs/define-job';
import type { JobSchedule } from '../../platform/jobs/job-schedule';
import { autoConfirmTimeEntries } from './auto-confirm-time-entries';

const kind = 'auto-confirm-time-entries';

/** Every night at 01:00 Brussels time: the day after a deadline, the unanswered hours count as confirmed. */
export const autoConfirmSchedule: JobSchedule = { kind, at: { hour: 1, minute: 0 }, timeZone: 'Europe/Brussels' };

/** Confirms the registered entries whose confirmation deadline has passed (decision 135). */
export const autoConfirmJob = defineJob({
  kind,
  payload: z.object({ day: civilDateOutputSchema }),
  maxAttempts: 3,
  run: async (db, { day }, { now }) => {
    await autoConfirmTimeEntries(db, { day, now, runId: `${kind}:${day}` });
  },
});
