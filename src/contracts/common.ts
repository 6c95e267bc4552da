import { z } from 'zod';

export const idSchema = z.uuid();

// A high surrogate not followed by a low one, or a low one without a high one before it (searched, never backtracked).
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True for text PostgreSQL can store and JSON can carry: no NUL byte and no lone UTF-16 surrogate. */
export const isStorableText = (text: string): boolean => !text.includes('\u0000') && !loneSurrogate.test(text);

/**
 * Every free-text field and query value starts here (`textSchema.trim().min(1).max(80)`). PostgreSQL's text type
 * refuses NUL and its jsonb (the audit record) refuses lone surrogates; caught here they are a 400, not a 500.
 * Fields with a closed pattern (time, postcode, phone, e-mail, uuid, base64) already exclude both.
 */
export const textSchema = z.string().refine(isStorableText, { message: 'Contains a character that cannot be stored' });

/** The civil dates the platform takes in: wide enough for any birth, PWA history or plan, narrow enough for every rule. */
export const civilDateRange = { from: '1900-01-01', to: '2199-12-31' } as const;

/** Marks the range checks' issues, so a form says "enter a valid date" there rather than a cross-field message. */
export const outOfRangeParams = { outOfRange: true } as const;

/** A civil date as the server writes it (`YYYY-MM-DD`); dates it derives, such as a trajectory's end, may pass the input range. */
export const civilDateOutputSchema = z.iso.date();

/** A civil date in Europe/Brussels, `YYYY-MM-DD`, checked to exist (no 2026-02-30) and to lie in `civilDateRange`. */
export const civilDateSchema = civilDateOutputSchema.refine((date) => date >= civilDateRange.from && date <= civilDateRange.to, {
  message: `A date from ${civilDateRange.from} to ${civilDateRange.to}`,
  params: outOfRangeParams,
});

/** An instant with its UTC offset (`2026-12-01T09:30:00+01:00`) whose UTC date lies in `civilDateRange`. */
export const instantSchema = z.iso.datetime({ offset: true }).refine(
  (text) => {
    const time = Date.parse(text);
    const date = Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 10);
    return date >= civilDateRange.from && date <= civilDateRange.to;
  },
  { message: `An instant from ${civilDateRange.from} to ${civilDateRange.to}`, params: outOfRangeParams },
);

/** A wall-clock time `HH:MM` (00:00–24:00). */
export const timeOfDaySchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use HH:MM');

/** The largest value of PostgreSQL's `integer`, the type of every integer column (versions, counts). */
export const int32Max = 2_147_483_647;

export const versionSchema = z.number().int().positive().max(int32Max);

export const emailSchema = z.email().max(254);

/** Belgian and international numbers as people write them: digits, spaces, + . / ( ) - */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ./()-]{5,19}$/, 'Not a phone number');

export const postcodeSchema = z.string().regex(/^[1-9]\d{3}$/, 'A Belgian postcode has four digits');

/** The body of a 204 answer: nothing. */
export const noContentSchema = z.null();
