import { DomainInputError } from '../errors/domain-input-error';
import type { CivilDate } from '../time/civil-date';

/** Minutes worked on a civil date (the date it was worked, Europe/Brussels). */
export type TimeEntryMinutes = { readonly date: CivilDate; readonly minutes: number };

const MINUTES_PER_DAY = 24 * 60;

/**
 * Guards the hour counters against impossible durations.
 * @throws DomainInputError `INVALID_MINUTES` unless 1 ≤ minutes ≤ 1440 and whole.
 */
export function assertWorkedMinutes(minutes: number): void {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MINUTES_PER_DAY) {
    throw new DomainInputError('INVALID_MINUTES', `Worked minutes must be a whole number from 1 to ${MINUTES_PER_DAY}, got ${minutes}`, { minutes });
  }
}
