import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { agreementSigningPreviewSchema, clientDetailSchema, clientPortalSchema, type CreateClientRequest } from '../../../contracts/clients';
import { auditEvents } from '../../platform/audit/schema';
import type { Actor } from '../../platform/auth/actor';
import { clientRequest } from '../../testing/client-fixtures';
import { outboxLink } from '../../testing/invitation-fixtures';
import { buildMunicipality } from '../../testing/participant-fixtures';
import { logIn, setUpOrganiser, useTestApp, type Session } from '../../testing/test-app';
import { visibleClientIdsOfContact } from './client-contact-access';
import { clientAgreements } from './schema';

const password = 'een wachtwoord voor de gebruiker';
const address = (who: string) => `${who}-${crypto.randomUUID().slice(0, 8)}@example.test`;

const organisation = (name: string, email: string): CreateClientRequest =>
  clientRequest({ category: 'non_profit', name, contacts: [{ name: `Contact van ${name}`, email, phone: null, role: null }] });

describe('client contacts: their own login, their own client only, and the agreement signed by link', () => {
  const t = useTestApp();
  const db = () => t.app.database.db;

  const setUp = async () => {
    const own = await setUpOrganiser(t.app, ['coordinator', 'coach']);
    const other = await setUpOrganiser(t.app, ['coordinator']);
    await buildMunicipality(db(), own.organiser.id, 'Veurne', ['8630']);
    await buildMunicipality(db(), other.organiser.id, 'Veurne', ['8630']);
    const coordinator = own.sessions.coordinator;
    const create = async (session: Session, name: string) => {
      const email = address('contact');
      const response = await session.request({ method: 'POST', url: '/api/clients', payload: organisation(name, email) });
      return { client: clientDetailSchema.parse(response.json()), email };
    };
    const a = await create(coordinator, 'Vzw De Brug');
    const b = await create(coordinator, 'Vzw Het Anker');
    const elsewhere = await create(other.sessions.coordinator, 'Vzw Elders');
    const contactOf = (detail: typeof a) => detail.client.contacts[0]?.id ?? '';
    return { own, other, coordinator, a, b, elsewhere, contactOf };
  };

  const acceptInvitation = async (email: string): Promise<Session> => {
    const { token } = await outboxLink(db(), email, 'account-invitation');
    expect((await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password } })).statusCode).toBe(200);
    return logIn(t.app, email, password);
  };

  it('"Uitnodigen": a contact of client A sees A in the portal, 404 for B and for another organiser’s client', async () => {
    const { own, other, coordinator, a, b, elsewhere, contactOf } = await setUp();
    const invited = await coordinator.request({ method: 'POST', url: '/api/invitations', payload: { role: 'client', clientContactId: contactOf(a), email: a.email } });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({ role: 'client', clientContactId: contactOf(a), status: 'invited' });
    // Another organiser's contact and a staff role that may not invite clients.
    expect(
      (
        await coordinator.request({
          method: 'POST',
          url: '/api/invitations',
          payload: { role: 'client', clientContactId: contactOf(elsewhere), email: 'x@example.test' },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await own.sessions.coach.request({ method: 'POST', url: '/api/invitations', payload: { role: 'client', clientContactId: contactOf(a), email: 'x@example.test' } }))
        .statusCode,
    ).toBe(403);

    const contact = await acceptInvitation(a.email);
    const portal = clientPortalSchema.parse((await contact.request({ method: 'GET', url: '/api/client-portal' })).json());
    expect(portal.clients.map((client) => client.name)).toEqual(['Vzw De Brug']);
    expect(portal.clients[0]?.contacts[0]).toMatchObject({ portalStatus: 'active' });

    const drafted = clientDetailSchema.parse((await coordinator.request({ method: 'POST', url: `/api/clients/${a.client.id}/agreements` })).json());
    const agreementId = drafted.agreements[0]?.id;
    const pdf = await contact.request({ method: 'GET', url: `/api/client-portal/clients/${a.client.id}/agreements/${agreementId}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await contact.request({ method: 'GET', url: `/api/client-portal/clients/${b.client.id}/agreements/${agreementId}/pdf` })).statusCode).toBe(404);
    expect((await contact.request({ method: 'GET', url: `/api/client-portal/clients/${elsewhere.client.id}/agreements/${agreementId}/pdf` })).statusCode).toBe(404);
    expect((await contact.request({ method: 'GET', url: `/api/clients/${a.client.id}` })).statusCode).toBe(403);
    expect((await coordinator.request({ method: 'GET', url: '/api/client-portal' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/client-portal' })).statusCode).toBe(401);

    // The face the job-request and assignment modules ask: the contact's client only, nothing for staff.
    const actor = (session: Session, role: Actor['role'], organiserId: string): Actor => ({
      accountId: session.accountId,
      organiserId,
      role,
      agency: null,
      sessionTokenHash: '',
      sessionStage: 'complete',
      csrfToken: '',
    });
    expect(await visibleClientIdsOfContact(db(), actor(contact, 'client', own.organiser.id))).toEqual([a.client.id]);
    expect(await visibleClientIdsOfContact(db(), actor(contact, 'client', other.organiser.id))).toEqual([]);
    expect(await visibleClientIdsOfContact(db(), actor(coordinator, 'coordinator', own.organiser.id))).toEqual([]);
  });

  it('"Verstuur ter ondertekening": the link shows the frozen text, signs once with the typed name, date and IP; R17 then needs the fee only', async () => {
    const { own, other, coordinator, a, b, contactOf } = await setUp();
    const drafted = clientDetailSchema.parse((await coordinator.request({ method: 'POST', url: `/api/clients/${a.client.id}/agreements` })).json());
    const agreementId = drafted.agreements[0]?.id ?? '';
    const send = (session: Session, clientId: string, contactId: string) =>
      session.request({ method: 'POST', url: `/api/clients/${clientId}/agreements/${agreementId}/signing-link`, payload: { contactId } });
    expect((await send(coordinator, a.client.id, contactOf(b))).statusCode).toBe(404);
    expect((await send(other.sessions.coordinator, a.client.id, contactOf(a))).statusCode).toBe(404);
    expect((await send(own.sessions.coach, a.client.id, contactOf(a))).statusCode).toBe(403);
    expect((await coordinator.request({ method: 'POST', url: `/api/clients/${a.client.id}/agreements/${agreementId}/signing-link`, payload: {} })).statusCode).toBe(400);
    const sent = await send(coordinator, a.client.id, contactOf(a));
    expect(sent.statusCode).toBe(200);
    expect(clientDetailSchema.parse(sent.json()).agreements[0]).toMatchObject({ signedOn: null, signingLinkSentAt: expect.any(String) });

    const { token } = await outboxLink(db(), a.email, 'client-agreement-signing');
    const check = await t.app.inject({ method: 'POST', url: '/api/public/agreement-signing/check', payload: { token } });
    expect(check.statusCode).toBe(200);
    const preview = agreementSigningPreviewSchema.parse(check.json());
    expect(preview).toMatchObject({ clientName: 'Vzw De Brug', templateVersion: drafted.agreements[0]?.templateVersion });
    expect(preview.clauses.join(' ')).toContain('Vzw De Brug');

    const sign = (body: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/api/public/agreement-signing/sign', payload: body, remoteAddress: '203.0.113.77' });
    expect((await sign({ token, typedName: 'Jan Brug', agree: false })).statusCode).toBe(400);
    const signed = await sign({ token, typedName: 'Jan Brug', agree: true });
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toEqual({ signedOn: '2026-11-24', clientName: 'Vzw De Brug' });
    const again = await sign({ token, typedName: 'Jan Brug', agree: true });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'LINK_USED' } });

    const [stored] = await db().select().from(clientAgreements).where(eq(clientAgreements.id, agreementId));
    expect(stored).toMatchObject({ signedOn: '2026-11-24', signedHow: 'link', signedName: 'Jan Brug', signedIp: '203.0.113.77' });
    const detail = clientDetailSchema.parse((await coordinator.request({ method: 'GET', url: `/api/clients/${a.client.id}` })).json());
    expect(detail.agreements[0]).toMatchObject({ signedHow: 'link', signedName: 'Jan Brug', signingLinkSentAt: null });
    expect(detail.planning.reasons.map((reason) => reason.code)).toEqual(['CLIENT_REGISTRATION_FEE_UNPAID']);
    expect((await send(coordinator, a.client.id, contactOf(a))).statusCode).toBe(409);
    const audit = await db()
      .select({ action: auditEvents.action, role: auditEvents.actorRole, ip: auditEvents.ip })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'client.agreement.sign_by_link'));
    expect(audit).toEqual([{ action: 'client.agreement.sign_by_link', role: 'public', ip: '203.0.113.77' }]);
    expect((await t.app.inject({ method: 'POST', url: '/api/public/agreement-signing/check', payload: { token: 'x'.repeat(43) } })).statusCode).toBe(404);
  });
});
