import { pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organiserIdColumn } from '../../platform/tenancy/organiser-column';

/** A municipality in the organiser's area, identified by its NIS code (Statbel REFNIS). */
export const municipalities = pgTable(
  'municipalities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    nisCode: text('nis_code').notNull(),
    nameNl: text('name_nl').notNull(),
    postcodes: text('postcodes').array().notNull(),
  },
  (table) => [uniqueIndex('municipalities_organiser_nis_unique').on(table.organiserId, table.nisCode)],
);
