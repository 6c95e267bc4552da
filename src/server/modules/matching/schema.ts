import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../../platform/auth/schema';
import { organiserIdColumn } from '../../platform/tenancy/organiser-column';
import { participants } from '../participants/schema';

/**
 * A one-way distance staff measured from a participant's home to a place of work, which the ranking uses instead
 * of the postcode estimate (decision 070). Addresses are kept as normalised keys: the entry holds for this place
 * while the participant lives at `home_key`; after a move it no longer applies.
 */
export const distanceOverrides = pgTable(
  'matching_distance_overrides',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    homeKey: text('home_key').notNull(),
    placeKey: text('place_key').notNull(),
    oneWayMetres: integer('one_way_metres').notNull(),
    setByAccountId: uuid('set_by_account_id')
      .notNull()
      .references(() => accounts.id),
    setAt: timestamp('set_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('matching_distance_overrides_pair_unique').on(table.organiserId, table.participantId, table.placeKey),
    index('matching_distance_overrides_place_idx').on(table.organiserId, table.placeKey),
  ],
);
