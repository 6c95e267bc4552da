import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The tenant. Every table holding organiser data carries `organiser_id` referencing this. */
export const organisers = pgTable('organisers', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
