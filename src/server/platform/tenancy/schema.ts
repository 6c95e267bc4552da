import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The tenant. Every table holding organiser data carries `organiser_id` referencing this. */
export const organisers = pgTable('organisers', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  /** Staff must log in with an authenticator code (DESIGN.md); only a demo organiser turns this off. */
  requireStaffTwoFactor: boolean('require_staff_two_factor').notNull().default(true),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
