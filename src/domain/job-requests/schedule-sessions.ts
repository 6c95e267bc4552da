import { addDays, daysBetween, isoDayOfWeek } from '../time/civil-date-arithmetic';
import { earlierOf, laterOf, type CivilDate } from '../time/civil-date';
import type { JobSchedule } from './job-schedule';

/** One planned visit: a civil date and wall-clock minutes in Europe/Brussels, never an instant. */
export type ScheduleSession = {
  readonly date: CivilDate;
  readonly startMinute: number;
  readonly endMinute: number;
  /** The session's planned duration: what the caps (R4) and cheques (R8) count for it. */
  readonly minutes: number;
};

/**
 * The sessions of a schedule from `from` to `to` (inclusive, and within the schedule's own start and end), in date
 * and time order. A session starts at its slot's start and lasts `minutesPerSession`. Dates are walked as civil
 * dates and times stay wall-clock times, so the days summer time starts or ends change nothing (decision 052).
 */
export function scheduleSessionsIn(schedule: JobSchedule, from: CivilDate, to: CivilDate): readonly ScheduleSession[] {
  const first = laterOf(from, schedule.startDate);
  const last = schedule.endDate === null ? to : earlierOf(to, schedule.endDate);
  if (last < first) return [];
  const firstWeekday = isoDayOfWeek(first);
  const span = daysBetween(first, last);
  const sessions: ScheduleSession[] = [];
  for (const slot of schedule.slots) {
    for (let offset = (slot.weekday - firstWeekday + 7) % 7; offset <= span; offset += 7) {
      sessions.push({
        date: addDays(first, offset),
        startMinute: slot.startMinute,
        endMinute: slot.startMinute + schedule.minutesPerSession,
        minutes: schedule.minutesPerSession,
      });
      if (schedule.kind === 'one_off') break;
    }
  }
  return sessions.sort((left, right) => (left.date === right.date ? left.startMinute - right.startMinute : left.date < right.date ? -1 : 1));
}
