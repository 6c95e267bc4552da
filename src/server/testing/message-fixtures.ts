import { randomUUID } from 'node:crypto';
import type { Role } from '../../contracts/roles';
import type { Database } from '../platform/db/database';
import type { RequestContext } from '../platform/http/request-context';
import { participants } from '../modules/participants/schema';

/** What a service sees of a staff request, for tests that call `queueMessage` or a service directly. */
export const staffContext = (organiserId: string, accountId: string, now: Date, role: Role = 'coordinator'): RequestContext => ({
  actor: { accountId, organiserId, role, agency: null, sessionTokenHash: 'test', sessionStage: 'complete', csrfToken: 'test' },
  requestId: randomUUID(),
  ip: '127.0.0.1',
  now,
});

export type ParticipantContact = {
  email?: string | null;
  phone?: string | null;
  preferredChannel?: 'phone' | 'sms' | 'email' | 'letter';
  preferredLanguage?: 'nl' | 'fr' | 'en' | 'tr';
  firstName?: string;
};

/** A participant row with just the contact details a message needs (the intake flow is not what these tests test). */
export const buildParticipantRecord = async (db: Database, organiserId: string, contact: ParticipantContact = {}): Promise<string> => {
  const now = new Date();
  const [row] = await db
    .insert(participants)
    .values({
      organiserId,
      firstName: contact.firstName ?? 'Saïdjah',
      lastName: 'Peeters',
      insz: String(Math.floor(Math.random() * 1e11)).padStart(11, '0'),
      street: 'Kaaistraat 12',
      postcode: '8630',
      city: 'Veurne',
      email: contact.email ?? null,
      phone: contact.phone ?? null,
      preferredChannel: contact.preferredChannel ?? 'email',
      preferredLanguage: contact.preferredLanguage ?? 'nl',
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
