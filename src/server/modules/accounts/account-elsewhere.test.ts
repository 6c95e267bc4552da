import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accountSchema } from '../../../contracts/accounts';
import { auditEvents } from '../../platform/audit/schema';
import { accounts } from '../../platform/auth/schema';
import { logIn, setUpOrganiser, useTestApp } from '../../testing/test-app';

const firstPassword = 'het wachtwoord van organisator A';
const otherPassword = 'een ander wachtwoord van organisator B';

describe('creating an account for an e-mail address that already logs in at another organiser (decision 021)', () => {
  const t = useTestApp();

  const setUp = async () => {
    const a = await setUpOrganiser(t.app, ['admin']);
    const b = await setUpOrganiser(t.app, ['admin']);
    const email = `gedeeld-${crypto.randomUUID().slice(0, 8)}@example.test`;
    const atA = await a.sessions.admin.request({
      method: 'POST',
      url: '/api/accounts',
      payload: { email, displayName: 'Griet Gedeeld', role: 'counsellor', password: firstPassword },
    });
    expect(atA.statusCode).toBe(201);
    t.clock.advance(60_000);
    return { a, b, email, accountId: accountSchema.parse(atA.json()).id };
  };

  const logInAt = (email: string, password: string, organiserSlug?: string) =>
    t.app.inject({ method: 'POST', url: '/api/session', payload: { email, password, ...(organiserSlug ? { organiserSlug } : {}) } });

  it('answers with the same status and fields as for a new address, and leaves the login’s password and name alone', async () => {
    const { a, b, email, accountId } = await setUp();
    const known = await b.sessions.admin.request({
      method: 'POST',
      url: '/api/accounts',
      payload: { email: email.toUpperCase(), displayName: 'G. Gedeeld', role: 'coordinator', password: otherPassword },
    });
    const fresh = await b.sessions.admin.request({
      method: 'POST',
      url: '/api/accounts',
      payload: { email: `nieuw-${email}`, displayName: 'G. Gedeeld', role: 'coordinator', password: otherPassword },
    });
    expect(known.statusCode).toBe(201);
    expect(fresh.statusCode).toBe(201);
    const knownBody = accountSchema.strict().parse(known.json());
    const freshBody = accountSchema.strict().parse(fresh.json());
    expect(Object.keys(knownBody).sort()).toEqual(Object.keys(freshBody).sort());
    expect(knownBody).toMatchObject({ id: accountId, email, role: 'coordinator', isDisabled: false, twoFactorEnabled: false, version: 1 });
    expect(freshBody).toMatchObject({ role: 'coordinator', isDisabled: false, twoFactorEnabled: false, version: 1 });

    expect((await logInAt(email, otherPassword)).statusCode).toBe(401);
    expect((await logInAt(email, firstPassword)).json()).toMatchObject({ role: 'counsellor', organiser: { id: a.organiser.id } });
    expect((await logInAt(email, firstPassword, b.organiser.slug)).json()).toMatchObject({ role: 'coordinator', organiser: { id: b.organiser.id } });
    const [login] = await t.app.database.db.select().from(accounts).where(eq(accounts.id, accountId));
    expect(login?.displayName).toBe('Griet Gedeeld');

    const trail = await t.app.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organiserId, b.organiser.id), eq(auditEvents.entityId, accountId)));
    expect(trail.map((event) => event.action).filter((action) => action.startsWith('account.'))).toEqual(['account.create']);
  });

  it('a second membership at the same organiser is still a conflict', async () => {
    const { a, b, email } = await setUp();
    const payload = { email, displayName: 'Griet', role: 'coordinator', password: otherPassword };
    expect((await b.sessions.admin.request({ method: 'POST', url: '/api/accounts', payload })).statusCode).toBe(201);
    for (const admin of [a.sessions.admin, b.sessions.admin]) {
      const again = await admin.request({ method: 'POST', url: '/api/accounts', payload });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ error: { code: 'ALREADY_EXISTS' } });
    }
  });

  it('the other organiser manages its membership only: no rename, disable or authenticator reset; a new role ends only its own sessions', async () => {
    const { a, b, email, accountId } = await setUp();
    await b.sessions.admin.request({ method: 'POST', url: '/api/accounts', payload: { email, displayName: 'Griet', role: 'coordinator', password: otherPassword } });
    const atA = await logIn(t.app, email, firstPassword);
    const atBLogin = await logInAt(email, firstPassword, b.organiser.slug);
    const atBCookie = `${atBLogin.cookies[0]?.name}=${atBLogin.cookies[0]?.value}`;

    for (const [method, url, payload] of [
      ['PATCH', `/api/accounts/${accountId}`, { version: 1, displayName: 'Andere naam' }],
      ['PATCH', `/api/accounts/${accountId}`, { version: 1, isDisabled: true }],
      ['DELETE', `/api/accounts/${accountId}/two-factor`, undefined],
    ] as const) {
      const refused = await b.sessions.admin.request({ method, url, payload });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ error: { code: 'ACCOUNT_MANAGED_ELSEWHERE' } });
    }
    const newRole = await b.sessions.admin.request({ method: 'PATCH', url: `/api/accounts/${accountId}`, payload: { version: 1, role: 'finance' } });
    expect(newRole.json()).toMatchObject({ role: 'finance', displayName: 'Griet Gedeeld', version: 2 });
    expect((await atA.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: atBCookie } })).statusCode).toBe(401);

    const disabled = await a.sessions.admin.request({ method: 'PATCH', url: `/api/accounts/${accountId}`, payload: { version: 1, isDisabled: true } });
    expect(disabled.statusCode).toBe(200);
    expect((await logInAt(email, firstPassword, b.organiser.slug)).statusCode).toBe(401);
  });
});
