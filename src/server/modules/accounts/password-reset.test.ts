import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema';
import { accounts, memberships } from '../../platform/auth/schema';
import { buildAccount, buildOrganiser, testPassword } from '../../testing/factories';
import { outboxLink, outboxMessage } from '../../testing/invitation-fixtures';
import { logIn, useTestApp } from '../../testing/test-app';
import { messages } from '../messages/schema';

const newPassword = 'een nieuw en lang wachtwoord';
let addressCounter = 0;
// Each test asks from its own address, so the per-IP limit of one test does not reach into the next.
const nextIp = () => `198.51.100.${(addressCounter += 1)}`;

describe('password reset by e-mail', () => {
  const t = useTestApp();
  const db = () => t.app.database.db;

  const ask = (email: string, remoteAddress: string) => t.app.inject({ method: 'POST', url: '/api/password-reset', payload: { email }, remoteAddress });
  const complete = (token: string, password = newPassword, remoteAddress = '203.0.113.9') =>
    t.app.inject({ method: 'POST', url: '/api/password-reset/complete', payload: { token, password }, remoteAddress });

  const member = async () => {
    const organiser = await buildOrganiser(db());
    return { organiser, account: await buildAccount(db(), organiser.id, 'coordinator') };
  };

  it('a known and an unknown address get the same 202 answer; only the known one gets a link', async () => {
    const { account } = await member();
    const ip = nextIp();
    const known = await ask(account.email.toUpperCase(), ip);
    const unknown = await ask(`niemand-${account.email}`, ip);
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    expect(known.headers['content-type']).toBe(unknown.headers['content-type']);
    const { link } = await outboxLink(db(), account.email, 'password-reset');
    expect(link).toMatch(/^http:\/\/localhost:3000\/nieuw-wachtwoord#[A-Za-z0-9_-]{43}$/);
    expect(await outboxMessage(db(), `niemand-${account.email}`, 'password-reset')).toBeUndefined();
  });

  it('staff opening the reset message in Berichten do not see its link (it would log them in as the recipient)', async () => {
    const { organiser, account } = await member();
    await ask(account.email, nextIp());
    const { link } = await outboxLink(db(), account.email, 'password-reset');
    const colleague = await logIn(t.app, (await buildAccount(db(), organiser.id, 'coordinator')).email, testPassword);
    const list = (await colleague.request({ method: 'GET', url: '/api/messages' })).json<{ items: Array<{ id: string; template: string }> }>();
    const reset = list.items.find((item) => item.template === 'password-reset');
    const opened = (await colleague.request({ method: 'GET', url: `/api/messages/${reset?.id}` })).json<{ text: string; subject: string }>();
    expect(opened.text).not.toContain(link);
    expect(opened.text).toContain('[link verborgen: alleen de ontvanger ziet hem]');
  });

  it('sends no mail on the request path, so a known and an unknown address take the same steps: the reset waits in the outbox', async () => {
    const { account } = await member();
    expect((await ask(account.email, nextIp())).statusCode).toBe(202);
    // Delivery is the deliver-message job's work, after the answer; timing is not asserted here (no timed tests).
    expect(await outboxMessage(db(), account.email, 'password-reset')).toMatchObject({ status: 'queued', attempts: 0 });
  });

  it('is throttled per address (3 an hour, known or not) and per IP (10 a minute) with 429', async () => {
    const { account } = await member();
    for (const email of [account.email, `onbekend-${account.email}`]) {
      for (let attempt = 0; attempt < 3; attempt += 1) expect((await ask(email, nextIp())).statusCode).toBe(202);
      expect((await ask(email, nextIp())).json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    }
    const ip = nextIp();
    for (let attempt = 0; attempt < 10; attempt += 1) expect((await ask(`ip-${attempt}@example.test`, ip)).statusCode).toBe(202);
    expect((await ask('ip-11@example.test', ip)).statusCode).toBe(429);
    t.clock.advance(3_601_000);
    expect((await ask(account.email, nextIp())).statusCode).toBe(202);
  });

  it('the link sets a new password once, ends every session, and keeps the link usable after a refused password', async () => {
    const { account } = await member();
    const before = await logIn(t.app, account.email);
    await ask(account.email, nextIp());
    const { token } = await outboxLink(db(), account.email, 'password-reset');
    expect((await complete(token, 'password123')).json()).toMatchObject({ error: { code: 'PASSWORD_TOO_WEAK' } });
    expect((await complete(token)).statusCode).toBe(204);
    expect((await before.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
    await expect(logIn(t.app, account.email)).rejects.toThrow('401');
    await expect(logIn(t.app, account.email, newPassword)).resolves.toBeDefined();
    const again = await complete(token, 'weer een ander lang wachtwoord');
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'LINK_USED' } });
    const trail = await db().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, account.id));
    expect(trail.map((event) => event.action)).toContain('account.password_reset.complete');
  });

  it('an expired or tampered link changes nothing', async () => {
    const { account } = await member();
    await ask(account.email, nextIp());
    const { token } = await outboxLink(db(), account.email, 'password-reset');
    const tampered = `${token.slice(0, -2)}${token.endsWith('zz') ? 'yy' : 'zz'}`;
    expect((await complete(tampered)).statusCode).toBe(404);
    expect((await complete(tampered)).json()).toMatchObject({ error: { code: 'LINK_INVALID' } });
    t.clock.advance(60 * 60_000);
    expect((await complete(token)).json()).toMatchObject({ error: { code: 'LINK_EXPIRED' } });
    await expect(logIn(t.app, account.email, testPassword)).resolves.toBeDefined();
  });

  it('sends nothing to a disabled login or one whose only membership is an unaccepted invitation; refuses bad input with 400', async () => {
    const { organiser, account } = await member();
    await db().update(accounts).set({ disabledAt: t.clock.now() }).where(eq(accounts.id, account.id));
    expect((await ask(account.email, nextIp())).statusCode).toBe(202);
    const [invitedOnly] = await db()
      .insert(accounts)
      .values({ email: `uitgenodigd-${account.email}`, displayName: 'Nog niet', passwordHash: null })
      .returning();
    if (!invitedOnly) throw new Error('no account');
    await db().insert(memberships).values({ organiserId: organiser.id, accountId: invitedOnly.id, role: 'coach', status: 'invited' });
    expect((await ask(invitedOnly.email, nextIp())).statusCode).toBe(202);
    const rows = await db().select().from(messages).where(eq(messages.organiserId, organiser.id));
    expect(rows).toEqual([]);
    for (const payload of [{}, { email: 'geen-adres' }, { email: account.email, extra: true }]) {
      expect((await t.app.inject({ method: 'POST', url: '/api/password-reset', payload })).statusCode).toBe(400);
    }
    expect((await t.app.inject({ method: 'POST', url: '/api/password-reset/complete', payload: { token: 'kort', password: newPassword } })).statusCode).toBe(400);
  });
});
