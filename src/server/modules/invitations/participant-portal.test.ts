import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { participantPortalAccountSchema } from '../../../contracts/invitations';
import { participantPageSchema } from '../../../contracts/participants';
import { memberships } from '../../platform/auth/schema';
import { buildAccount, testPassword } from '../../testing/factories';
import { outboxLink, outboxMessage } from '../../testing/invitation-fixtures';
import { buildParticipantRecord } from '../../testing/message-fixtures';
import { logIn, setUpOrganiser, useTestApp } from '../../testing/test-app';
import { messages } from '../messages/schema';

const password = 'mijn eigen wachtwoord voor het portaal';
const address = (who: string) => `${who}-${crypto.randomUUID().slice(0, 8)}@example.test`;

describe('wijk-werkers in the portal: invited from their record, they see that record only', () => {
  const t = useTestApp();
  const db = () => t.app.database.db;

  const setUp = async () => {
    const { organiser, sessions } = await setUpOrganiser(t.app, ['coordinator']);
    const own = await buildParticipantRecord(db(), organiser.id, { firstName: 'Jan', preferredLanguage: 'fr' });
    const other = await buildParticipantRecord(db(), organiser.id, { firstName: 'Ilse' });
    const portalOf = async (participantId: string) =>
      participantPortalAccountSchema.parse((await sessions.coordinator.request({ method: 'GET', url: `/api/participants/${participantId}/portal-account` })).json())
        .portalAccount;
    const invite = (participantId: string, email: string) =>
      sessions.coordinator.request({ method: 'POST', url: '/api/invitations', payload: { role: 'participant', participantId, email } });
    return { organiser, coordinator: sessions.coordinator, own, other, portalOf, invite };
  };

  it('the coordinator invites from the record; the wijk-werker sees their own record, 404 on any other', async () => {
    const { coordinator, own, other, portalOf, invite } = await setUp();
    expect(await portalOf(own)).toBeNull();
    const email = address('jan');
    const invited = await invite(own, email);
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({ displayName: 'Jan Peeters', role: 'participant', participantId: own, status: 'invited' });
    expect(await portalOf(own)).toMatchObject({ email, status: 'invited', linkExpiresAt: expect.any(String) });
    expect(await outboxMessage(db(), email, 'account-invitation')).toMatchObject({ recipientName: 'Jan Peeters', language: 'fr' });

    const { token } = await outboxLink(db(), email, 'account-invitation');
    expect((await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password } })).statusCode).toBe(200);
    expect(await portalOf(own)).toMatchObject({ email, status: 'active', linkExpiresAt: null });

    const portal = await logIn(t.app, email, password);
    const list = participantPageSchema.parse((await portal.request({ method: 'GET', url: '/api/participants' })).json());
    expect(list.items.map((item) => item.id)).toEqual([own]);
    const record = await portal.request({ method: 'GET', url: `/api/participants/${own}` });
    expect(record.statusCode).toBe(200);
    expect(record.json()).not.toHaveProperty('insz');
    expect((await portal.request({ method: 'GET', url: `/api/participants/${other}` })).statusCode).toBe(404);
    expect((await portal.request({ method: 'GET', url: `/api/participants/${own}/history` })).statusCode).toBe(403);
    expect((await portal.request({ method: 'PATCH', url: `/api/participants/${own}`, payload: { version: 1, firstName: 'Jean' } })).statusCode).toBe(403);

    expect((await invite(own, address('nog-eens'))).json()).toMatchObject({ error: { code: 'ALREADY_EXISTS' } });
    expect((await invite(other, email)).json()).toMatchObject({ error: { code: 'ALREADY_EXISTS' } });
    expect((await coordinator.request({ method: 'GET', url: `/api/participants/${own}` })).json()).toMatchObject({ version: 1 });
  });

  it('invited again at another address before accepting: the first link and the membership it offered are gone', async () => {
    const { organiser, own, portalOf, invite } = await setUp();
    const typo = address('jna');
    const first = (await invite(own, typo)).json<{ accountId: string }>();
    const { token } = await outboxLink(db(), typo, 'account-invitation');
    t.clock.advance(60_000);
    const right = address('jan');
    await invite(own, right);
    expect(await portalOf(own)).toMatchObject({ email: right, status: 'invited' });
    expect((await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password } })).json()).toMatchObject({
      error: { code: 'LINK_INVALID' },
    });
    expect(
      await db()
        .select()
        .from(memberships)
        .where(and(eq(memberships.accountId, first.accountId), eq(memberships.organiserId, organiser.id))),
    ).toEqual([]);
  });

  it("a wijk-werker's portal login from before is linked to the record, without a new e-mail", async () => {
    const { organiser, own, portalOf, invite } = await setUp();
    const existing = await buildAccount(db(), organiser.id, 'participant');
    const before = await db().select().from(messages).where(eq(messages.organiserId, organiser.id));
    const linked = await invite(own, existing.email);
    expect(linked.statusCode).toBe(201);
    expect(linked.json()).toMatchObject({ accountId: existing.id, status: 'active', linkExpiresAt: null });
    expect(await db().select().from(messages).where(eq(messages.organiserId, organiser.id))).toHaveLength(before.length);
    expect(await portalOf(own)).toMatchObject({ email: existing.email, status: 'active' });
    const portal = await logIn(t.app, existing.email, testPassword);
    const list = participantPageSchema.parse((await portal.request({ method: 'GET', url: '/api/participants' })).json());
    expect(list.items.map((item) => item.id)).toEqual([own]);
  });
});
