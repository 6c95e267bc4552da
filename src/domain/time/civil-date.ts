import { DomainInputError } from '../errors/domain-input-error';

declare const civilDateBrand: unique symbol;

/**
 * A Europe/Brussels calendar date written `YYYY-MM-DD`. Branded so only validated strings get in.
 * Being a plain string keeps it JSON-friendly and makes lexical order equal calendar order.
 */
export type CivilDate = string & { readonly [civilDateBrand]: true };

const civilDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when `text` is an existing calendar date in `YYYY-MM-DD` form (years 1000–9999). */
export function isCivilDate(text: string): text is CivilDate {
  const match = civilDatePattern.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Validates and brands a `YYYY-MM-DD` string.
 * @throws DomainInputError `INVALID_CIVIL_DATE` for anything else (wrong shape, 2023-02-29, timestamps).
 */
export function parseCivilDate(text: string): CivilDate {
  if (!isCivilDate(text)) {
    throw new DomainInputError('INVALID_CIVIL_DATE', `Not a civil date (YYYY-MM-DD): ${text}`, { value: text });
  }
  return text;
}

/**
 * Builds a civil date from numeric parts (month 1–12). Checks the numbers rather than parsing the text it builds:
 * date arithmetic calls this for every result.
 * @throws DomainInputError `INVALID_CIVIL_DATE` as parseCivilDate does (2023-02-29, years outside 1000–9999).
 */
export function civilDateFromParts(year: number, month: number, day: number): CivilDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const exists =
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1000 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month);
  if (!exists) throw new DomainInputError('INVALID_CIVIL_DATE', `Not a civil date (YYYY-MM-DD): ${text}`, { value: text });
  // Checked just above: the text is an existing date in the YYYY-MM-DD form.
  return text as CivilDate;
}

const ZERO = 48;

/** Calendar year of a civil date; reads the digits directly because it sits on hot paths (limit checks). */
export function yearOf(date: CivilDate): number {
  return (date.charCodeAt(0) - ZERO) * 1000 + (date.charCodeAt(1) - ZERO) * 100 + (date.charCodeAt(2) - ZERO) * 10 + (date.charCodeAt(3) - ZERO);
}

/** Calendar month (1–12) of a civil date. */
export function monthOf(date: CivilDate): number {
  return (date.charCodeAt(5) - ZERO) * 10 + (date.charCodeAt(6) - ZERO);
}

/** Day of month (1–31) of a civil date. */
export function dayOf(date: CivilDate): number {
  return (date.charCodeAt(8) - ZERO) * 10 + (date.charCodeAt(9) - ZERO);
}

/** A number identifying the calendar month of a date (year × 12 + month − 1); consecutive months differ by 1. */
export function calendarMonthKey(date: CivilDate): number {
  return yearOf(date) * 12 + monthOf(date) - 1;
}

/** Days since 1970-01-01 of a civil date: a plain day count for hot loops (UTC arithmetic on the date's own parts). */
export function epochDayOf(date: CivilDate): number {
  return Date.UTC(yearOf(date), monthOf(date) - 1, dayOf(date)) / 86_400_000;
}

/** The earlier of two dates. */
export function earlierOf(left: CivilDate, right: CivilDate): CivilDate {
  return left <= right ? left : right;
}

/** The later of two dates. */
export function laterOf(left: CivilDate, right: CivilDate): CivilDate {
  return left >= right ? left : right;
}
