import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagePageSchema, messageSchema } from '../../../contracts/messages';
import { buildJobs } from '../../app';
import { runDueJobs } from '../../platform/jobs/run-due-jobs';
import { buildOffice } from '../../testing/factories';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/test-smtp-server';
import { logIn, setUpOrganiser, useTestApp, type TestContext } from '../../testing/test-app';

const password = 'mijn eigen wachtwoord voor wijkwerk';
const linkIn = (text: string): string => {
  const link = /http:\/\/localhost:3000\/uitnodiging#[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  if (!link) throw new Error(`no invitation link in: ${text}`);
  return link;
};

/** What the invitee's browser does with the link: the token from the fragment, checked, then accepted. */
const follow = async (t: TestContext, link: string) => {
  const token = new URL(link).hash.slice(1);
  expect((await t.app.inject({ method: 'POST', url: '/api/invitations/check', payload: { token } })).json()).toMatchObject({ hasPassword: false });
  return t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password } });
};

const inviteColleague = async (t: TestContext) => {
  const { organiser, sessions } = await setUpOrganiser(t.app, ['admin']);
  await buildOffice(t.app.database.db, organiser.id);
  const email = `collega-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const invited = await sessions.admin.request({ method: 'POST', url: '/api/invitations', payload: { role: 'coordinator', email, displayName: 'Cora Collega' } });
  expect(invited.statusCode).toBe(201);
  return { admin: sessions.admin, email };
};

const runJobsOf = (t: TestContext, productJobs: ReturnType<typeof buildJobs>) =>
  runDueJobs({ db: t.app.database.db, definitions: productJobs.definitions, schedules: [], clock: t.clock, workerId: 'test', random: () => 0 });

describe('an invitation over a real SMTP server: the e-mail arrives, its link sets the password, the colleague logs in', () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    await smtp.stop();
  });
  const t = useTestApp({ environment: () => ({ SMTP_URL: smtp.url, MAIL_FROM: 'Wijk-werken <noreply@westhoek.example>' }) });
  let productJobs: ReturnType<typeof buildJobs>;
  beforeAll(() => {
    productJobs = buildJobs(t.app.config);
  });
  afterAll(() => productJobs.close());

  it('delivers the invitation, and the link in the mail works once', async () => {
    const { email } = await inviteColleague(t);
    const before = smtp.received.length;
    await runJobsOf(t, productJobs);
    await smtp.waitFor(before + 1);
    const mail = smtp.received.at(-1);
    expect(mail).toMatchObject({ to: [email], subject: 'Uitnodiging van Wijk-werken Test' });
    expect(mail?.text).toContain('Beste Cora Collega,');
    const link = linkIn(mail?.text ?? '');
    expect(mail?.html).toContain(`href="${link}"`);

    const accepted = await follow(t, link);
    expect(accepted.statusCode).toBe(200);
    const session = await logIn(t.app, email, password);
    expect((await session.request({ method: 'GET', url: '/api/session' })).json()).toMatchObject({ role: 'coordinator', account: { displayName: 'Cora Collega' } });
    const again = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token: new URL(link).hash.slice(1), password } });
    expect(again.json()).toMatchObject({ error: { code: 'LINK_USED' } });
  });
});

describe('an invitation without a mail server: it waits in Berichten, where staff find the link to pass on', () => {
  const t = useTestApp();
  let productJobs: ReturnType<typeof buildJobs>;
  beforeAll(() => {
    productJobs = buildJobs(t.app.config);
  });
  afterAll(() => productJobs.close());

  it('is listed as not sent, opened with its link, and the link works', async () => {
    const { admin, email } = await inviteColleague(t);
    await runJobsOf(t, productJobs);
    const list = messagePageSchema.parse((await admin.request({ method: 'GET', url: '/api/messages?status=not_sent_no_transport' })).json());
    const summary = list.items.find((item) => item.address === email);
    expect(summary).toMatchObject({ template: 'account-invitation', status: 'not_sent_no_transport', recipientName: 'Cora Collega' });
    const opened = messageSchema.parse((await admin.request({ method: 'GET', url: `/api/messages/${summary?.id}` })).json());
    expect((await follow(t, linkIn(opened.text))).statusCode).toBe(200);
    await expect(logIn(t.app, email, password)).resolves.toBeDefined();
  });
});
