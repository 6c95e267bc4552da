import { addDays, daysBetween, isoDayOfWeek } from '../time/civil-date-arithmetic';
import type { CivilDate } from '../time/civil-date';
import { civilTimeMinutes, MINUTES_PER_DAY } from '../time/civil-time';

/** A weekday (ISO: 1 = Monday … 7 = Sunday) with a wall-clock window in Europe/Brussels, in minutes after midnight. */
export type ScheduleSlot = { readonly weekday: number; readonly startMinute: number; readonly endMinute: number };

/**
 * When a job request wants its work done (decision 052): one session on one date, or every week on the slots'
 * weekdays from `startDate` to `endDate` (null: until further notice). A session lasts `minutesPerSession` inside
 * its slot.
 */
export type JobSchedule = {
  readonly kind: 'one_off' | 'weekly';
  readonly startDate: CivilDate;
  readonly endDate: CivilDate | null;
  readonly slots: readonly ScheduleSlot[];
  readonly minutesPerSession: number;
};

/** A slot as a form sends it: `HH:MM` times. */
export type ScheduleSlotInput = { readonly weekday: number; readonly startTime: string; readonly endTime: string };

export type JobScheduleInput =
  | { readonly kind: 'one_off'; readonly date: CivilDate; readonly startTime: string; readonly endTime: string; readonly minutesPerSession: number }
  | {
      readonly kind: 'weekly';
      readonly slots: readonly ScheduleSlotInput[];
      readonly startDate: CivilDate;
      readonly endDate: CivilDate | null;
      readonly minutesPerSession: number;
    };

export type ScheduleProblemCode =
  | 'SCHEDULE_END_BEFORE_START'
  | 'SCHEDULE_NO_SLOT'
  | 'SCHEDULE_WEEKDAY_INVALID'
  | 'SCHEDULE_TIME_INVALID'
  | 'SCHEDULE_TIME_END_NOT_AFTER_START'
  | 'SCHEDULE_SLOTS_OVERLAP'
  | 'SCHEDULE_NO_SESSION_IN_PERIOD'
  | 'SCHEDULE_SESSION_MINUTES_INVALID'
  | 'SCHEDULE_SESSION_LONGER_THAN_DAY'
  | 'SCHEDULE_SESSION_LONGER_THAN_SLOT';

/** A fault in what was typed, with the form field it belongs to (`slots.1.endTime`); not a scheme rule. */
export type ScheduleProblem = {
  readonly code: ScheduleProblemCode;
  readonly field: string;
  readonly details?: Readonly<Record<string, string | number>>;
};

export type ScheduleCheck = { readonly valid: true; readonly schedule: JobSchedule } | { readonly valid: false; readonly problems: readonly ScheduleProblem[] };

function slotProblems(slot: ScheduleSlotInput, field: string, minutesPerSession: number): { slot: ScheduleSlot | null; problems: ScheduleProblem[] } {
  const problems: ScheduleProblem[] = [];
  if (!Number.isInteger(slot.weekday) || slot.weekday < 1 || slot.weekday > 7) {
    problems.push({ code: 'SCHEDULE_WEEKDAY_INVALID', field: `${field}.weekday`, details: { weekday: slot.weekday } });
  }
  const startMinute = civilTimeMinutes(slot.startTime);
  const endMinute = civilTimeMinutes(slot.endTime, true);
  if (startMinute === null) problems.push({ code: 'SCHEDULE_TIME_INVALID', field: `${field}.startTime`, details: { time: slot.startTime } });
  if (endMinute === null) problems.push({ code: 'SCHEDULE_TIME_INVALID', field: `${field}.endTime`, details: { time: slot.endTime } });
  if (startMinute === null || endMinute === null) return { slot: null, problems };
  if (endMinute <= startMinute) {
    problems.push({ code: 'SCHEDULE_TIME_END_NOT_AFTER_START', field: `${field}.endTime`, details: { startTime: slot.startTime, endTime: slot.endTime } });
  } else if (Number.isInteger(minutesPerSession) && minutesPerSession <= MINUTES_PER_DAY && minutesPerSession > endMinute - startMinute) {
    problems.push({
      code: 'SCHEDULE_SESSION_LONGER_THAN_SLOT',
      field: 'minutesPerSession',
      details: { minutesPerSession, slotMinutes: endMinute - startMinute, slot: field },
    });
  }
  return { slot: problems.length === 0 ? { weekday: slot.weekday, startMinute, endMinute } : null, problems };
}

/** True when a period shorter than a week contains none of the slots' weekdays, so it would have no session. */
function periodMissesEverySlot(startDate: CivilDate, endDate: CivilDate, slots: readonly ScheduleSlot[]): boolean {
  const days = daysBetween(startDate, endDate);
  if (days >= 6) return false;
  const weekdays = new Set(Array.from({ length: days + 1 }, (_, offset) => isoDayOfWeek(addDays(startDate, offset))));
  return slots.every((slot) => !weekdays.has(slot.weekday));
}

function overlapProblems(slots: readonly ScheduleSlot[]): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  slots.forEach((slot, index) => {
    const earlier = slots.findIndex(
      (other, otherIndex) => otherIndex < index && other.weekday === slot.weekday && other.startMinute < slot.endMinute && slot.startMinute < other.endMinute,
    );
    if (earlier >= 0) problems.push({ code: 'SCHEDULE_SLOTS_OVERLAP', field: `slots.${index}`, details: { weekday: slot.weekday, overlapsSlot: earlier } });
  });
  return problems;
}

/**
 * Checks a job request's schedule (decision 052) and returns it in minutes, or every problem: the wanted end before
 * the start, a weekly pattern without slots, invalid weekdays or times, a slot that ends before it starts (sessions
 * do not cross midnight), overlapping slots on one weekday, a session of less than a minute, longer than a day or
 * longer than its slot, and a period too short to hold any of the pattern's weekdays.
 */
export function checkJobSchedule(input: JobScheduleInput): ScheduleCheck {
  const minutes = input.minutesPerSession;
  const problems: ScheduleProblem[] = [];
  if (!Number.isInteger(minutes) || minutes < 1) {
    problems.push({ code: 'SCHEDULE_SESSION_MINUTES_INVALID', field: 'minutesPerSession', details: { minutesPerSession: minutes } });
  } else if (minutes > MINUTES_PER_DAY) {
    problems.push({ code: 'SCHEDULE_SESSION_LONGER_THAN_DAY', field: 'minutesPerSession', details: { minutesPerSession: minutes } });
  }

  const slotInputs = input.kind === 'one_off' ? [{ weekday: isoDayOfWeek(input.date), startTime: input.startTime, endTime: input.endTime }] : input.slots;
  const startDate = input.kind === 'one_off' ? input.date : input.startDate;
  const endDate = input.kind === 'one_off' ? input.date : input.endDate;
  if (endDate !== null && endDate < startDate) problems.push({ code: 'SCHEDULE_END_BEFORE_START', field: 'endDate', details: { startDate, endDate } });
  if (slotInputs.length === 0) problems.push({ code: 'SCHEDULE_NO_SLOT', field: 'slots' });

  const slots: ScheduleSlot[] = [];
  slotInputs.forEach((slotInput, index) => {
    const checked = slotProblems(slotInput, input.kind === 'one_off' ? 'time' : `slots.${index}`, minutes);
    problems.push(...checked.problems);
    if (checked.slot !== null) slots.push(checked.slot);
  });
  if (slots.length === slotInputs.length) problems.push(...overlapProblems(slots));
  if (problems.length === 0 && endDate !== null && periodMissesEverySlot(startDate, endDate, slots)) {
    problems.push({ code: 'SCHEDULE_NO_SESSION_IN_PERIOD', field: 'endDate', details: { startDate, endDate } });
  }

  if (problems.length > 0) return { valid: false, problems };
  return { valid: true, schedule: { kind: input.kind, startDate, endDate, slots, minutesPerSession: minutes } };
}
