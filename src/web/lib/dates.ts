import { Temporal } from 'temporal-polyfill';
import { formattingLocale } from '../i18n/i18n';

// The scheme's calendar is Brussels time whatever the device says: a coordinator abroad or a laptop on UTC
// must still see and send the Belgian "today" (the API validates civil dates against it).
const schemeTimeZone = 'Europe/Brussels';

/** Today's civil date (`YYYY-MM-DD`) in Europe/Brussels. */
export const todayInBrussels = (now: Date = new Date()): string =>
  Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(schemeTimeZone).toPlainDate().toString();

/** `date` + `days`, both civil. */
export const addDaysTo = (date: string, days: number): string => Temporal.PlainDate.from(date).add({ days }).toString();

/**
 * A wall-clock date and time in Brussels as an ISO instant with its offset (`2026-11-25T10:00:00+01:00`), which is
 * what the API asks for; summer and winter time are taken care of. Returns null for an impossible date or time.
 */
export const brusselsDateTime = (date: string, time: string): string | null => {
  try {
    return Temporal.PlainDateTime.from(`${date}T${time}`)
      .toZonedDateTime(schemeTimeZone, { disambiguation: 'compatible' })
      .toString({ timeZoneName: 'never', smallestUnit: 'second' });
  } catch {
    return null;
  }
};

/** An instant as Brussels date and time in words, e.g. "woensdag 25 november 2026 om 10:00". */
export const formatInstant = (instant: string, locale: string): string =>
  Temporal.Instant.from(instant).toZonedDateTimeISO(schemeTimeZone).toLocaleString(formattingLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
