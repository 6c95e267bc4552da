import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageSummary } from '../../../contracts/messages';
import { demoEmail, demoPassword } from '../../demo/load-demo-data';
import { spawnServer, waitUntilHealthy, type RunningServer } from '../../testing/spawn-server';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/test-smtp-server';

const dataDir = mkdtempSync(join(tmpdir(), 'wijkwerk-outbox-'));
const started: RunningServer[] = [];

type Session = { cookie: string; csrfToken: string };

const logIn = async (baseUrl: string, role: string): Promise<Session> => {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demoEmail(role), password: demoPassword }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
};

const call = (baseUrl: string, session: Session, method: string, path: string, body?: unknown) =>
  fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('the outbox across a crash: kill -9 between the commit and the delivery', () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    for (const server of started) server.process.kill('SIGKILL');
    await smtp.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const start = async (args: string[], pollIntervalMs: number) => {
    const env = { SMTP_URL: smtp.url, MAIL_FROM: 'Wijk-werken Westhoek <noreply@westhoek.example>', JOB_POLL_INTERVAL_MS: String(pollIntervalMs) };
    const server = await spawnServer(dataDir, args, env);
    started.push(server);
    expect(await waitUntilHealthy(server, 60_000), server.output()).toBe(true);
    return server;
  };

  it('the message committed with the decision is delivered after the restart, once', async () => {
    const decisionMails = () => smtp.received.filter((received) => received.subject?.startsWith('Toeleiding niet aanvaard') === true);
    // The runner looks once at start, then not for ten minutes: the decision's message waits in the outbox.
    const first = await start(['--demo'], 600_000);
    const counsellor = await logIn(first.baseUrl, 'counsellor');
    const referred = await call(first.baseUrl, counsellor, 'POST', '/api/referrals', {
      candidate: { firstName: 'Adinda', lastName: 'Vermeersch', postcode: '8900' },
      benefitStatus: 'unemployment_benefit',
      agreements: 'Start in de kinderopvang.',
    });
    expect(referred.status).toBe(201);
    const referral = (await referred.json()) as { id: string; version: number };
    const coordinator = await logIn(first.baseUrl, 'coordinator');
    const declined = await call(first.baseUrl, coordinator, 'POST', `/api/referrals/${referral.id}/decline`, {
      version: referral.version,
      reason: 'Koos voor een opleiding',
    });
    expect(declined.status).toBe(200);
    const queued = (await (await call(first.baseUrl, coordinator, 'GET', '/api/messages?status=queued')).json()) as { items: MessageSummary[] };
    // Only the decision's message counts: after 07:00 the morning digest (a daily schedule) may queue its own.
    const decisionMessages = queued.items.filter((item) => item.template === 'referral-decided');
    expect(decisionMessages).toHaveLength(1);
    const [message] = decisionMessages;

    first.process.kill('SIGKILL');
    await first.exited;
    expect(decisionMails()).toEqual([]);

    const restarted = await start([], 50);
    const arrival = Date.now() + 60_000;
    while (decisionMails().length === 0 && Date.now() < arrival) await new Promise((resolve) => setTimeout(resolve, 50));
    const mail = decisionMails()[0];
    expect(mail).toMatchObject({ to: [demoEmail('counsellor')], subject: 'Toeleiding niet aanvaard: Adinda Vermeersch' });
    expect(mail?.messageId).toMatch(/^<[0-9a-f-]{36}@westhoek\.example>$/);

    const again = await logIn(restarted.baseUrl, 'coordinator');
    const deadline = Date.now() + 60_000;
    let status = '';
    while (Date.now() < deadline && status !== 'sent') {
      const opened = (await (await call(restarted.baseUrl, again, 'GET', `/api/messages/${message?.id}`)).json()) as MessageSummary;
      status = opened.status;
      if (status !== 'sent') await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(status).toBe('sent');
    // A few more polls of the runner: nothing is sent a second time.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(decisionMails()).toHaveLength(1);

    restarted.process.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);
  }, 120_000);
});
