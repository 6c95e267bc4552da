import { describe, expect, it } from 'vitest';
import { accountPageSchema, accountSchema } from '../../../contracts/accounts';
import { logIn, setUpOrganiser, useTestApp } from '../../testing/test-app';

const newMember = (suffix: string) => ({
  email: `lid-${suffix}-${Date.now()}@example.test`,
  displayName: 'Nieuw Lid',
  role: 'coordinator' as const,
  password: 'een lange zin als wachtwoord',
});

describe('accounts', () => {
  const t = useTestApp();

  it('unauthenticated calls are 401', async () => {
    for (const [method, url] of [
      ['GET', '/api/accounts'],
      ['POST', '/api/accounts'],
      ['PUT', '/api/account/password'],
    ] as const) {
      expect((await t.app.inject({ method, url, payload: method === 'GET' ? undefined : {} })).statusCode).toBe(401);
    }
  });

  it('an admin creates a member who can log in; a coordinator may not (403)', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['admin', 'coordinator']);
    const member = newMember('a');
    expect((await sessions.coordinator.request({ method: 'POST', url: '/api/accounts', payload: member })).statusCode).toBe(403);
    const created = await sessions.admin.request({ method: 'POST', url: '/api/accounts', payload: member });
    expect(created.statusCode).toBe(201);
    expect(accountSchema.strict().parse(created.json())).toMatchObject({
      email: member.email,
      role: 'coordinator',
      isDisabled: false,
      twoFactorEnabled: false,
      version: 1,
    });
    expect(created.body).not.toContain('password');
    await expect(logIn(t.app, member.email, member.password)).resolves.toBeDefined();
    const duplicate = await sessions.admin.request({ method: 'POST', url: '/api/accounts', payload: member });
    expect(duplicate.statusCode).toBe(409);
  });

  it.each([
    ['a 7-character password', { password: 'kort123' }, 400],
    ['a common password', { password: 'password123' }, 400],
    ['an unknown role', { role: 'superadmin' }, 400],
    ['an extra field', { organiserId: '00000000-0000-4000-8000-000000000000' }, 400],
  ])('refuses %s', async (_case, change, status) => {
    const { sessions } = await setUpOrganiser(t.app, ['admin']);
    const response = await sessions.admin.request({ method: 'POST', url: '/api/accounts', payload: { ...newMember('b'), ...change } });
    expect(response.statusCode).toBe(status);
  });

  it('accepts a 64-character password without composition rules', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['admin']);
    const response = await sessions.admin.request({
      method: 'POST',
      url: '/api/accounts',
      payload: { ...newMember('c'), password: 'a'.repeat(30) + ' zomaar een lange zin '.repeat(2) },
    });
    expect(response.statusCode).toBe(201);
  });

  it('lists only the own organiser, pages with a cursor, and filters by q and role', async () => {
    const own = await setUpOrganiser(t.app, ['admin', 'coordinator', 'finance']);
    await setUpOrganiser(t.app, ['admin', 'coordinator']);
    const first = await own.sessions.admin.request({ method: 'GET', url: '/api/accounts?limit=2' });
    const page1 = accountPageSchema.parse(first.json());
    expect(page1.items).toHaveLength(2);
    expect(page1.nextCursor).not.toBeNull();
    const second = accountPageSchema.parse((await own.sessions.admin.request({ method: 'GET', url: `/api/accounts?limit=2&cursor=${page1.nextCursor}` })).json());
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const ids = [...page1.items, ...second.items].map((account) => account.id).sort();
    expect(ids).toEqual([own.sessions.admin.accountId, own.sessions.coordinator.accountId, own.sessions.finance.accountId].sort());
    const finance = accountPageSchema.parse((await own.sessions.admin.request({ method: 'GET', url: '/api/accounts?role=finance' })).json());
    expect(finance.items.map((account) => account.role)).toEqual(['finance']);
    const bySearch = accountPageSchema.parse((await own.sessions.admin.request({ method: 'GET', url: '/api/accounts?q=finance-' })).json());
    expect(bySearch.items).toHaveLength(1);
    expect((await own.sessions.admin.request({ method: 'GET', url: '/api/accounts?cursor=rommel' })).statusCode).toBe(400);
    expect((await own.sessions.admin.request({ method: 'GET', url: '/api/accounts?q=%27%3B%20drop%20table%20accounts%3B--' })).statusCode).toBe(200);
  });

  it("another organiser's admin gets 404 on a member", async () => {
    const own = await setUpOrganiser(t.app, ['admin', 'coordinator']);
    const other = await setUpOrganiser(t.app, ['admin']);
    const id = own.sessions.coordinator.accountId;
    expect((await other.sessions.admin.request({ method: 'GET', url: `/api/accounts/${id}` })).statusCode).toBe(404);
    expect((await other.sessions.admin.request({ method: 'PATCH', url: `/api/accounts/${id}`, payload: { version: 1, isDisabled: true } })).statusCode).toBe(404);
    expect((await other.sessions.admin.request({ method: 'DELETE', url: `/api/accounts/${id}/sessions` })).statusCode).toBe(404);
    expect((await own.sessions.coordinator.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(200);
  });

  it('nobody changes their own role or disables themselves; disabling another ends their sessions', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['admin', 'coordinator']);
    const self = await sessions.admin.request({ method: 'PATCH', url: `/api/accounts/${sessions.admin.accountId}`, payload: { version: 1, role: 'coordinator' } });
    expect(self.statusCode).toBe(403);
    expect(self.json()).toMatchObject({ error: { code: 'OWN_ACCOUNT_PROTECTED' } });
    const disable = await sessions.admin.request({ method: 'PATCH', url: `/api/accounts/${sessions.coordinator.accountId}`, payload: { version: 1, isDisabled: true } });
    expect(disable.statusCode).toBe(200);
    expect(disable.json()).toMatchObject({ isDisabled: true, version: 2 });
    expect((await sessions.coordinator.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
    const stale = await sessions.admin.request({ method: 'PATCH', url: `/api/accounts/${sessions.coordinator.accountId}`, payload: { version: 1, isDisabled: false } });
    expect(stale.statusCode).toBe(409);
  });

  it('an admin can end another member’s sessions', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['admin', 'finance']);
    expect((await sessions.admin.request({ method: 'DELETE', url: `/api/accounts/${sessions.finance.accountId}/sessions` })).statusCode).toBe(204);
    expect((await sessions.finance.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
  });

  it('changing the own password needs the current one and ends the other sessions', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['participant']);
    const me = sessions.participant;
    const { account } = (await me.request({ method: 'GET', url: '/api/session' })).json<{ account: { email: string } }>();
    const elsewhere = await logIn(t.app, account.email);
    const wrong = await me.request({ method: 'PUT', url: '/api/account/password', payload: { currentPassword: 'fout', newPassword: 'een nieuw lang wachtwoord' } });
    expect(wrong.statusCode).toBe(400);
    const weak = await me.request({ method: 'PUT', url: '/api/account/password', payload: { currentPassword: 'correct horse battery staple', newPassword: 'iloveyou' } });
    expect(weak.json()).toMatchObject({ error: { code: 'PASSWORD_TOO_WEAK' } });
    const ok = await me.request({
      method: 'PUT',
      url: '/api/account/password',
      payload: { currentPassword: 'correct horse battery staple', newPassword: 'een nieuw lang wachtwoord' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await me.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(200);
    expect((await elsewhere.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
    await expect(logIn(t.app, account.email, 'een nieuw lang wachtwoord')).resolves.toBeDefined();
  });
});
