import { eq } from 'drizzle-orm';
import type { JobScheduleInputBody } from '../../../contracts/job-requests';
import type { ClientCategory } from '../../../domain/clients/client-category';
import { jobPlaceCheck } from '../../../domain/job-requests/job-place';
import { checkJobSchedule, type JobSchedule } from '../../../domain/job-requests/job-schedule';
import { parseCivilDate } from '../../../domain/time/civil-date';
import type { Executor } from '../../platform/db/database';
import { AppError, ruleRefused } from '../../platform/http/app-error';
import { activityRulesFor, checkRequestedActivity } from '../activities/activity-rules';
import { municipalities } from '../municipalities/schema';

type Place = { readonly street: string; readonly postcode: string; readonly city: string };

export type CheckedJobRequest = {
  readonly schedule: JobSchedule;
  readonly place: Place;
  readonly placeMunicipalityId: string;
};

/**
 * Everything a job request must pass before it is saved, in the order a coordinator fixes them: the schedule as
 * typed (400 with the field of each fault, decision 052), the place (R1, R15: decision 060), then the activity for
 * the client's category and the place's municipality on the first day (R15, R16). Nothing is saved on a refusal.
 */
export const checkJobRequest = async (
  db: Executor,
  organiserId: string,
  client: { readonly id: string; readonly category: ClientCategory; readonly street: string; readonly postcode: string; readonly city: string },
  input: { readonly activityCode: string; readonly place: Place | null; readonly schedule: JobScheduleInputBody },
): Promise<CheckedJobRequest> => {
  const checked = checkJobSchedule(
    input.schedule.kind === 'one_off'
      ? { ...input.schedule, date: parseCivilDate(input.schedule.date) }
      : {
          ...input.schedule,
          startDate: parseCivilDate(input.schedule.startDate),
          endDate: input.schedule.endDate === null ? null : parseCivilDate(input.schedule.endDate),
        },
  );
  if (!checked.valid) {
    throw new AppError('validation', 'VALIDATION_FAILED', 'The schedule has faults', {
      issues: checked.problems.map((problem) => ({ path: `body.schedule.${problem.field}`, message: problem.code, details: problem.details ?? {} })),
    });
  }
  const place = input.place ?? { street: client.street, postcode: client.postcode, city: client.city };
  const area = await db.select({ id: municipalities.id, postcodes: municipalities.postcodes }).from(municipalities).where(eq(municipalities.organiserId, organiserId));
  const where = jobPlaceCheck(place.postcode, area);
  if (where.municipalityId === null) throw ruleRefused(where.reasons, 'Work cannot be done at this place');
  const rules = await activityRulesFor(db, organiserId, client, where.municipalityId);
  const activity = checkRequestedActivity(rules, client.category, input.activityCode, checked.schedule.startDate);
  if (!activity.allowed) throw ruleRefused(activity.reasons, 'This activity is not allowed for this client or place');
  return { schedule: checked.schedule, place, placeMunicipalityId: where.municipalityId };
};
