import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Message, MessageSummary } from '../../../contracts/messages';
import { auditEvents } from '../../platform/audit/schema';
import { jobs } from '../../platform/jobs/schema';
import { buildOffice } from '../../testing/factories';
import { buildParticipantRecord, staffContext, type ParticipantContact } from '../../testing/message-fixtures';
import { setUpOrganiser, useTestApp } from '../../testing/test-app';
import { queueMessage } from './queue-message';
import { messages } from './schema';

const invitation = { name: 'Saïdjah', link: 'https://wijkwerk.example/uitnodiging#abc', expiresAt: '2026-12-01T09:00:00.000Z' };

describe('Berichten: the outbox for staff', () => {
  const t = useTestApp();

  const organiserWithMessages = async () => {
    const { organiser, sessions } = await setUpOrganiser(t.app, ['coordinator', 'admin', 'counsellor', 'finance']);
    await buildOffice(t.app.database.db, organiser.id);
    const context = staffContext(organiser.id, sessions.coordinator.accountId, t.clock.now());
    const queue = async (contact: ParticipantContact, template: 'account-invitation' | 'referral-decided' = 'account-invitation') => {
      const participantId = await buildParticipantRecord(t.app.database.db, organiser.id, contact);
      const data = template === 'account-invitation' ? invitation : { candidateName: 'Jan Claes', referredOn: '2026-11-02', decision: 'accepted' as const };
      return t.app.database.db.transaction((tx) =>
        queueMessage(tx, { ...context, now: t.clock.now() }, { recipient: { kind: 'participant', participantId }, template, data }),
      );
    };
    return { organiser, sessions, queue };
  };

  it('lists the organiser’s messages newest first, filtered by status, channel and recipient, a page at a time', async () => {
    const { sessions, queue } = await organiserWithMessages();
    const email = await queue({ email: 'an@example.test', firstName: 'An' });
    t.clock.advance(1000);
    const sms = await queue({ phone: '0470 11 22 33', preferredChannel: 'sms', firstName: 'Bram' });
    t.clock.advance(1000);
    const letter = await queue({ firstName: 'Cato' }, 'referral-decided');
    await t.app.database.db.update(messages).set({ status: 'failed', lastError: 'E-mail not accepted: ECONNREFUSED' }).where(eq(messages.id, email.id));

    const all = await sessions.coordinator.request({ method: 'GET', url: '/api/messages' });
    expect(all.statusCode).toBe(200);
    const page = all.json<{ items: MessageSummary[]; nextCursor: string | null }>();
    expect(page.items.map((item) => item.id)).toEqual([letter.id, sms.id, email.id]);
    expect(page.items[2]).toEqual({
      id: email.id,
      recipientName: 'An Peeters',
      address: 'an@example.test',
      channel: 'email',
      language: 'nl',
      template: 'account-invitation',
      status: 'failed',
      attempts: 0,
      lastError: 'E-mail not accepted: ECONNREFUSED',
      createdAt: expect.any(String),
      sentAt: null,
    });
    expect(page.items[0]).toMatchObject({ channel: 'letter', address: 'Kaaistraat 12, 8630 Veurne', status: 'queued' });

    const ids = async (query: string) =>
      (await sessions.admin.request({ method: 'GET', url: `/api/messages?${query}` })).json<{ items: MessageSummary[] }>().items.map((item) => item.id);
    expect(await ids('status=failed')).toEqual([email.id]);
    expect(await ids('channel=sms')).toEqual([sms.id]);
    expect(await ids('q=bram')).toEqual([sms.id]);
    expect(await ids('q=an%40example')).toEqual([email.id]);

    const first = (await sessions.coordinator.request({ method: 'GET', url: '/api/messages?limit=2' })).json<{ items: MessageSummary[]; nextCursor: string }>();
    expect(first.items).toHaveLength(2);
    const second = (await sessions.coordinator.request({ method: 'GET', url: `/api/messages?limit=2&cursor=${first.nextCursor}` })).json<{
      items: MessageSummary[];
      nextCursor: string | null;
    }>();
    expect(second.items.map((item) => item.id)).toEqual([email.id]);
    expect(second.nextCursor).toBeNull();
  });

  it('opens one message rendered as it is sent: subject, text with the organiser and office, whether it may be resent', async () => {
    const { organiser, sessions, queue } = await organiserWithMessages();
    const queued = await queue({ email: 'an@example.test', firstName: 'An' });
    const response = await sessions.coordinator.request({ method: 'GET', url: `/api/messages/${queued.id}` });
    expect(response.statusCode).toBe(200);
    const message = response.json<Message>();
    expect(message).toMatchObject({ id: queued.id, subject: `Uitnodiging van ${organiser.name}`, canResend: false, status: 'queued' });
    expect(message.text).toContain('Beste Saïdjah,');
    expect(message.text).toContain('Kantoor Ieper');
    expect(message.text).toContain(invitation.link);
  });

  it('resends a message that was not sent: queued again with a new delivery job, audited; a queued one is a 409', async () => {
    const { organiser, sessions, queue } = await organiserWithMessages();
    const queued = await queue({ email: 'an@example.test' });
    const conflict = await sessions.coordinator.request({ method: 'POST', url: `/api/messages/${queued.id}/resend` });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json()).toMatchObject({ error: { code: 'INVALID_STATE' } });

    await t.app.database.db.update(messages).set({ status: 'not_sent_no_transport', attempts: 1 }).where(eq(messages.id, queued.id));
    await t.app.database.db.update(jobs).set({ status: 'done', finishedAt: t.clock.now() }).where(eq(jobs.organiserId, organiser.id));
    const response = await sessions.coordinator.request({ method: 'POST', url: `/api/messages/${queued.id}/resend` });
    expect(response.statusCode).toBe(200);
    expect(response.json<Message>()).toMatchObject({ id: queued.id, status: 'queued', attempts: 0, canResend: false });
    const deliveries = await t.app.database.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.organiserId, organiser.id), eq(jobs.status, 'queued')));
    expect(deliveries.map((job) => [job.kind, job.payload])).toEqual([['deliver-message', { messageId: queued.id }]]);
    const [audit] = await t.app.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, queued.id), eq(auditEvents.action, 'message.resend')));
    expect(audit).toMatchObject({ actorAccountId: sessions.coordinator.accountId, entityType: 'message' });
  });

  it('prints the day’s letters as one PDF and marks them printed; printing again gives them again', async () => {
    const { sessions, queue } = await organiserWithMessages();
    const letter = await queue({ firstName: 'Cato' }, 'referral-decided');
    const today = t.clock.now().toISOString().slice(0, 10);
    const response = await sessions.coordinator.request({ method: 'GET', url: `/api/messages/print-list?date=${today}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const [row] = await t.app.database.db.select().from(messages).where(eq(messages.id, letter.id));
    expect(row).toMatchObject({ status: 'printed', sentAt: t.clock.now() });
    const [audit] = await t.app.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'messages.print'), eq(auditEvents.entityId, today)));
    expect(audit?.changedFields).toEqual({ printed: [letter.id], letters: 1 });
    const again = await sessions.coordinator.request({ method: 'GET', url: `/api/messages/print-list?date=${today}` });
    expect(again.statusCode).toBe(200);
    expect(again.rawPayload.length).toBeGreaterThan(1000);
  });

  it('refuses roles outside the office (403), another organiser’s message (404) and bad input (400)', async () => {
    const { sessions, queue } = await organiserWithMessages();
    const other = await organiserWithMessages();
    const foreign = await other.queue({ email: 'x@example.test' });
    await t.app.database.db.update(messages).set({ status: 'failed' }).where(eq(messages.id, foreign.id));

    for (const role of ['counsellor', 'finance'] as const) {
      expect((await sessions[role].request({ method: 'GET', url: '/api/messages' })).statusCode, role).toBe(403);
      expect((await sessions[role].request({ method: 'POST', url: `/api/messages/${foreign.id}/resend` })).statusCode, role).toBe(403);
    }
    expect((await sessions.coordinator.request({ method: 'GET', url: `/api/messages/${foreign.id}` })).statusCode).toBe(404);
    expect((await sessions.coordinator.request({ method: 'POST', url: `/api/messages/${foreign.id}/resend` })).statusCode).toBe(404);
    const [untouched] = await t.app.database.db.select().from(messages).where(eq(messages.id, foreign.id));
    expect(untouched?.status).toBe('failed');
    const ownIds = (await sessions.coordinator.request({ method: 'GET', url: '/api/messages' })).json<{ items: MessageSummary[] }>().items.map((item) => item.id);
    expect(ownIds).not.toContain(foreign.id);

    await queue({ email: 'y@example.test' });
    for (const url of [
      '/api/messages?status=lost',
      '/api/messages?channel=pigeon',
      '/api/messages?cursor=not-a-cursor',
      '/api/messages/not-an-id',
      '/api/messages/print-list?date=2026-02-30',
      '/api/messages/print-list',
    ]) {
      const response = await sessions.coordinator.request({ method: 'GET', url });
      expect(response.statusCode, url).toBe(400);
      expect(response.json(), url).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    }
  });

  it('answers 401 without a session', async () => {
    for (const [method, url] of [
      ['GET', '/api/messages'],
      ['GET', '/api/messages/print-list?date=2026-11-24'],
      ['POST', '/api/messages/00000000-0000-4000-8000-000000000000/resend'],
    ] as const) {
      expect((await t.app.inject({ method, url })).statusCode, url).toBe(401);
    }
  });
});
