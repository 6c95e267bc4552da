import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { clientDetailSchema, clientPageSchema, type CreateClientRequest } from '../../../contracts/clients';
import { auditEvents } from '../../platform/audit/schema';
import { buildMunicipality } from '../../testing/participant-fixtures';
import { setUpOrganiser, useTestApp, type Session } from '../../testing/test-app';

/** A household in Veurne; organisations override category, name and KBO number. */
const household = (overrides: Partial<CreateClientRequest> = {}): CreateClientRequest => ({
  category: 'private_person',
  localAuthorityKind: null,
  name: 'Marleen Vandamme',
  enterpriseNumber: null,
  address: { street: 'Noordstraat 4', postcode: '8630', city: 'Veurne' },
  email: 'marleen@example.be',
  phone: '058 31 22 33',
  preferredChannel: 'phone',
  preferredLanguage: 'nl',
  contacts: [],
  ...overrides,
});

const ocmwVeurne = (overrides: Partial<CreateClientRequest> = {}): CreateClientRequest =>
  household({
    category: 'local_authority',
    localAuthorityKind: 'ocmw',
    name: 'OCMW Veurne',
    enterpriseNumber: 'BE 0212.180.372',
    contacts: [{ name: 'Els Dewulf', email: 'els.dewulf@example.be', phone: null, role: 'Diensthoofd' }],
    ...overrides,
  });

describe('clients', () => {
  const t = useTestApp();

  const setUp = async () => {
    const own = await setUpOrganiser(t.app, ['coordinator', 'admin', 'auditor', 'coach', 'participant']);
    const other = await setUpOrganiser(t.app, ['coordinator']);
    // One municipality row is enough for the area: the fixture numbers municipalities per INSZ it hands out.
    const veurne = await buildMunicipality(t.app.database.db, own.organiser.id, 'Veurne', ['8630', '8900']);
    return { own, other, veurne };
  };

  const create = (session: Session, payload: CreateClientRequest) => session.request({ method: 'POST', url: '/api/clients', payload });

  it('journey: register an OCMW with a contact, draw up the agreement, sign it on paper, mark the fee paid: R17 lets it be planned', async () => {
    const { own, veurne } = await setUp();
    const coordinator = own.sessions.coordinator;
    const created = await create(coordinator, ocmwVeurne());
    expect(created.statusCode).toBe(201);
    const client = clientDetailSchema.strict().parse(created.json());
    expect(client).toMatchObject({
      clientNumber: 1,
      enterpriseNumber: '0212180372',
      municipality: { id: veurne.id, name: 'Veurne' },
      contacts: [{ name: 'Els Dewulf', role: 'Diensthoofd' }],
      agreements: [],
      registrationFee: { year: 2026, amountCents: 750, structuredReference: expect.stringMatching(/^\+\+\+202\/6000\/001\d\d\+\+\+$/), paidOn: null, paymentId: null },
      planning: { year: 2026, allowed: false, reasons: [{ code: 'CLIENT_AGREEMENT_NOT_SIGNED' }, { code: 'CLIENT_REGISTRATION_FEE_UNPAID' }] },
    });
    const second = clientDetailSchema.parse((await create(coordinator, household())).json());
    expect(second.clientNumber).toBe(2);

    const drafted = await coordinator.request({ method: 'POST', url: `/api/clients/${client.id}/agreements` });
    expect(drafted.statusCode).toBe(201);
    const agreementId = clientDetailSchema.parse(drafted.json()).agreements[0]?.id;
    const pdf = await coordinator.request({ method: 'GET', url: `/api/clients/${client.id}/agreements/${agreementId}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const sign = () =>
      coordinator.request({ method: 'POST', url: `/api/clients/${client.id}/agreements/${agreementId}/sign`, payload: { signedOn: '2026-11-23', signedHow: 'paper' } });
    const signed = await sign();
    expect(signed.statusCode).toBe(200);
    expect(clientDetailSchema.parse(signed.json()).planning.reasons.map((reason) => reason.code)).toEqual(['CLIENT_REGISTRATION_FEE_UNPAID']);
    expect((await sign()).statusCode).toBe(409);

    const paid = await coordinator.request({ method: 'POST', url: `/api/clients/${client.id}/fee-payments`, payload: { year: 2026, paidOn: '2026-11-24' } });
    expect(paid.statusCode).toBe(201);
    const afterPayment = clientDetailSchema.parse(paid.json());
    expect(afterPayment.registrationFee).toMatchObject({ paidOn: '2026-11-24', paymentId: expect.any(String) });
    expect(afterPayment.planning).toEqual({ year: 2026, allowed: true, reasons: [] });

    const actions = await t.app.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, client.id));
    expect(actions.map((row) => row.action)).toEqual(['client.create', 'client.agreement.create', 'client.agreement.sign', 'client.fee.paid']);
  });

  it('a fee payment is corrected by a new record pointing to the old one; a second first record is refused', async () => {
    const { own } = await setUp();
    const coordinator = own.sessions.coordinator;
    const client = clientDetailSchema.parse((await create(coordinator, household())).json());
    const first = clientDetailSchema.parse(
      (await coordinator.request({ method: 'POST', url: `/api/clients/${client.id}/fee-payments`, payload: { year: 2026, paidOn: '2026-11-20' } })).json(),
    );
    const firstId = first.registrationFee.paymentId;
    const again = await coordinator.request({ method: 'POST', url: `/api/clients/${client.id}/fee-payments`, payload: { year: 2026, paidOn: '2026-11-21' } });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'INVALID_STATE', details: { paymentId: firstId } } });

    const retracted = await coordinator.request({
      method: 'POST',
      url: `/api/clients/${client.id}/fee-payments`,
      payload: { year: 2026, paidOn: null, correctsPaymentId: firstId },
    });
    expect(retracted.statusCode).toBe(201);
    const afterRetraction = clientDetailSchema.parse(retracted.json());
    expect(afterRetraction.registrationFee.paidOn).toBeNull();
    expect(afterRetraction.registrationFee.paymentId).not.toBe(firstId);
    const stale = await coordinator.request({
      method: 'POST',
      url: `/api/clients/${client.id}/fee-payments`,
      payload: { year: 2026, paidOn: '2026-11-22', correctsPaymentId: firstId },
    });
    expect(stale.statusCode).toBe(409);
    const withoutDate = await coordinator.request({ method: 'POST', url: `/api/clients/${client.id}/fee-payments`, payload: { year: 2026, paidOn: null } });
    expect(withoutDate.statusCode).toBe(400);
  });

  it('duplicates: the same KBO number is always 409 with the existing id; the same person at the same address unless confirmed', async () => {
    const { own, other } = await setUp();
    const coordinator = own.sessions.coordinator;
    const ocmw = clientDetailSchema.parse((await create(coordinator, ocmwVeurne())).json());
    const sameKbo = await create(coordinator, ocmwVeurne({ name: 'Sociaal Huis Veurne', enterpriseNumber: '0212180372' }));
    expect(sameKbo.statusCode).toBe(409);
    expect(sameKbo.json()).toMatchObject({ error: { code: 'DUPLICATE_CLIENT', details: { clientId: ocmw.id, match: 'enterprise_number' } } });
    expect((await create(coordinator, ocmwVeurne({ confirmNotDuplicate: true }))).statusCode).toBe(409);

    const person = clientDetailSchema.parse((await create(coordinator, household())).json());
    const namesake = await create(coordinator, household({ name: 'marleen vandamme', address: { street: 'NOORDSTRAAT 4', postcode: '8630', city: 'Veurne' } }));
    expect(namesake.statusCode).toBe(409);
    expect(namesake.json()).toMatchObject({ error: { code: 'DUPLICATE_CLIENT', details: { clientId: person.id, match: 'name_and_address' } } });
    expect((await create(coordinator, household({ confirmNotDuplicate: true }))).statusCode).toBe(201);
    expect((await create(coordinator, household({ address: { street: 'Zuidstraat 9', postcode: '8630', city: 'Veurne' } }))).statusCode).toBe(201);

    // Another organiser's clients are no duplicates of ours, and its numbers start at 1.
    const elsewhere = await create(other.sessions.coordinator, ocmwVeurne());
    expect(elsewhere.statusCode).toBe(201);
    expect(clientDetailSchema.parse(elsewhere.json()).clientNumber).toBe(1);
  });

  it.each([
    ['a KBO number with wrong check digits', ocmwVeurne({ enterpriseNumber: '0212.180.373' }), 'ENTERPRISE_NUMBER_CHECK_DIGITS'],
    ['a school without KBO number', household({ category: 'school', name: 'Sint-Jozefsschool' }), 'ENTERPRISE_NUMBER_REQUIRED'],
    ['a private person with a KBO number', household({ enterpriseNumber: '0212180372' }), 'ENTERPRISE_NUMBER_NOT_FOR_PRIVATE_PERSON'],
    ['a local authority that does not say which', ocmwVeurne({ localAuthorityKind: null }), 'LOCAL_AUTHORITY_KIND_MISSING'],
    [
      'a local authority kind for a non-profit',
      household({ category: 'non_profit', localAuthorityKind: 'ocmw', name: 'Vzw De Kring' }),
      'LOCAL_AUTHORITY_KIND_NOT_APPLICABLE',
    ],
  ])('refuses %s with 400 and a stable message, nothing saved', async (_case, payload, message) => {
    const { own } = await setUp();
    const response = await create(own.sessions.coordinator, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', details: { issues: [expect.objectContaining({ message })] } } });
    expect(clientPageSchema.parse((await own.sessions.coordinator.request({ method: 'GET', url: '/api/clients' })).json()).items).toEqual([]);
  });

  it('R1: an address outside Flanders or an unknown postcode is refused (422); outside the area follows the organiser setting', async () => {
    const { own, veurne } = await setUp();
    const coordinator = own.sessions.coordinator;
    const brussels = await create(coordinator, household({ address: { street: 'Wetstraat 16', postcode: '1000', city: 'Brussel' } }));
    expect(brussels.statusCode).toBe(422);
    expect(brussels.json()).toMatchObject({ error: { code: 'DOMICILE_OUTSIDE_FLANDERS', details: { rule: 'R1' } } });
    const unknown = await create(coordinator, household({ address: { street: 'Nergensstraat 1', postcode: '9999', city: 'Nergens' } }));
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ error: { code: 'CLIENT_POSTCODE_UNKNOWN', details: { rule: 'R1' } } });

    const gent = household({ address: { street: 'Veldstraat 1', postcode: '9000', city: 'Gent' } });
    const withoutChoice = await create(coordinator, gent);
    expect(withoutChoice.statusCode).toBe(422);
    expect(withoutChoice.json()).toMatchObject({ error: { code: 'AREA_MUNICIPALITY_REQUIRED' } });
    const chosen = await create(coordinator, { ...gent, areaMunicipalityId: veurne.id });
    expect(chosen.statusCode).toBe(201);
    expect(clientDetailSchema.parse(chosen.json()).municipality?.id).toBe(veurne.id);

    expect((await own.sessions.admin.request({ method: 'PATCH', url: '/api/organiser', payload: { version: 1, outsideAreaPolicy: 'refuse' } })).statusCode).toBe(200);
    const refused = await create(coordinator, { ...gent, name: 'Piet Gentenaar', areaMunicipalityId: veurne.id });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: { code: 'DOMICILE_OUTSIDE_ORGANISER_AREA' } });
  });

  it('access: staff read, only the coordinator writes, another organiser’s client is 404, no session is 401', async () => {
    const { own, other } = await setUp();
    const client = clientDetailSchema.parse((await create(own.sessions.coordinator, ocmwVeurne())).json());
    for (const role of ['admin', 'auditor'] as const) {
      expect((await own.sessions[role].request({ method: 'GET', url: `/api/clients/${client.id}` })).statusCode).toBe(200);
      expect((await create(own.sessions[role], household())).statusCode).toBe(403);
    }
    for (const role of ['coach', 'participant'] as const) {
      expect((await own.sessions[role].request({ method: 'GET', url: '/api/clients' })).statusCode).toBe(403);
    }
    const foreign = other.sessions.coordinator;
    expect((await foreign.request({ method: 'GET', url: `/api/clients/${client.id}` })).statusCode).toBe(404);
    expect((await foreign.request({ method: 'POST', url: `/api/clients/${client.id}/agreements` })).statusCode).toBe(404);
    expect((await foreign.request({ method: 'POST', url: `/api/clients/${client.id}/fee-payments`, payload: { year: 2026, paidOn: '2026-11-24' } })).statusCode).toBe(
      404,
    );
    expect(clientPageSchema.parse((await foreign.request({ method: 'GET', url: '/api/clients' })).json()).items).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/api/clients' })).statusCode).toBe(401);
  });

  it('list: search by name, city or KBO number as written, keyset pages by name', async () => {
    const { own } = await setUp();
    const coordinator = own.sessions.coordinator;
    await create(coordinator, ocmwVeurne());
    await create(coordinator, household());
    await create(coordinator, household({ name: 'Annie Boone', address: { street: 'Markt 1', postcode: '8900', city: 'Ieper' } }));
    const list = async (query: string) => clientPageSchema.parse((await coordinator.request({ method: 'GET', url: `/api/clients?${query}` })).json());
    expect((await list('')).items.map((item) => item.name)).toEqual(['Annie Boone', 'Marleen Vandamme', 'OCMW Veurne']);
    expect((await list('q=ieper')).items.map((item) => item.name)).toEqual(['Annie Boone']);
    expect((await list(`q=${encodeURIComponent('0212.180.372')}`)).items.map((item) => item.name)).toEqual(['OCMW Veurne']);
    const firstPage = await list('limit=2');
    expect(firstPage.items).toHaveLength(2);
    const secondPage = await list(`limit=2&cursor=${firstPage.nextCursor}`);
    expect(secondPage.items.map((item) => item.name)).toEqual(['OCMW Veurne']);
    expect(secondPage.nextCursor).toBeNull();
  });
});
