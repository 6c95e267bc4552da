/** Minutes in a civil day; a wall-clock time is 0 (00:00) up to 1439 (23:59), and 1440 (24:00) only as an end. */
export const MINUTES_PER_DAY = 1440;

/**
 * Minutes after midnight of a Europe/Brussels wall-clock time written `HH:MM` (00:00–23:59, or 24:00 when
 * `allowEndOfDay`), or null for anything else. Wall-clock times carry no offset, so they mean the same on the days
 * summer time starts and ends.
 */
export function civilTimeMinutes(text: string, allowEndOfDay = false): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (match === null) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (Number(match[2]) > 59) return null;
  return minutes < MINUTES_PER_DAY || (allowEndOfDay && minutes === MINUTES_PER_DAY) ? minutes : null;
}

/** A wall-clock time of minutes after midnight as `HH:MM` (1440 is the end of the day, `24:00`). */
export function civilTimeText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
