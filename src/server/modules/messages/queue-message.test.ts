import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../../platform/auth/schema';
import type { DatabaseHandle } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { buildAccount, buildOffice, buildOrganiser } from '../../testing/factories';
import { buildParticipantRecord, staffContext, type ParticipantContact } from '../../testing/message-fixtures';
import { createTestDatabase } from '../../testing/test-database';
import { queueMessage } from './queue-message';
import { messages } from './schema';

const now = new Date('2026-11-24T09:00:00Z');

describe('queueMessage', () => {
  let database: DatabaseHandle;
  let organiserId: string;
  let context: RequestContext;

  const buildParticipant = (contact: ParticipantContact) => buildParticipantRecord(database.db, organiserId, contact);

  const invitation = { name: 'Saïdjah', link: 'https://wijkwerk.example/uitnodiging#abc', expiresAt: new Date('2026-12-01T09:00:00Z') };

  beforeAll(async () => {
    database = await createTestDatabase();
    const organiser = await buildOrganiser(database.db, 'Wijk-werken Westhoek');
    organiserId = organiser.id;
    await buildOffice(database.db, organiserId);
    const coordinator = await buildAccount(database.db, organiserId, 'coordinator');
    context = staffContext(organiserId, coordinator.id, now);
  });
  afterAll(async () => {
    await database.close();
  });

  it('writes the message in the caller’s transaction: rolled back with the change, kept with it', async () => {
    const participantId = await buildParticipant({ email: 'saidjah@example.test' });
    await expect(
      database.db.transaction(async (tx) => {
        await queueMessage(tx, context, { recipient: { kind: 'participant', participantId }, template: 'account-invitation', data: invitation });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await database.db.select().from(messages).where(eq(messages.recipientParticipantId, participantId))).toEqual([]);

    const queued = await database.db.transaction((tx) =>
      queueMessage(tx, context, { recipient: { kind: 'participant', participantId }, template: 'account-invitation', data: invitation }),
    );
    const [row] = await database.db.select().from(messages).where(eq(messages.id, queued.id));
    expect(row).toMatchObject({
      organiserId,
      recipientName: 'Saïdjah Peeters',
      recipientEmail: 'saidjah@example.test',
      channel: 'email',
      language: 'nl',
      template: 'account-invitation',
      status: 'queued',
      attempts: 0,
      data: { name: 'Saïdjah', link: invitation.link, expiresAt: '2026-12-01T09:00:00.000Z' },
      sender: { organiserName: 'Wijk-werken Westhoek', office: { name: 'Kantoor Ieper', phone: '057 00 00 00', email: 'ieper@example.test' } },
      createdAt: now,
    });
    expect(row?.messageToken).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ['e-mail preferred and known', { email: 'a@example.test', phone: '0470 11 22 33', preferredChannel: 'email' as const }, 'referral-decided' as const, 'email'],
    ['SMS preferred and a phone known', { email: 'a@example.test', phone: '0470 11 22 33', preferredChannel: 'sms' as const }, 'referral-decided' as const, 'sms'],
    ['a phone call preferred: an SMS to that number', { phone: '0470 11 22 33', preferredChannel: 'phone' as const }, 'referral-decided' as const, 'sms'],
    ['SMS preferred, no phone: e-mail', { email: 'a@example.test', preferredChannel: 'sms' as const }, 'referral-decided' as const, 'email'],
    ['e-mail preferred, no e-mail: SMS', { phone: '0470 11 22 33', preferredChannel: 'email' as const }, 'referral-decided' as const, 'sms'],
    ['no e-mail, no phone: a letter', { preferredChannel: 'email' as const }, 'referral-decided' as const, 'letter'],
    [
      'a letter preferred, the template may not go on paper: e-mail',
      { email: 'a@example.test', preferredChannel: 'letter' as const },
      'account-invitation' as const,
      'email',
    ],
  ])('chooses the channel: %s', async (_name, contact, template, channel) => {
    const participantId = await buildParticipant(contact);
    const data = template === 'account-invitation' ? invitation : { candidateName: 'Jan Peeters', referredOn: '2026-11-02', decision: 'accepted' as const };
    const queued = await database.db.transaction((tx) => queueMessage(tx, context, { recipient: { kind: 'participant', participantId }, template, data }));
    expect(queued).toMatchObject({ channel, status: 'queued' });
  });

  it('a recipient with no address for any channel the template may use is kept as not sent (no address)', async () => {
    const participantId = await buildParticipant({ preferredChannel: 'letter' });
    const queued = await database.db.transaction((tx) =>
      queueMessage(tx, context, { recipient: { kind: 'participant', participantId }, template: 'password-reset', data: invitation }),
    );
    expect(queued).toMatchObject({ channel: 'email', status: 'not_sent_no_address' });
  });

  it('takes language from the record: French kept, other languages get Dutch; an account’s locale and preference', async () => {
    const french = await buildParticipant({ email: 'f@example.test', preferredLanguage: 'fr' });
    const turkish = await buildParticipant({ email: 't@example.test', preferredLanguage: 'tr' });
    const account = await buildAccount(database.db, organiserId, 'counsellor');
    await database.db.update(accounts).set({ locale: 'en', preferredChannel: 'sms', phone: '0470 99 88 77' }).where(eq(accounts.id, account.id));
    const queue = (recipient: Parameters<typeof queueMessage>[2]['recipient']) =>
      database.db.transaction((tx) => queueMessage(tx, context, { recipient, template: 'account-invitation', data: invitation }));
    const rows = await Promise.all([
      queue({ kind: 'participant', participantId: french }),
      queue({ kind: 'participant', participantId: turkish }),
      queue({ kind: 'account', accountId: account.id }),
    ]);
    const languages = await Promise.all(rows.map(async ({ id }) => (await database.db.select().from(messages).where(eq(messages.id, id)))[0]));
    expect(languages.map((row) => [row?.language, row?.channel])).toEqual([
      ['fr', 'email'],
      ['nl', 'email'],
      ['en', 'sms'],
    ]);
  });

  it('a public request names its organiser; another organiser’s participant is not found', async () => {
    const other = await buildOrganiser(database.db, 'Elders');
    const participantId = await buildParticipant({ email: 'x@example.test' });
    const anonymous = { requestId: randomUUID(), ip: '127.0.0.1', now, organiserId: other.id };
    await expect(
      database.db.transaction((tx) => queueMessage(tx, anonymous, { recipient: { kind: 'participant', participantId }, template: 'password-reset', data: invitation })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const contact = await database.db.transaction((tx) =>
      queueMessage(tx, anonymous, {
        recipient: { kind: 'contact', name: 'Els VDAB', email: 'els@vdab.example', phone: null, language: 'nl' },
        template: 'password-reset',
        data: invitation,
      }),
    );
    const [row] = await database.db.select().from(messages).where(eq(messages.id, contact.id));
    expect(row).toMatchObject({ organiserId: other.id, recipientEmail: 'els@vdab.example', sender: { organiserName: 'Elders', office: null } });
  });

  it('refuses data the template does not accept, so a wrong caller fails its own test', async () => {
    const participantId = await buildParticipant({ email: 'y@example.test' });
    await expect(
      database.db.transaction((tx) =>
        queueMessage(tx, context, {
          recipient: { kind: 'participant', participantId },
          template: 'account-invitation',
          data: { ...invitation, link: 'javascript:alert(1)' },
        }),
      ),
    ).rejects.toThrow();
  });
});
