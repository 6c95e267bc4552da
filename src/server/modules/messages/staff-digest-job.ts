import { z } from 'zod';
import { civilDateOutputSchema } from '../../../contracts/common';
import { defineJob } from '../../platform/jobs/define-job';
import type { JobSchedule } from '../../platform/jobs/job-schedule';
import { sendStaffDigests } from './send-staff-digests';

const kind = 'staff-digest';

/** Every morning at 07:00 Brussels time, before the offices open. */
export const staffDigestSchedule: JobSchedule = { kind, at: { hour: 7, minute: 0 }, timeZone: 'Europe/Brussels' };

/** Queues the day's digests; each is then delivered by its own `deliver-message` job. */
export const staffDigestJob = defineJob({
  kind,
  payload: z.object({ day: civilDateOutputSchema }),
  maxAttempts: 3,
  run: async (db, { day }, { now }) => {
    await sendStaffDigests(db, { day, now });
  },
});
