import { pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { organisers } from '../../platform/tenancy/schema';
import { municipalities } from '../municipalities/schema';

/** Municipalities where leefloon participants get a werkcoach (e.g. De Panne, Koksijde, Nieuwpoort, Veurne). */
export const coachMunicipalities = pgTable(
  'coach_municipalities',
  {
    organiserId: uuid('organiser_id')
      .notNull()
      .references(() => organisers.id),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
  },
  (table) => [primaryKey({ columns: [table.organiserId, table.municipalityId] })],
);
