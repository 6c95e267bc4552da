import { Temporal } from 'temporal-polyfill';
import { formattingLocale } from '../i18n/i18n';

const longDate: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

/** A civil date (`YYYY-MM-DD`) in words, e.g. "vrijdag 25 december 2026"; no time zone can shift it a day. */
export const formatCivilDate = (date: string, locale: string, options: Intl.DateTimeFormatOptions = longDate): string =>
  Temporal.PlainDate.from(date).toLocaleString(formattingLocale(locale), options);

/** A tel: link that works from abroad too: Belgian numbers written with a leading 0 get the +32 prefix. */
export const phoneHref = (phone: string): string => {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `tel:+32${digits.slice(1)}`;
  return `tel:${digits}`;
};

/**
 * Accepts the ways people in Flanders write a time ("9u", "9u30", "9.30", "0930", "9:30") and returns `HH:MM`;
 * anything else comes back trimmed but unchanged so validation can name the problem.
 */
export const normaliseTime = (input: string): string => {
  const value = input.trim().toLowerCase();
  const match = /^(\d{1,2})(?:[:.uh]\s?(\d{2})?)?$/.exec(value) ?? /^(\d{2})(\d{2})$/.exec(value);
  if (!match) return value;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return value;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
};
