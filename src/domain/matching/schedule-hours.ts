import type { JobSchedule } from '../job-requests/job-schedule';
import { countedHoursOf } from '../limits/counted-hours';
import { daysBetween, isoDayOfWeek } from '../time/civil-date-arithmetic';
import { earlierOf, laterOf, type CivilDate } from '../time/civil-date';

/**
 * The started hours (R4, decision 114) a schedule's sessions count from `from` to `to` inclusive: what
 * `scheduleSessionsIn` would list, counted without listing them. Matching sums this over every open assignment of
 * thousands of participants, so it counts weekdays arithmetically instead of walking the dates.
 */
export function scheduleHoursIn(schedule: JobSchedule, from: CivilDate, to: CivilDate): number {
  const first = laterOf(from, schedule.startDate);
  const last = schedule.endDate === null ? to : earlierOf(to, schedule.endDate);
  if (last < first) return 0;
  const firstWeekday = isoDayOfWeek(first);
  const span = daysBetween(first, last);
  let sessions = 0;
  for (const slot of schedule.slots) {
    const offset = (slot.weekday - firstWeekday + 7) % 7;
    if (offset > span) continue;
    sessions += schedule.kind === 'one_off' ? 1 : Math.floor((span - offset) / 7) + 1;
  }
  return sessions === 0 ? 0 : sessions * countedHoursOf(schedule.minutesPerSession);
}
