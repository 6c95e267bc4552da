import { z } from 'zod';
import { civilDateOutputSchema, civilDateSchema, emailSchema, idSchema, phoneSchema, postcodeSchema, textSchema, timeOfDaySchema, versionSchema } from './common';

export const openingSlotSchema = z
  .object({ weekday: z.number().int().min(1).max(7), opensAt: timeOfDaySchema, closesAt: timeOfDaySchema })
  .strict()
  .refine((slot) => slot.opensAt < slot.closesAt, { message: 'Closing time must be after opening time', path: ['closesAt'] });

export const addressSchema = z.object({ street: textSchema.trim().min(1).max(200), postcode: postcodeSchema, city: textSchema.trim().min(1).max(100) }).strict();

export const closureSchema = z.object({
  id: idSchema,
  startsOn: civilDateOutputSchema,
  endsOn: civilDateOutputSchema,
  reason: z.string(),
});

/** What every view of an office shows; the staff and public views add their own fields. */
const officeBaseSchema = z.object({
  id: idSchema,
  name: z.string(),
  phone: z.string(),
  email: z.string(),
  address: addressSchema,
  openingHours: z.array(openingSlotSchema),
});

export const officeSchema = officeBaseSchema.extend({ closures: z.array(closureSchema), version: versionSchema }).meta({ id: 'Office' });

export const officeListSchema = z.object({ items: z.array(officeSchema) });

const officeFields = {
  name: textSchema.trim().min(1).max(120),
  phone: phoneSchema,
  email: emailSchema,
  address: addressSchema,
};

export const createOfficeRequestSchema = z.object(officeFields).strict();

export const updateOfficeRequestSchema = z
  .object({ ...officeFields, version: versionSchema })
  .partial()
  .required({ version: true })
  .strict();

const noOverlap = (slots: ReadonlyArray<z.infer<typeof openingSlotSchema>>): boolean =>
  slots.every((slot, index) =>
    slots.every((other, otherIndex) => otherIndex === index || other.weekday !== slot.weekday || other.opensAt >= slot.closesAt || other.closesAt <= slot.opensAt),
  );

export const replaceOpeningHoursRequestSchema = z
  .object({ version: versionSchema, slots: z.array(openingSlotSchema).max(35) })
  .strict()
  .refine((body) => noOverlap(body.slots), { message: 'Opening hours overlap', path: ['slots'] });

export const createClosureRequestSchema = z
  .object({ startsOn: civilDateSchema, endsOn: civilDateSchema, reason: textSchema.trim().min(1).max(200) })
  .strict()
  .refine((closure) => closure.endsOn >= closure.startsOn, { message: 'The end date is before the start date', path: ['endsOn'] });

export const officeStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('open'), closesAt: timeOfDaySchema }),
  z.object({
    state: z.literal('closed'),
    closure: z.object({ startsOn: civilDateOutputSchema, endsOn: civilDateOutputSchema, reason: z.string() }).nullable(),
    nextOpening: z.object({ date: civilDateOutputSchema, time: timeOfDaySchema, daysAhead: z.number().int() }).nullable(),
  }),
]);

export const publicOfficeSchema = officeBaseSchema.extend({
  closures: z.array(closureSchema.omit({ id: true })),
  status: officeStatusSchema,
});

export const publicOfficesResponseSchema = z
  .object({ organiser: z.object({ slug: z.string(), name: z.string() }), items: z.array(publicOfficeSchema) })
  .meta({ id: 'PublicOffices' });

export type Office = z.infer<typeof officeSchema>;
export type OpeningSlotInput = z.infer<typeof openingSlotSchema>;
export type CreateOfficeRequest = z.infer<typeof createOfficeRequestSchema>;
export type UpdateOfficeRequest = z.infer<typeof updateOfficeRequestSchema>;
export type ReplaceOpeningHoursRequest = z.infer<typeof replaceOpeningHoursRequestSchema>;
export type CreateClosureRequest = z.infer<typeof createClosureRequestSchema>;
export type PublicOffices = z.infer<typeof publicOfficesResponseSchema>;
