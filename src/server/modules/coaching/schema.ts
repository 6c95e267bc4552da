import { pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from '../municipalities/schema';
import { organiserIdColumn } from '../../platform/tenancy/organiser-column';

/** Municipalities where leefloon participants get a werkcoach (e.g. De Panne, Koksijde, Nieuwpoort, Veurne). */
export const coachMunicipalities = pgTable(
  'coach_municipalities',
  {
    organiserId: organiserIdColumn(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
  },
  (table) => [primaryKey({ columns: [table.organiserId, table.municipalityId] })],
);
