import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accountSchema } from '../../../contracts/accounts';
import { invitationPreviewSchema, invitationSchema } from '../../../contracts/invitations';
import { accounts } from '../../platform/auth/schema';
import { outboxLink, outboxMessage } from '../../testing/invitation-fixtures';
import { setUpOrganiser, useTestApp } from '../../testing/test-app';

const ownPassword = 'het wachtwoord van organisator A';

describe('inviting an address that already logs in at another organiser (decisions 021, 041)', () => {
  const t = useTestApp();
  const db = () => t.app.database.db;

  /** A login created at A, with an authenticator, a phone and a preference for SMS: all A's business. */
  const setUp = async () => {
    const a = await setUpOrganiser(t.app, ['admin']);
    const b = await setUpOrganiser(t.app, ['admin']);
    const email = `gedeeld-${crypto.randomUUID().slice(0, 8)}@example.test`;
    const created = await a.sessions.admin.request({
      method: 'POST',
      url: '/api/accounts',
      payload: { email, displayName: 'Griet Gedeeld', role: 'counsellor', password: ownPassword },
    });
    const accountId = accountSchema.parse(created.json()).id;
    await db()
      .update(accounts)
      .set({ totpSecret: 'JBSWY3DPEHPK3PXP', totpEnabledAt: t.clock.now(), phone: '0470 99 88 77', preferredChannel: 'sms' })
      .where(eq(accounts.id, accountId));
    return { a, b, email, accountId };
  };

  const invite = (session: Awaited<ReturnType<typeof setUp>>['b']['sessions']['admin'], email: string) =>
    session.request({ method: 'POST', url: '/api/invitations', payload: { role: 'coordinator', email, displayName: 'G. Gedeeld' } });

  it('staff see only what they typed until the person accepts: the same answers as for a new address', async () => {
    const { b, email, accountId } = await setUp();
    const fresh = `nieuw-${email}`;
    const known = invitationSchema.strict().parse((await invite(b.sessions.admin, email)).json());
    const other = invitationSchema.strict().parse((await invite(b.sessions.admin, fresh)).json());
    expect({ ...known, accountId: 'x', email: 'x' }).toEqual({ ...other, accountId: 'x', email: 'x' });
    expect(known).toMatchObject({ accountId, displayName: 'G. Gedeeld', status: 'invited' });

    const seen = await b.sessions.admin.request({ method: 'GET', url: `/api/accounts/${accountId}` });
    expect(accountSchema.strict().parse(seen.json())).toMatchObject({ displayName: 'G. Gedeeld', twoFactorEnabled: false, isDisabled: false, status: 'invited' });
    const message = await outboxMessage(db(), email, 'account-invitation');
    expect(message).toMatchObject({ recipientName: 'G. Gedeeld', recipientPhone: null, channel: 'email', language: 'nl' });

    const otherId = other.accountId;
    for (const id of [accountId, otherId]) {
      const renamed = await b.sessions.admin.request({ method: 'PATCH', url: `/api/accounts/${id}`, payload: { version: 1, displayName: 'Griet G.' } });
      expect(renamed.json()).toMatchObject({ displayName: 'Griet G.', version: 2 });
      const disabled = await b.sessions.admin.request({ method: 'PATCH', url: `/api/accounts/${id}`, payload: { version: 2, isDisabled: true } });
      expect(disabled.json()).toMatchObject({ error: { code: 'INVALID_STATE' } });
      expect((await b.sessions.admin.request({ method: 'DELETE', url: `/api/accounts/${id}/two-factor` })).json()).toMatchObject({ error: { code: 'INVALID_STATE' } });
    }
    const [login] = await db().select({ displayName: accounts.displayName }).from(accounts).where(eq(accounts.id, accountId));
    expect(login?.displayName).toBe('Griet Gedeeld');
  });

  it('the person accepts with their own password (a wrong one leaves the link usable); then the organiser sees the login', async () => {
    const { a, b, email, accountId } = await setUp();
    await invite(b.sessions.admin, email);
    const { token } = await outboxLink(db(), email, 'account-invitation');
    const preview = invitationPreviewSchema.parse((await t.app.inject({ method: 'POST', url: '/api/invitations/check', payload: { token } })).json());
    expect(preview).toMatchObject({ hasPassword: true, role: 'coordinator', organiserName: b.organiser.name });

    const wrong = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password: 'een gok van iemand anders' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
    const accepted = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password: ownPassword } });
    expect(accepted.json()).toEqual({ email, organiserSlug: b.organiser.slug });

    const atB = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email, password: ownPassword, organiserSlug: b.organiser.slug } });
    expect(atB.json()).toMatchObject({ role: 'coordinator', stage: 'second_factor' });
    const atA = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email, password: ownPassword } });
    expect(atA.json()).toMatchObject({ role: 'counsellor', organiser: { id: a.organiser.id } });
    const seen = accountSchema.parse((await b.sessions.admin.request({ method: 'GET', url: `/api/accounts/${accountId}` })).json());
    expect(seen).toMatchObject({ displayName: 'Griet Gedeeld', twoFactorEnabled: true, status: 'active' });
  });
});
