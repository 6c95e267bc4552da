import { z } from 'zod';

/** An instant given as a Date or as the ISO text jsonb gives back; the template sees a Date either way. */
export const instantDataSchema = z.union([z.date(), z.iso.datetime({ offset: true })]).transform((value) => (value instanceof Date ? value : new Date(value)));

/** A link people click: https in production, http on a developer's machine. */
export const linkSchema = z.url({ protocol: /^https?$/ });

export const nameSchema = z.string().min(1).max(200);
