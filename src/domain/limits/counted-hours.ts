import { chequesNeeded } from '../cheques/cheques-needed';
import { assertWorkedMinutes } from './time-entry-minutes';

/**
 * The hours one time entry counts against the caps (R4): its started hours, which are the cheques the client pays
 * for it (R8) and the fees the wijk-werker earns for it (R10, decision 101). Counting worked minutes instead let a
 * month of short entries pay more than 60 hours (40 × 1:01 = 80 cheques); see decision 114. 1:00 → 1, 1:01 → 2.
 * @throws DomainInputError `INVALID_MINUTES` unless 1 ≤ minutes ≤ 1440 and whole.
 */
export function countedHoursOf(minutes: number): number {
  assertWorkedMinutes(minutes);
  return chequesNeeded(minutes);
}
