import { boolean, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { outsideAreaPolicies } from '../../../domain/organiser/domicile-area';

export const outsideAreaPolicyEnum = pgEnum('outside_area_policy', outsideAreaPolicies);

/** The tenant. Every table holding organiser data carries `organiser_id` referencing this. */
export const organisers = pgTable('organisers', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  /** Staff must log in with an authenticator code (DESIGN.md); only a demo organiser turns this off. */
  requireStaffTwoFactor: boolean('require_staff_two_factor').notNull().default(true),
  /** A domicile in Flanders outside the organiser's municipalities: `warn` (choose the municipality that applies) or `refuse` (decision 122). */
  outsideAreaPolicy: outsideAreaPolicyEnum('outside_area_policy').notNull().default('warn'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
