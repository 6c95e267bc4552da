import { and, desc, eq } from 'drizzle-orm';
import type { TemplateKey } from '../../contracts/messages';
import type { Database } from '../platform/db/database';
import { nextInsz } from './participant-fixtures';
import { messages } from '../modules/messages/schema';
import { participants } from '../modules/participants/schema';

/** The newest message of a template to an address, as the outbox holds it. */
export const outboxMessage = async (db: Database, email: string, template: TemplateKey) => {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.recipientEmail, email), eq(messages.template, template)))
    .orderBy(desc(messages.createdAt))
    .limit(1);
  return row;
};

/** The link of the newest message, and the token in its fragment. */
export const outboxLink = async (db: Database, email: string, template: TemplateKey): Promise<{ link: string; token: string }> => {
  const message = await outboxMessage(db, email, template);
  const link = message?.data.link;
  if (typeof link !== 'string') throw new Error(`no ${template} message to ${email}`);
  return { link, token: new URL(link).hash.slice(1) };
};

/** A wijk-werker record straight in the table: these tests are about the portal, not the intake. */
export const buildParticipantRecord = async (db: Database, organiserId: string, name = { firstName: 'Saïdjah', lastName: 'Peeters' }) => {
  const now = new Date('2026-11-01T09:00:00Z');
  const [row] = await db
    .insert(participants)
    .values({
      organiserId,
      ...name,
      insz: nextInsz(),
      street: 'Kaaistraat 12',
      postcode: '8630',
      city: 'Veurne',
      email: null,
      phone: null,
      preferredChannel: 'email',
      preferredLanguage: 'nl',
      transportModes: [],
      activityCodes: [],
      availability: [],
      maxTravelKm: 10,
      benefitStatus: 'unemployment_benefit',
      vdabRegistered: true,
      availableForLabourMarket: true,
      hadPwaContractOn20170930: false,
      referralAgency: 'vdab',
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: participants.id });
  if (!row) throw new Error('no participant');
  return row.id;
};
