import { date, index, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organiserIdColumn } from '../../platform/tenancy/organiser-column';

/** A wijk-werkkantoor: where participants and clients can call or drop in. */
export const offices = pgTable(
  'offices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    name: text('name').notNull(),
    phone: text('phone').notNull(),
    email: text('email').notNull(),
    street: text('street').notNull(),
    postcode: text('postcode').notNull(),
    city: text('city').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('offices_organiser_idx').on(table.organiserId)],
);

/** Weekly opening hours; several slots a day (e.g. morning and afternoon). Weekday 1 = Monday … 7 = Sunday. */
export const officeOpeningHours = pgTable(
  'office_opening_hours',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
    weekday: smallint('weekday').notNull(),
    opensAt: text('opens_at').notNull(),
    closesAt: text('closes_at').notNull(),
  },
  (table) => [index('office_opening_hours_office_idx').on(table.officeId)],
);

/** Closed days (holidays, staff training…), inclusive civil dates in Europe/Brussels. */
export const officeClosures = pgTable(
  'office_closures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
  },
  (table) => [index('office_closures_office_idx').on(table.officeId, table.endsOn)],
);
