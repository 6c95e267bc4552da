import { uuid } from 'drizzle-orm/pg-core';
import { organisers } from './schema';

/** The tenant key every table of organiser data carries (DESIGN.md: scoping and later sharding by tenant). */
export const organiserIdColumn = () =>
  uuid('organiser_id')
    .notNull()
    .references(() => organisers.id);
