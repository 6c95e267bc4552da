import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organiserIdColumn } from '../tenancy/organiser-column';

/** Append-only trail: one row per mutation, written in the same transaction as the change. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organiserId: organiserIdColumn(),
    actorAccountId: uuid('actor_account_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    changedFields: jsonb('changed_fields').$type<Record<string, unknown>>().notNull().default({}),
    requestId: text('request_id').notNull(),
    ip: text('ip').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('audit_events_organiser_idx').on(table.organiserId, table.occurredAt),
    index('audit_events_entity_idx').on(table.organiserId, table.entityType, table.entityId),
  ],
);

/** Who opened which sensitive data of a person, and when: reads are logged, not only writes (ASVS 8.3.5). */
export const accessEvents = pgTable(
  'access_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organiserId: organiserIdColumn(),
    actorAccountId: uuid('actor_account_id').notNull(),
    actorRole: text('actor_role').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    fields: text('fields').array().notNull(),
    requestId: text('request_id').notNull(),
    ip: text('ip').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('access_events_subject_idx').on(table.organiserId, table.subjectType, table.subjectId)],
);
