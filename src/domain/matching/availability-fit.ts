import type { ScheduleSlot } from '../job-requests/job-schedule';

/**
 * How many of the request's slots a participant can do: a slot counts when one of their availability windows on
 * that weekday overlaps it for at least a whole session.
 */
export function coveredSlotCount(requestSlots: readonly ScheduleSlot[], availability: readonly ScheduleSlot[], minutesPerSession: number): number {
  let covered = 0;
  for (const slot of requestSlots) {
    const fits = availability.some(
      (window) => window.weekday === slot.weekday && Math.min(window.endMinute, slot.endMinute) - Math.max(window.startMinute, slot.startMinute) >= minutesPerSession,
    );
    if (fits) covered += 1;
  }
  return covered;
}
