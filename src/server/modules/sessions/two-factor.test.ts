import { describe, expect, it } from 'vitest';
import { sessionResponseSchema, twoFactorSetupResponseSchema } from '../../../contracts/sessions';
import { totpCodeAt } from '../../platform/auth/totp';
import { buildAccount, buildOrganiser, testPassword } from '../../testing/factories';
import { logIn, useTestApp } from '../../testing/test-app';

describe('two-factor authentication for staff', () => {
  const t = useTestApp();

  const requiringOrganiser = () => buildOrganiser(t.app.database.db, 'Wijk-werken Strikt', { requireStaffTwoFactor: true });

  const stageOf = async (session: Awaited<ReturnType<typeof logIn>>) =>
    sessionResponseSchema.parse((await session.request({ method: 'GET', url: '/api/session' })).json()).stage;

  it('staff set up an authenticator before anything else; the first code puts it in force', async () => {
    const organiser = await requiringOrganiser();
    const account = await buildAccount(t.app.database.db, organiser.id, 'coordinator');
    const session = await logIn(t.app, account.email);
    expect(await stageOf(session)).toBe('enrollment');
    const blocked = await session.request({ method: 'GET', url: '/api/participants' });
    expect(blocked.statusCode).toBe(401);
    expect(blocked.json()).toMatchObject({ error: { code: 'SECOND_FACTOR_REQUIRED' } });

    const setup = twoFactorSetupResponseSchema.parse((await session.request({ method: 'POST', url: '/api/account/two-factor' })).json());
    expect(setup.otpauthUri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    const wrong = await session.request({ method: 'POST', url: '/api/account/two-factor/confirm', payload: { code: '000000' } });
    expect(wrong.statusCode).toBe(400);
    const confirmed = await session.request({ method: 'POST', url: '/api/account/two-factor/confirm', payload: { code: totpCodeAt(setup.secret, t.clock.now()) } });
    expect(confirmed.json()).toMatchObject({ stage: 'complete', twoFactorEnabled: true });
    expect((await session.request({ method: 'GET', url: '/api/participants' })).statusCode).toBe(200);
    expect((await session.request({ method: 'POST', url: '/api/account/two-factor' })).statusCode).toBe(409);

    t.clock.advance(30_000);
    const next = await logIn(t.app, account.email);
    expect(await stageOf(next)).toBe('second_factor');
    expect((await next.request({ method: 'GET', url: '/api/offices' })).statusCode).toBe(401);
    const bad = await next.request({ method: 'POST', url: '/api/session/second-factor', payload: { code: '123456' } });
    expect(bad.json()).toMatchObject({ error: { code: 'INVALID_SECOND_FACTOR' } });
    const code = totpCodeAt(setup.secret, t.clock.now());
    const good = await next.request({ method: 'POST', url: '/api/session/second-factor', payload: { code: `${code.slice(0, 3)} ${code.slice(3)}` } });
    expect(good.json()).toMatchObject({ stage: 'complete' });
    expect((await next.request({ method: 'GET', url: '/api/offices' })).statusCode).toBe(200);

    const replay = await logIn(t.app, account.email);
    const reused = await replay.request({ method: 'POST', url: '/api/session/second-factor', payload: { code } });
    expect(reused.statusCode).toBe(401);
  });

  it('participants and clients log in with a password alone; the password step alone is never enough for staff', async () => {
    const organiser = await requiringOrganiser();
    const participant = await logIn(t.app, (await buildAccount(t.app.database.db, organiser.id, 'participant')).email);
    expect(await stageOf(participant)).toBe('complete');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: (await buildAccount(t.app.database.db, organiser.id, 'finance')).email, password: testPassword },
    });
    expect(login.json()).toMatchObject({ stage: 'enrollment' });
  });

  it('throttles wrong codes and lets an admin reset a lost authenticator', async () => {
    const organiser = await requiringOrganiser();
    const admin = await buildAccount(t.app.database.db, organiser.id, 'admin');
    const member = await buildAccount(t.app.database.db, organiser.id, 'auditor');
    const enroll = async (email: string) => {
      const session = await logIn(t.app, email);
      const { secret } = twoFactorSetupResponseSchema.parse((await session.request({ method: 'POST', url: '/api/account/two-factor' })).json());
      await session.request({ method: 'POST', url: '/api/account/two-factor/confirm', payload: { code: totpCodeAt(secret, t.clock.now()) } });
      return { session, secret };
    };
    const adminSession = (await enroll(admin.email)).session;
    await enroll(member.email);

    t.clock.advance(60_000);
    const attacker = await logIn(t.app, member.email);
    const attempt = (code: string) => attacker.request({ method: 'POST', url: '/api/session/second-factor', payload: { code }, remoteAddress: '10.6.6.6' });
    for (let i = 0; i < 10; i += 1) expect((await attempt(String(100000 + i))).statusCode).toBe(401);
    expect((await attempt('999999')).statusCode).toBe(429);

    expect((await adminSession.request({ method: 'DELETE', url: `/api/accounts/${admin.id}/two-factor` })).statusCode).toBe(403);
    expect((await adminSession.request({ method: 'DELETE', url: `/api/accounts/${member.id}/two-factor` })).statusCode).toBe(204);
    expect((await attacker.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
    expect(await stageOf(await logIn(t.app, member.email))).toBe('enrollment');
  });
});
