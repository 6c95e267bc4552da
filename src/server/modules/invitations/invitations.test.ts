import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accountPageSchema } from '../../../contracts/accounts';
import { invitationPreviewSchema, invitationSchema } from '../../../contracts/invitations';
import { auditEvents } from '../../platform/audit/schema';
import { accounts, memberships } from '../../platform/auth/schema';
import { buildOrganiser } from '../../testing/factories';
import { outboxLink, outboxMessage } from '../../testing/invitation-fixtures';
import { buildParticipantRecord } from '../../testing/message-fixtures';
import { logIn, setUpOrganiser, useTestApp } from '../../testing/test-app';
import { organisers } from '../../platform/tenancy/schema';

const newPassword = 'een zelfgekozen lang wachtwoord';
const address = (who: string) => `${who}-${crypto.randomUUID().slice(0, 8)}@example.test`;

describe('invitations', () => {
  const t = useTestApp();
  const db = () => t.app.database.db;

  const accept = (token: string, password = newPassword) => t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password } });
  const check = (token: string) => t.app.inject({ method: 'POST', url: '/api/invitations/check', payload: { token } });
  const logInAt = (email: string, password: string, organiserSlug?: string) =>
    t.app.inject({ method: 'POST', url: '/api/session', payload: { email, password, ...(organiserSlug ? { organiserSlug } : {}) } });
  const membershipOf = async (accountId: string, organiserId: string) =>
    (
      await db()
        .select()
        .from(memberships)
        .where(and(eq(memberships.accountId, accountId), eq(memberships.organiserId, organiserId)))
    )[0];

  it('without a session the staff routes are 401; the public ones refuse a malformed token with 400', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect((await t.app.inject({ method: 'POST', url: '/api/invitations', payload: {} })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/participants/${id}/portal-account` })).statusCode).toBe(401);
    for (const token of ['kort', `${'a'.repeat(42)}!`, 'a'.repeat(44)]) {
      expect((await check(token)).json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
      expect((await accept(token)).statusCode).toBe(400);
    }
    expect((await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token: 'a'.repeat(43), password: newPassword, extra: 1 } })).statusCode).toBe(
      400,
    );
  });

  it('an admin invites a colleague: the e-mail carries the link, the colleague chooses a password once and logs in', async () => {
    const { organiser, sessions } = await setUpOrganiser(t.app, ['admin']);
    const email = address('collega');
    const invited = await sessions.admin.request({
      method: 'POST',
      url: '/api/invitations',
      payload: { role: 'finance', email: email.toUpperCase(), displayName: 'Fien Financiën' },
    });
    expect(invited.statusCode).toBe(201);
    const invitation = invitationSchema.strict().parse(invited.json());
    expect(invitation).toMatchObject({ email, displayName: 'Fien Financiën', role: 'finance', status: 'invited', participantId: null });
    expect(invitation.linkExpiresAt).toBe(new Date(t.clock.now().getTime() + 7 * 86_400_000).toISOString());

    const message = await outboxMessage(db(), email, 'account-invitation');
    expect(message).toMatchObject({ recipientName: 'Fien Financiën', channel: 'email', organiserId: organiser.id });
    const { link, token } = await outboxLink(db(), email, 'account-invitation');
    expect(link).toMatch(/^http:\/\/localhost:3000\/uitnodiging#[A-Za-z0-9_-]{43}$/);
    const list = accountPageSchema.parse((await sessions.admin.request({ method: 'GET', url: '/api/accounts' })).json());
    expect(list.items.find((item) => item.email === email)).toMatchObject({ status: 'invited', displayName: 'Fien Financiën' });
    expect((await logInAt(email, newPassword)).statusCode).toBe(401);

    const preview = invitationPreviewSchema.parse((await check(token)).json());
    expect(preview).toEqual({ organiserName: organiser.name, role: 'finance', email, hasPassword: false, expiresAt: invitation.linkExpiresAt });
    const weak = await accept(token, 'password123');
    expect(weak.json()).toMatchObject({ error: { code: 'PASSWORD_TOO_WEAK' } });
    const accepted = await accept(token);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toEqual({ email, organiserSlug: organiser.slug });
    expect((await logInAt(email, newPassword, organiser.slug)).json()).toMatchObject({ role: 'finance', stage: 'complete' });

    const again = await accept(token, 'nog een ander lang wachtwoord');
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'LINK_USED' } });
    expect((await check(token)).json()).toMatchObject({ error: { code: 'LINK_USED' } });
    expect((await logInAt(email, 'nog een ander lang wachtwoord')).statusCode).toBe(401);
    const trail = await db().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, invitation.accountId));
    expect(trail.map((event) => event.action)).toEqual(['account.invite', 'account.invitation.accept', 'session.create']);
  });

  it('who may invite whom: the admin staff and partners, the coordinator wijk-werkers; everyone else 403', async () => {
    const { organiser, sessions } = await setUpOrganiser(t.app, ['admin', 'coordinator', 'finance', 'counsellor']);
    const participantId = await buildParticipantRecord(db(), organiser.id);
    const colleague = { role: 'coordinator', email: address('x'), displayName: 'X' };
    const wijkWerker = { role: 'participant', participantId, email: address('y') };
    expect((await sessions.coordinator.request({ method: 'POST', url: '/api/invitations', payload: colleague })).statusCode).toBe(403);
    expect((await sessions.admin.request({ method: 'POST', url: '/api/invitations', payload: wijkWerker })).statusCode).toBe(403);
    for (const other of [sessions.finance, sessions.counsellor]) {
      expect((await other.request({ method: 'POST', url: '/api/invitations', payload: colleague })).statusCode).toBe(403);
      expect((await other.request({ method: 'GET', url: `/api/participants/${participantId}/portal-account` })).statusCode).toBe(403);
    }
    expect((await sessions.admin.request({ method: 'POST', url: '/api/invitations', payload: colleague })).statusCode).toBe(201);
    expect((await sessions.coordinator.request({ method: 'POST', url: '/api/invitations', payload: wijkWerker })).statusCode).toBe(201);
  });

  it.each([
    ['a counsellor without agency', { role: 'counsellor', email: 'c@example.test', displayName: 'C' }],
    ['a client without the contact it is for', { role: 'client', email: 'c@example.test', displayName: 'C' }],
    ['a wijk-werker without record', { role: 'participant', email: 'c@example.test' }],
    ['no e-mail address', { role: 'coach', email: 'geen-adres', displayName: 'C' }],
    ['an extra field', { role: 'coach', email: 'c@example.test', displayName: 'C', password: newPassword }],
  ])('refuses %s with 400', async (_case, payload) => {
    const { sessions } = await setUpOrganiser(t.app, ['admin']);
    const response = await sessions.admin.request({ method: 'POST', url: '/api/invitations', payload });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });

  it("another organiser's wijk-werker is 404, for the invitation and the portal account", async () => {
    const own = await setUpOrganiser(t.app, ['coordinator']);
    const other = await buildOrganiser(db());
    const participantId = await buildParticipantRecord(db(), other.id);
    const response = await own.sessions.coordinator.request({
      method: 'POST',
      url: '/api/invitations',
      payload: { role: 'participant', participantId, email: address('z') },
    });
    expect(response.statusCode).toBe(404);
    expect((await own.sessions.coordinator.request({ method: 'GET', url: `/api/participants/${participantId}/portal-account` })).statusCode).toBe(404);
  });

  it('a second invitation replaces the first link and its role; an active member is a conflict', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['admin']);
    const email = address('twee');
    await sessions.admin.request({ method: 'POST', url: '/api/invitations', payload: { role: 'coach', email, displayName: 'Wout' } });
    const first = await outboxLink(db(), email, 'account-invitation');
    t.clock.advance(60_000);
    const second = await sessions.admin.request({
      method: 'POST',
      url: '/api/invitations',
      payload: { role: 'counsellor', agency: 'ocmw', email, displayName: 'Wout Lefevere' },
    });
    expect(second.json()).toMatchObject({ role: 'counsellor', displayName: 'Wout Lefevere', status: 'invited' });
    const latest = await outboxLink(db(), email, 'account-invitation');
    expect(latest.token).not.toBe(first.token);
    expect((await accept(first.token)).json()).toMatchObject({ error: { code: 'LINK_INVALID' } });
    expect((await accept(latest.token)).statusCode).toBe(200);
    const session = await logIn(t.app, email, newPassword);
    expect((await session.request({ method: 'GET', url: '/api/session' })).json()).toMatchObject({ role: 'counsellor', account: { displayName: 'Wout Lefevere' } });
    const third = await sessions.admin.request({ method: 'POST', url: '/api/invitations', payload: { role: 'coach', email, displayName: 'Wout' } });
    expect(third.statusCode).toBe(409);
    expect(third.json()).toMatchObject({ error: { code: 'ALREADY_EXISTS' } });
  });

  it('an expired or tampered link gets its own error and changes nothing', async () => {
    const { organiser, sessions } = await setUpOrganiser(t.app, ['admin']);
    const email = address('laat');
    const invitation = invitationSchema.parse(
      (await sessions.admin.request({ method: 'POST', url: '/api/invitations', payload: { role: 'auditor', email, displayName: 'Sofie' } })).json(),
    );
    const { token } = await outboxLink(db(), email, 'account-invitation');
    const tampered = `${token.slice(0, 20)}${token[20] === 'x' ? 'y' : 'x'}${token.slice(21)}`;
    expect((await accept(tampered)).json()).toMatchObject({ error: { code: 'LINK_INVALID' } });
    expect((await accept(tampered)).statusCode).toBe(404);
    t.clock.advance(7 * 86_400_000);
    const late = await accept(token);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: { code: 'LINK_EXPIRED' } });
    expect((await check(token)).json()).toMatchObject({ error: { code: 'LINK_EXPIRED' } });
    expect(await membershipOf(invitation.accountId, organiser.id)).toMatchObject({ status: 'invited' });
    const [login] = await db().select({ passwordHash: accounts.passwordHash }).from(accounts).where(eq(accounts.id, invitation.accountId));
    expect(login?.passwordHash).toBeNull();
  });

  it('two uses of one link at the same time: exactly one is accepted', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['admin']);
    const email = address('tegelijk');
    await sessions.admin.request({ method: 'POST', url: '/api/invitations', payload: { role: 'coordinator', email, displayName: 'Tegelijk' } });
    const { token } = await outboxLink(db(), email, 'account-invitation');
    const answers = await Promise.all([accept(token, 'het eerste lange wachtwoord'), accept(token, 'het tweede lange wachtwoord')]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    const winner = answers[0]?.statusCode === 200 ? 'het eerste lange wachtwoord' : 'het tweede lange wachtwoord';
    await expect(logIn(t.app, email, winner)).resolves.toBeDefined();
  });

  it('staff of an organiser that requires a second factor set up their authenticator at the first login', async () => {
    const { organiser, sessions } = await setUpOrganiser(t.app, ['admin']);
    const email = address('strikt');
    await sessions.admin.request({ method: 'POST', url: '/api/invitations', payload: { role: 'coordinator', email, displayName: 'Strikt' } });
    await db().update(organisers).set({ requireStaffTwoFactor: true }).where(eq(organisers.id, organiser.id));
    const { token } = await outboxLink(db(), email, 'account-invitation');
    expect((await accept(token)).statusCode).toBe(200);
    expect((await logInAt(email, newPassword)).json()).toMatchObject({ stage: 'enrollment', role: 'coordinator' });
  });
});
