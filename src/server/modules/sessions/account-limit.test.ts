import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, loginAttempts } from '../../platform/auth/schema';
import { loadConfig } from '../../platform/config';
import { buildApp } from '../../app';
import type { App } from '../../platform/http/build-app';
import { createTotpSecret, totpCodeAt } from '../../platform/auth/totp';
import { buildAccount, buildOrganiser, testPassword } from '../../testing/factories';
import { useTestApp } from '../../testing/test-app';
import { maxFailuresPerAccountPerHour } from './login-throttle';

describe('the per-account login limit lets the owner in with password and authenticator code (decision 020)', () => {
  const t = useTestApp();
  // Behind one trusted proxy every attempt can come from another forwarded address, so only the account limit bites.
  let proxied: App;
  let forwarded = 0;

  beforeAll(async () => {
    proxied = await buildApp({
      config: loadConfig({ TRUST_PROXY_HOPS: '1', WEB_DIST_DIR: '/nonexistent' }),
      database: t.app.database,
      clock: t.clock,
      logger: false,
    });
  });
  afterAll(() => proxied.close());

  const nextIp = () => {
    forwarded += 1;
    return `10.${Math.floor(forwarded / 250) % 250}.${forwarded % 250}.7`;
  };
  const attempt = (payload: Record<string, string>, ip = nextIp()) =>
    proxied.inject({ method: 'POST', url: '/api/session', payload, remoteAddress: '192.0.2.1', headers: { 'x-forwarded-for': ip } });

  const staffAccount = async (withAuthenticator: boolean) => {
    const organiser = await buildOrganiser(t.app.database.db, 'Wijk-werken Slot', { requireStaffTwoFactor: true });
    const account = await buildAccount(t.app.database.db, organiser.id, 'coordinator');
    const secret = createTotpSecret();
    if (withAuthenticator) {
      await t.app.database.db.update(accounts).set({ totpSecret: secret, totpEnabledAt: t.clock.now() }).where(eq(accounts.id, account.id));
    }
    return { email: account.email, secret };
  };

  const lockOut = async (email: string) => {
    for (let i = 0; i < maxFailuresPerAccountPerHour; i += 1) {
      expect((await attempt({ email, password: `guess ${i}` })).statusCode).toBe(401);
    }
    expect((await attempt({ email, password: testPassword })).statusCode).toBe(429);
  };

  const failuresFrom = async (ip: string) =>
    (await t.app.database.db.select().from(loginAttempts).where(eq(loginAttempts.ip, ip))).filter((row) => !row.succeeded).length;

  it('after 100 failures from 100 addresses: the right password with a fresh code opens a complete session; every other attempt is 429', async () => {
    const { email, secret } = await staffAccount(true);
    await lockOut(email);
    const code = () => totpCodeAt(secret, t.clock.now());

    expect((await attempt({ email, password: 'still guessing', code: code() })).statusCode).toBe(429);
    const wrongCode = nextIp();
    expect((await attempt({ email, password: testPassword, code: code() === '000000' ? '111111' : '000000' }, wrongCode)).statusCode).toBe(429);
    const wrongPassword = nextIp();
    expect((await attempt({ email, password: 'still guessing', code: code() }, wrongPassword)).statusCode).toBe(429);
    // Whichever half was wrong, the refusal counts once against the address: its count says nothing about the password.
    expect([await failuresFrom(wrongCode), await failuresFrom(wrongPassword)]).toEqual([1, 1]);

    const used = code();
    const owner = await attempt({ email, password: testPassword, code: used });
    expect(owner.statusCode).toBe(200);
    expect(owner.json()).toMatchObject({ stage: 'complete', twoFactorEnabled: true });
    const cookie = `${owner.cookies[0]?.name}=${owner.cookies[0]?.value}`;
    expect((await proxied.inject({ method: 'GET', url: '/api/offices', headers: { cookie } })).statusCode).toBe(200);

    expect((await attempt({ email, password: testPassword, code: used })).statusCode).toBe(429);
    expect((await attempt({ email, password: 'still guessing' })).statusCode).toBe(429);
  });

  it('an account without an authenticator stays limited, with or without a code', async () => {
    const { email } = await staffAccount(false);
    await lockOut(email);
    expect((await attempt({ email, password: testPassword })).statusCode).toBe(429);
    expect((await attempt({ email, password: testPassword, code: '123456' })).statusCode).toBe(429);
    t.clock.advance(61 * 60_000);
    expect((await attempt({ email, password: testPassword })).json()).toMatchObject({ stage: 'enrollment' });
  });

  it('under the limit a code sent with the password finishes the login in one step; a wrong one is INVALID_SECOND_FACTOR', async () => {
    const { email, secret } = await staffAccount(true);
    const wrong = await attempt({ email, password: testPassword, code: totpCodeAt(secret, t.clock.now()) === '000000' ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: { code: 'INVALID_SECOND_FACTOR' } });
    expect((await attempt({ email, password: testPassword })).json()).toMatchObject({ stage: 'second_factor' });
    t.clock.advance(30_000);
    expect((await attempt({ email, password: testPassword, code: totpCodeAt(secret, t.clock.now()) })).json()).toMatchObject({ stage: 'complete' });
  });
});
