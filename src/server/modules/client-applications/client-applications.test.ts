import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { clientApplicationDetailSchema, clientApplicationListSchema, type ClientApplicationRequest } from '../../../contracts/client-applications';
import { clientDetailSchema, clientPortalSchema } from '../../../contracts/clients';
import { auditEvents } from '../../platform/audit/schema';
import { buildOffice } from '../../testing/factories';
import { outboxLink, outboxMessage } from '../../testing/invitation-fixtures';
import { buildMunicipality } from '../../testing/participant-fixtures';
import { logIn, setUpOrganiser, useTestApp } from '../../testing/test-app';
import { clientApplications } from './schema';

const password = 'een wachtwoord voor de gebruiker';
let ipCounter = 0;
const nextIp = () => `198.51.100.${(ipCounter += 1)}`;
const address = (who: string) => `${who}-${crypto.randomUUID().slice(0, 8)}@example.test`;

const form = (organiserSlug: string, overrides: Partial<ClientApplicationRequest> = {}): ClientApplicationRequest => ({
  organiserSlug,
  category: 'private_person',
  localAuthorityKind: null,
  name: 'Marleen Vandamme',
  enterpriseNumber: null,
  address: { street: 'Noordstraat 4', postcode: '8630', city: 'Veurne' },
  contact: { name: 'Marleen Vandamme', email: address('marleen'), phone: '058 31 22 33' },
  preferredChannel: 'email',
  preferredLanguage: 'nl',
  jobWish: { text: 'De haag snoeien, twee keer per jaar.', activityCode: 'small_garden_maintenance.hedge_trimming' },
  ...overrides,
});

describe('client applications: the public "Word gebruiker" form, decided by a coordinator', () => {
  const t = useTestApp();
  const db = () => t.app.database.db;

  const setUp = async () => {
    const own = await setUpOrganiser(t.app, ['coordinator', 'admin', 'auditor', 'coach', 'participant']);
    const other = await setUpOrganiser(t.app, ['coordinator']);
    await buildMunicipality(db(), own.organiser.id, 'Veurne', ['8630']);
    await buildOffice(db(), own.organiser.id);
    return { own, other, coordinator: own.sessions.coordinator };
  };

  const submit = (payload: ClientApplicationRequest, remoteAddress = nextIp()) =>
    t.app.inject({ method: 'POST', url: '/api/public/client-applications', payload, remoteAddress });

  const onlyApplication = async (organiserId: string) => {
    const rows = await db().select({ id: clientApplications.id }).from(clientApplications).where(eq(clientApplications.organiserId, organiserId));
    return rows.map((row) => row.id);
  };

  it('journey: apply, the applicant is told; the coordinator approves; the contact sets a password and sees their client in the portal', async () => {
    const { own, coordinator } = await setUp();
    const payload = form(own.organiser.slug);
    const received = await submit(payload);
    expect(received.statusCode).toBe(202);
    expect(received.json()).toEqual({ received: true, organiserName: own.organiser.name });
    expect(await outboxMessage(db(), payload.contact.email, 'client-application-received')).toMatchObject({ recipientName: 'Marleen Vandamme' });

    const list = clientApplicationListSchema.parse((await coordinator.request({ method: 'GET', url: '/api/client-applications' })).json());
    expect(list.items).toEqual([expect.objectContaining({ status: 'new', name: 'Marleen Vandamme', city: 'Veurne' })]);
    const [first] = list.items;
    const opened = clientApplicationDetailSchema.strict().parse((await coordinator.request({ method: 'GET', url: `/api/client-applications/${first?.id}` })).json());
    expect(opened).toMatchObject({ municipality: { name: 'Veurne' }, possibleDuplicate: null, jobWish: { activityCode: 'small_garden_maintenance.hedge_trimming' } });

    const approved = await coordinator.request({ method: 'POST', url: `/api/client-applications/${opened.id}/approve`, payload: { version: opened.version } });
    expect(approved.statusCode).toBe(200);
    const decided = clientApplicationDetailSchema.parse(approved.json());
    expect(decided).toMatchObject({ status: 'approved', clientId: expect.any(String) });
    const client = clientDetailSchema.parse((await coordinator.request({ method: 'GET', url: `/api/clients/${decided.clientId}` })).json());
    expect(client).toMatchObject({
      name: 'Marleen Vandamme',
      contacts: [{ name: 'Marleen Vandamme', email: payload.contact.email, portalStatus: 'invited' }],
      jobWish: { text: 'De haag snoeien, twee keer per jaar.', activityCode: 'small_garden_maintenance.hedge_trimming' },
    });
    expect(await outboxMessage(db(), payload.contact.email, 'client-application-decided')).toMatchObject({
      data: { decision: 'approved', clientNumber: client.clientNumber },
    });
    expect((await coordinator.request({ method: 'POST', url: `/api/client-applications/${opened.id}/approve`, payload: { version: decided.version } })).statusCode).toBe(
      409,
    );

    const { token } = await outboxLink(db(), payload.contact.email, 'account-invitation');
    expect((await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password } })).statusCode).toBe(200);
    const contact = await logIn(t.app, payload.contact.email, password);
    const portal = clientPortalSchema.parse((await contact.request({ method: 'GET', url: '/api/client-portal' })).json());
    expect(portal.clients.map((each) => each.id)).toEqual([client.id]);
    expect(portal.clients[0]?.registrationFee.structuredReference).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
    expect(portal.office).toMatchObject({ name: expect.any(String) });
    // The portal login is not staff: the client list and another client's page are closed to it.
    expect((await contact.request({ method: 'GET', url: '/api/clients' })).statusCode).toBe(403);

    const actions = await db().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.organiserId, own.organiser.id));
    expect(actions.map((row) => row.action)).toEqual(
      expect.arrayContaining(['client_application.submit', 'client.create', 'client.contact.add', 'account.invite', 'client_application.approve']),
    );
  });

  it('a known client: the detail shows it, approving as new is 409, linking the application to it adds the contact', async () => {
    const { own, coordinator } = await setUp();
    const kbo = { category: 'local_authority', localAuthorityKind: 'ocmw', name: 'OCMW Veurne', enterpriseNumber: 'BE 0212.180.372' } as const;
    const first = form(own.organiser.slug, { ...kbo, contact: { name: 'Els Dewulf', email: address('els'), phone: null }, jobWish: null });
    expect((await submit(first)).statusCode).toBe(202);
    const [firstId] = await onlyApplication(own.organiser.id);
    const firstDetail = clientApplicationDetailSchema.parse((await coordinator.request({ method: 'GET', url: `/api/client-applications/${firstId}` })).json());
    const approved = clientApplicationDetailSchema.parse(
      (await coordinator.request({ method: 'POST', url: `/api/client-applications/${firstId}/approve`, payload: { version: firstDetail.version } })).json(),
    );

    const second = form(own.organiser.slug, {
      ...kbo,
      enterpriseNumber: '0212180372',
      contact: { name: 'Piet Lams', email: address('piet'), phone: null },
      jobWish: null,
    });
    expect((await submit(second)).statusCode).toBe(202);
    const secondId = (await onlyApplication(own.organiser.id)).find((id) => id !== firstId);
    const detail = clientApplicationDetailSchema.parse((await coordinator.request({ method: 'GET', url: `/api/client-applications/${secondId}` })).json());
    expect(detail.possibleDuplicate).toMatchObject({ clientId: approved.clientId, name: 'OCMW Veurne', match: 'enterprise_number' });
    const asNew = await coordinator.request({ method: 'POST', url: `/api/client-applications/${secondId}/approve`, payload: { version: detail.version } });
    expect(asNew.statusCode).toBe(409);
    expect(asNew.json()).toMatchObject({ error: { code: 'DUPLICATE_CLIENT', details: { clientId: approved.clientId } } });
    const linked = await coordinator.request({
      method: 'POST',
      url: `/api/client-applications/${secondId}/approve`,
      payload: { version: detail.version, linkToClientId: approved.clientId },
    });
    expect(linked.statusCode).toBe(200);
    expect(linked.json()).toMatchObject({ status: 'approved', clientId: approved.clientId });
    const client = clientDetailSchema.parse((await coordinator.request({ method: 'GET', url: `/api/clients/${approved.clientId}` })).json());
    expect(client.contacts.map((contact) => contact.name)).toEqual(['Els Dewulf', 'Piet Lams']);
  });

  it('decline with a reason: the applicant reads it; nothing else is made', async () => {
    const { own, coordinator } = await setUp();
    const payload = form(own.organiser.slug);
    await submit(payload);
    const [id] = await onlyApplication(own.organiser.id);
    const detail = clientApplicationDetailSchema.parse((await coordinator.request({ method: 'GET', url: `/api/client-applications/${id}` })).json());
    expect(
      (await coordinator.request({ method: 'POST', url: `/api/client-applications/${id}/decline`, payload: { version: detail.version, reason: '' } })).statusCode,
    ).toBe(400);
    const declined = await coordinator.request({
      method: 'POST',
      url: `/api/client-applications/${id}/decline`,
      payload: { version: detail.version, reason: 'Geen klusjes in uw straat.' },
    });
    expect(declined.statusCode).toBe(200);
    expect(declined.json()).toMatchObject({ status: 'declined', declineReason: 'Geen klusjes in uw straat.', clientId: null });
    expect(await outboxMessage(db(), payload.contact.email, 'client-application-decided')).toMatchObject({
      data: { decision: 'declined', reason: 'Geen klusjes in uw straat.' },
    });
    const declinedList = clientApplicationListSchema.parse((await coordinator.request({ method: 'GET', url: '/api/client-applications?status=declined' })).json());
    expect(declinedList.items.map((item) => item.id)).toEqual([id]);
  });

  it('bad input saves nothing: unknown organiser 404, wrong KBO check digits or activity 400, outside Flanders or unknown postcodes 422 with R1', async () => {
    const { own } = await setUp();
    expect((await submit(form('bestaat-niet'))).statusCode).toBe(404);
    const badKbo = await submit(form(own.organiser.slug, { category: 'school', name: 'School', enterpriseNumber: '0212.180.373' }));
    expect(badKbo.statusCode).toBe(400);
    const outside = await submit(form(own.organiser.slug, { address: { street: 'Grote Markt 1', postcode: '1000', city: 'Brussel' } }));
    expect(outside.statusCode).toBe(422);
    expect(outside.json()).toMatchObject({ error: { code: 'DOMICILE_OUTSIDE_FLANDERS', details: { rule: 'R1' } } });
    const unknown = await submit(form(own.organiser.slug, { address: { street: 'Nergensstraat 1', postcode: '9999', city: 'Nergens' } }));
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ error: { code: 'CLIENT_POSTCODE_UNKNOWN', details: { rule: 'R1' } } });
    const badActivity = await submit(form(own.organiser.slug, { jobWish: { text: 'Iets', activityCode: 'unknown.activity' } }));
    expect(badActivity.statusCode).toBe(400);
    expect(await onlyApplication(own.organiser.id)).toEqual([]);
  });

  it('is rate-limited per contact address (3 an hour) and per IP (10 a minute) with 429', async () => {
    const { own } = await setUp();
    const email = address('veel');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await submit(form(own.organiser.slug, { contact: { name: 'An', email, phone: null } }))).statusCode).toBe(202);
    }
    expect((await submit(form(own.organiser.slug, { contact: { name: 'An', email, phone: null } }))).json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    const ip = nextIp();
    for (let attempt = 0; attempt < 10; attempt += 1) expect((await submit(form(own.organiser.slug), ip)).statusCode).toBe(202);
    expect((await submit(form(own.organiser.slug), ip)).statusCode).toBe(429);
    t.clock.advance(3_601_000);
  });

  it('access: 401 without a session, 403 for roles outside the policy, 404 for another organiser’s application, 400 for bad ids', async () => {
    const { own, other, coordinator } = await setUp();
    await submit(form(own.organiser.slug));
    const [id] = await onlyApplication(own.organiser.id);
    expect((await t.app.inject({ method: 'GET', url: '/api/client-applications' })).statusCode).toBe(401);
    expect((await own.sessions.coach.request({ method: 'GET', url: '/api/client-applications' })).statusCode).toBe(403);
    expect((await own.sessions.participant.request({ method: 'GET', url: `/api/client-applications/${id}` })).statusCode).toBe(403);
    expect((await own.sessions.auditor.request({ method: 'GET', url: `/api/client-applications/${id}` })).statusCode).toBe(200);
    expect((await own.sessions.admin.request({ method: 'POST', url: `/api/client-applications/${id}/approve`, payload: { version: 1 } })).statusCode).toBe(403);
    const elsewhere = other.sessions.coordinator;
    expect((await elsewhere.request({ method: 'GET', url: `/api/client-applications/${id}` })).statusCode).toBe(404);
    expect((await elsewhere.request({ method: 'POST', url: `/api/client-applications/${id}/approve`, payload: { version: 1 } })).statusCode).toBe(404);
    expect((await elsewhere.request({ method: 'POST', url: `/api/client-applications/${id}/decline`, payload: { version: 1, reason: 'Niet van ons' } })).statusCode).toBe(
      404,
    );
    expect((await coordinator.request({ method: 'GET', url: '/api/client-applications/not-an-id' })).statusCode).toBe(400);
    expect((await coordinator.request({ method: 'POST', url: `/api/client-applications/${id}/approve`, payload: { version: 7 } })).statusCode).toBe(409);
    const rows = await db()
      .select({ status: clientApplications.status })
      .from(clientApplications)
      .where(and(eq(clientApplications.id, id ?? '')));
    expect(rows).toEqual([{ status: 'new' }]);
  });
});
