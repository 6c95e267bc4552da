import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessionResponseSchema } from '../../../contracts/sessions';
import { auditEvents } from '../../platform/audit/schema';
import { accounts, sessions } from '../../platform/auth/schema';
import { buildAccount, buildOrganiser, testPassword } from '../../testing/factories';
import { logIn, useTestApp } from '../../testing/test-app';
import { loadConfig } from '../../platform/config';
import { buildApp } from '../../app';

describe('sessions', () => {
  const t = useTestApp();

  const newAccount = async () => {
    const organiser = await buildOrganiser(t.app.database.db);
    return buildAccount(t.app.database.db, organiser.id, 'coordinator');
  };

  it('logs in with a HttpOnly SameSite cookie, returns exactly the session fields, and audits the login', async () => {
    const account = await newAccount();
    const response = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: account.email.toUpperCase(), password: testPassword } });
    expect(response.statusCode).toBe(200);
    expect(sessionResponseSchema.strict().safeParse(response.json()).success).toBe(true);
    const cookie = response.cookies[0];
    expect(cookie).toMatchObject({ name: 'wijkwerk-session', httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.value.length).toBeGreaterThanOrEqual(43);
    const stored = await t.app.database.db.select().from(sessions).where(eq(sessions.accountId, account.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).not.toBe(cookie?.value);
    const audit = await t.app.database.db.select().from(auditEvents).where(eq(auditEvents.actorAccountId, account.id));
    expect(audit.map((event) => event.action)).toEqual(['session.create']);
  });

  it('gives the same answer for an unknown account and a wrong password', async () => {
    const account = await newAccount();
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'nobody@example.test', password: testPassword },
      remoteAddress: '10.0.0.1',
    });
    const wrong = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: account.email, password: 'wrong password!' }, remoteAddress: '10.0.0.1' });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    const strip = (body: { error: { requestId?: string } }) => ({ ...body.error, requestId: undefined });
    expect(strip(unknown.json())).toEqual(strip(wrong.json()));
  });

  it('refuses a disabled account like a wrong password, and disabling kills its sessions', async () => {
    const account = await newAccount();
    const session = await logIn(t.app, account.email);
    await t.app.database.db.update(accounts).set({ disabledAt: t.clock.now() }).where(eq(accounts.id, account.id));
    expect((await session.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
    const again = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: account.email, password: testPassword } });
    expect(again.json()).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
  });

  it('logout ends the session server-side: the old cookie is worthless afterwards', async () => {
    const account = await newAccount();
    const session = await logIn(t.app, account.email);
    expect((await session.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(200);
    expect((await session.request({ method: 'DELETE', url: '/api/session' })).statusCode).toBe(204);
    expect((await session.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
  });

  it('expires after 30 idle minutes and after 12 hours even when active', async () => {
    const account = await newAccount();
    const idle = await logIn(t.app, account.email);
    t.clock.advance(29 * 60_000);
    expect((await idle.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(200);
    t.clock.advance(30 * 60_000);
    expect((await idle.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);

    const active = await logIn(t.app, account.email);
    for (let hour = 0; hour < 12 * 4; hour += 1) {
      t.clock.advance(15 * 60_000);
      const status = (await active.request({ method: 'GET', url: '/api/session' })).statusCode;
      if (hour < 12 * 4 - 1) expect(status).toBe(200);
      else expect(status).toBe(401);
    }
  });

  it('a new login gets a new session id', async () => {
    const account = await newAccount();
    const first = await logIn(t.app, account.email);
    const second = await logIn(t.app, account.email);
    expect(first.cookie).not.toBe(second.cookie);
  });

  it('throttles an IP after 10 failures a minute with 429, while the owner can still log in from elsewhere', async () => {
    const account = await newAccount();
    const attempt = (password: string, remoteAddress: string) =>
      t.app.inject({ method: 'POST', url: '/api/session', payload: { email: account.email, password }, remoteAddress });
    for (let i = 0; i < 10; i += 1) expect((await attempt('not the password', '10.9.9.9')).statusCode).toBe(401);
    expect((await attempt(testPassword, '10.9.9.9')).statusCode).toBe(429);
    expect((await attempt(testPassword, '10.9.9.8')).statusCode).toBe(200);
    t.clock.advance(61_000);
    expect((await attempt(testPassword, '10.9.9.9')).statusCode).toBe(200);
  });

  it('rejects writes without the CSRF token and cross-site writes', async () => {
    const account = await newAccount();
    const session = await logIn(t.app, account.email);
    const noToken = await t.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: session.cookie } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json()).toMatchObject({ error: { code: 'CSRF_REJECTED' } });
    const crossSite = await session.request({ method: 'DELETE', url: '/api/session', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.statusCode).toBe(403);
    const foreignOrigin = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { origin: 'https://evil.example' },
      payload: { email: account.email, password: testPassword },
    });
    expect(foreignOrigin.statusCode).toBe(403);
    expect((await session.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(200);
  });

  it('rejects bad login input with 400 and unknown fields (mass assignment) too', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'not-an-email', password: 'x' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    const extra = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'a@example.test', password: 'x', role: 'admin' } });
    expect(extra.statusCode).toBe(400);
  });

  it('over https the cookie is Secure with the __Host- prefix', async () => {
    const account = await newAccount();
    const secure = await buildApp({
      config: loadConfig({ PUBLIC_URL: 'https://wijkwerk.example', WEB_DIST_DIR: '/nonexistent' }),
      database: t.app.database,
      clock: t.clock,
      logger: false,
    });
    const response = await secure.inject({ method: 'POST', url: '/api/session', payload: { email: account.email, password: testPassword } });
    expect(response.cookies[0]).toMatchObject({ name: '__Host-wijkwerk-session', secure: true, httpOnly: true, path: '/' });
    expect(response.cookies[0]).not.toHaveProperty('domain');
    await secure.close();
  });

  it('GET /api/session without a cookie is 401', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
  });
});
