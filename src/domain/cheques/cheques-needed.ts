import { DomainInputError } from '../errors/domain-input-error';

/**
 * R8: the client pays one wijk-werkcheque per started hour of one time entry: 0 min → 0, 1–60 → 1, 61 → 2.
 * Counted per entry, not per day or month (decision 101).
 * @throws DomainInputError `INVALID_MINUTES` for negative or fractional minutes.
 */
export function chequesNeeded(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < 0) {
    throw new DomainInputError('INVALID_MINUTES', `Minutes must be a whole number ≥ 0, got ${minutes}`, { minutes });
  }
  return Math.ceil(minutes / 60);
}

/** Total cheques for several entries: the sum of each entry's cheques (R8). */
export function chequesNeededForEntries(entries: readonly { readonly minutes: number }[]): number {
  return entries.reduce((total, entry) => total + chequesNeeded(entry.minutes), 0);
}
