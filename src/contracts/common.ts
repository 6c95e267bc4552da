import { z } from 'zod';

export const idSchema = z.uuid();

/** A civil date in Europe/Brussels, `YYYY-MM-DD`, checked to exist (no 2026-02-30). */
export const civilDateSchema = z.iso.date();

/** A wall-clock time `HH:MM` (00:00–24:00). */
export const timeOfDaySchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use HH:MM');

export const versionSchema = z.number().int().positive();

export const emailSchema = z.email().max(254);

/** Belgian and international numbers as people write them: digits, spaces, + . / ( ) - */
export const phoneSchema = z.string().trim().regex(/^\+?[0-9][0-9 ./()-]{5,19}$/, 'Not a phone number');

export const postcodeSchema = z.string().regex(/^[1-9]\d{3}$/, 'A Belgian postcode has four digits');
