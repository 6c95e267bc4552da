import { Temporal } from 'temporal-polyfill';
import { parseCivilDate, type CivilDate } from './civil-date';

/** The Europe/Brussels calendar date of an instant: the scheme's "today", whatever the server's time zone. */
export function civilDateOfInstant(instant: Date): CivilDate {
  return parseCivilDate(
    Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO('Europe/Brussels').toPlainDate().toString(),
  );
}
