import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message, MessageSummary } from '../../../contracts/messages';
import { buildJobs } from '../../app';
import { runDueJobs } from '../../platform/jobs/run-due-jobs';
import { jobs } from '../../platform/jobs/schema';
import { buildAccount, buildOffice, buildOrganiser } from '../../testing/factories';
import { buildParticipantRecord, staffContext, type ParticipantContact } from '../../testing/message-fixtures';
import { startTestSmsProvider } from '../../testing/test-sms-provider';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/test-smtp-server';
import { logIn, useTestApp, type TestContext } from '../../testing/test-app';
import { queueMessage } from './queue-message';
import { messages } from './schema';

const invitation = { name: 'Saïdjah', link: 'https://wijkwerk.example/uitnodiging#abc', expiresAt: '2026-12-01T09:00:00.000Z' };
const hour = 60 * 60_000;

/** An organiser with a coordinator, and a way to queue an invitation to a new participant the way a service does. */
const setUp = async (t: TestContext) => {
  const organiser = await buildOrganiser(t.app.database.db);
  await buildOffice(t.app.database.db, organiser.id);
  const coordinator = await buildAccount(t.app.database.db, organiser.id, 'coordinator');
  const queue = async (contact: ParticipantContact) => {
    const participantId = await buildParticipantRecord(t.app.database.db, organiser.id, contact);
    const context = staffContext(organiser.id, coordinator.id, t.clock.now());
    return t.app.database.db.transaction((tx) =>
      queueMessage(tx, context, { recipient: { kind: 'participant', participantId }, template: 'account-invitation', data: invitation }),
    );
  };
  /** A fresh session: the test's clock moves hours ahead, past any session's idle limit. */
  const logInCoordinator = () => logIn(t.app, coordinator.email);
  const staffNow = () => staffContext(organiser.id, coordinator.id, t.clock.now());
  return { logInCoordinator, queue, staffNow };
};

const messageRow = async (t: TestContext, id: string) => (await t.app.database.db.select().from(messages).where(eq(messages.id, id)))[0];

describe('delivery over a real SMTP server and SMS provider', () => {
  let smtp: TestSmtpServer;
  let sms: Awaited<ReturnType<typeof startTestSmsProvider>>;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    sms = await startTestSmsProvider();
  });
  afterAll(async () => {
    await smtp.stop();
    await sms.close();
  });
  const t = useTestApp({ environment: () => ({ SMTP_URL: smtp.url, MAIL_FROM: 'Wijk-werken <noreply@westhoek.example>', SMS_URL: sms.url, SMS_TOKEN: 'sms-secret' }) });
  let productJobs: ReturnType<typeof buildJobs>;
  beforeAll(() => {
    productJobs = buildJobs(t.app.config);
  });
  afterAll(() => productJobs.close());

  const runJobs = () => runDueJobs({ db: t.app.database.db, definitions: productJobs.definitions, schedules: [], clock: t.clock, workerId: 'test', random: () => 0 });

  it('a queued e-mail arrives once, with the Message-ID chosen at queue time and the office as Reply-To', async () => {
    const { queue } = await setUp(t);
    const queued = await queue({ email: 'saidjah@example.test' });
    const before = smtp.received.length;
    await runJobs();
    await smtp.waitFor(before + 1);
    const row = await messageRow(t, queued.id);
    const mail = smtp.received.at(-1);
    expect(mail).toMatchObject({
      to: ['saidjah@example.test'],
      messageId: `<${row?.messageToken}@westhoek.example>`,
      subject: 'Uitnodiging van Wijk-werken Test',
      replyTo: 'ieper@example.test',
    });
    expect(mail?.text).toContain(invitation.link);
    expect(mail?.html).toContain(`href="${invitation.link}"`);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null, sentAt: t.clock.now() });
    // A second run (the job ran again) finds the message sent and sends nothing.
    await t.app.database.db
      .update(jobs)
      .set({ status: 'queued', finishedAt: null })
      .where(eq(jobs.dedupeKey, `deliver-message:${queued.id}`));
    await runJobs();
    expect(smtp.received.length).toBe(before + 1);
  });

  it('a sent password-reset message keeps no working link in the outbox: the recipient got it, the row keeps the site address', async () => {
    const { staffNow } = await setUp(t);
    const link = 'https://wijkwerk.example/nieuw-wachtwoord#s3cr3t-t0ken';
    const reset = await t.app.database.db.transaction((tx) =>
      queueMessage(tx, staffNow(), {
        recipient: { kind: 'contact', name: 'An Maes', email: 'an@example.test', phone: null, language: 'nl' },
        template: 'password-reset',
        data: { name: 'An Maes', link, expiresAt: '2026-12-01T09:00:00.000Z' },
      }),
    );
    const before = smtp.received.length;
    await runJobs();
    await smtp.waitFor(before + 1);
    expect(smtp.received.at(-1)?.text).toContain(link);
    const row = await messageRow(t, reset.id);
    expect(row?.status).toBe('sent');
    expect(row?.data).toMatchObject({ name: 'An Maes', link: 'https://wijkwerk.example/' });
    expect(JSON.stringify(row?.data)).not.toContain('s3cr3t');
  });

  it('SMTP down: retried with backoff, then failed and shown in Berichten; resent once SMTP is up, it arrives', async () => {
    const { logInCoordinator, queue } = await setUp(t);
    await smtp.stop();
    const queued = await queue({ email: 'an@example.test' });
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      expect(await runJobs(), `attempt ${attempt}`).toBe(1);
      const row = await messageRow(t, queued.id);
      expect(row?.attempts).toBe(attempt);
      expect(row?.lastError).toMatch(/^E-mail not accepted: /);
      expect(row?.status).toBe(attempt < 8 ? 'queued' : 'failed');
      t.clock.advance(2 * hour);
    }
    expect(await runJobs()).toBe(0);

    const coordinator = await logInCoordinator();
    const failed = (await coordinator.request({ method: 'GET', url: '/api/messages?status=failed' })).json<{ items: MessageSummary[] }>();
    expect(failed.items.map((item) => [item.id, item.attempts])).toEqual([[queued.id, 8]]);

    await smtp.start();
    const before = smtp.received.length;
    const resent = await coordinator.request({ method: 'POST', url: `/api/messages/${queued.id}/resend` });
    expect(resent.json<Message>()).toMatchObject({ status: 'queued', canResend: false });
    await runJobs();
    await smtp.waitFor(before + 1);
    expect(smtp.received.at(-1)?.to).toEqual(['an@example.test']);
    expect(await messageRow(t, queued.id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
  });

  it('an SMS goes to the provider as JSON with the bearer token and the message token as idempotency key', async () => {
    const { queue } = await setUp(t);
    const queued = await queue({ phone: '0470 11 22 33', preferredChannel: 'sms' });
    await runJobs();
    const row = await messageRow(t, queued.id);
    expect(row).toMatchObject({ channel: 'sms', status: 'sent' });
    const received = sms.received.at(-1);
    expect(received?.headers.authorization).toBe('Bearer sms-secret');
    expect(received?.headers['idempotency-key']).toBe(row?.messageToken);
    expect(received?.body).toEqual({ to: '0470 11 22 33', text: expect.stringContaining(invitation.link) });
  });

  it('an SMS the provider refuses for good (4xx) fails at once; a provider error (5xx) is tried again', async () => {
    const { queue } = await setUp(t);
    sms.answerWith(503);
    const retried = await queue({ phone: '0470 11 22 34', preferredChannel: 'sms' });
    await runJobs();
    expect(await messageRow(t, retried.id)).toMatchObject({ status: 'queued', attempts: 1, lastError: 'SMS not accepted: HTTP 503' });
    sms.answerWith(422);
    t.clock.advance(2 * hour);
    await runJobs();
    expect(await messageRow(t, retried.id)).toMatchObject({ status: 'failed', attempts: 2, lastError: 'SMS not accepted: HTTP 422' });
    sms.answerWith(202);
  });
});

describe('delivery without SMTP or SMS configured', () => {
  const t = useTestApp();
  let productJobs: ReturnType<typeof buildJobs>;
  beforeAll(() => {
    productJobs = buildJobs(t.app.config);
  });

  it('the message stays in the outbox as not sent (no transport), listed in Berichten and open to resend', async () => {
    const { logInCoordinator, queue } = await setUp(t);
    const coordinator = await logInCoordinator();
    const email = await queue({ email: 'an@example.test' });
    const text = await queue({ phone: '0470 11 22 33', preferredChannel: 'sms' });
    await runDueJobs({ db: t.app.database.db, definitions: productJobs.definitions, schedules: [], clock: t.clock, workerId: 'test' });
    const listed = (await coordinator.request({ method: 'GET', url: '/api/messages?status=not_sent_no_transport' })).json<{ items: MessageSummary[] }>();
    expect(listed.items.map((item) => item.id).sort()).toEqual([email.id, text.id].sort());
    const opened = (await coordinator.request({ method: 'GET', url: `/api/messages/${email.id}` })).json<Message>();
    expect(opened).toMatchObject({ status: 'not_sent_no_transport', canResend: true });
  });
});
