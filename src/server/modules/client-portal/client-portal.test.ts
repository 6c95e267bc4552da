import { describe, expect, it } from 'vitest';
import {
  ownJobRequestSchema,
  ownJobRequestsSchema,
  plannedVisitsSchema,
  portalChequePriceSchema,
  type CreateOwnJobRequestRequest,
} from '../../../contracts/client-portal';
import { clientDetailSchema, type CreateClientRequest } from '../../../contracts/clients';
import { jobRequestDetailSchema } from '../../../contracts/job-requests';
import { parseCivilDate } from '../../../domain/time/civil-date';
import { clientRequest } from '../../testing/client-fixtures';
import { outboxLink } from '../../testing/invitation-fixtures';
import { buildMunicipality, nextInsz } from '../../testing/participant-fixtures';
import { logIn, setUpOrganiser, useTestApp, type Session } from '../../testing/test-app';
import { assignments } from '../assignments/schema';
import { participants } from '../participants/schema';

const password = 'een wachtwoord voor de gebruiker';
const address = (who: string) => `${who}-${crypto.randomUUID().slice(0, 8)}@example.test`;

const household = (name: string, email: string, category: CreateClientRequest['category'] = 'private_person'): CreateClientRequest =>
  clientRequest({ category, name, contacts: [{ name: `Contact van ${name}`, email, phone: null, role: null }] });

const mowing = (overrides: Partial<CreateOwnJobRequestRequest> = {}): CreateOwnJobRequestRequest => ({
  activityCode: 'small_garden_maintenance.mowing',
  description: 'Gras maaien in de achtertuin.',
  place: null,
  schedule: { kind: 'weekly', slots: [{ weekday: 3, startTime: '09:00', endTime: '12:00' }], startDate: '2026-12-02', endDate: '2027-03-31', minutesPerSession: 120 },
  ...overrides,
});

describe('client portal: Klusje aanvragen, Mijn aanvragen, Geplande bezoeken, the cheque price today', () => {
  const t = useTestApp();
  const db = () => t.app.database.db;

  const setUp = async () => {
    const own = await setUpOrganiser(t.app, ['coordinator', 'admin', 'participant']);
    const other = await setUpOrganiser(t.app, ['coordinator']);
    const veurne = await buildMunicipality(db(), own.organiser.id, 'Veurne', ['8630']);
    await buildMunicipality(db(), other.organiser.id, 'Veurne', ['8630']);
    const coordinator = own.sessions.coordinator;
    const chose = await coordinator.request({
      method: 'POST',
      url: `/api/activities/municipalities/${veurne.id}/choices`,
      payload: { activityCode: 'small_garden_maintenance.mowing', from: '2026-01-01', to: null },
    });
    expect(chose.statusCode).toBe(200);
    const withContact = async (session: Session, name: string, category: CreateClientRequest['category'] = 'private_person') => {
      const email = address('contact');
      const client = clientDetailSchema.parse((await session.request({ method: 'POST', url: '/api/clients', payload: household(name, email, category) })).json());
      const contactId = client.contacts[0]?.id ?? '';
      expect((await session.request({ method: 'POST', url: '/api/invitations', payload: { role: 'client', clientContactId: contactId, email } })).statusCode).toBe(201);
      const { token } = await outboxLink(db(), email, 'account-invitation');
      expect((await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password } })).statusCode).toBe(200);
      return { client, contact: await logIn(t.app, email, password) };
    };
    const a = await withContact(coordinator, 'Marleen Vandamme');
    const b = await withContact(coordinator, 'Piet Vandamme');
    const elsewhere = await withContact(other.sessions.coordinator, 'Jan Elders');
    return { own, other, coordinator, a, b, elsewhere, withContact };
  };

  const ask = (session: Session, payload: object) => session.request({ method: 'POST', url: '/api/client-portal/job-requests', payload });

  it('a contact asks for a klusje; it is new in Mijn aanvragen with the R17 reasons; staff see it with origin client_portal', async () => {
    const { coordinator, a } = await setUp();
    const created = await ask(a.contact, mowing());
    expect(created.statusCode).toBe(201);
    const request = ownJobRequestSchema.strict().parse(created.json());
    expect(request).toMatchObject({
      status: 'new',
      origin: 'client_portal',
      client: { id: a.client.id },
      activity: { label: 'Gras maaien' },
      planning: { allowed: false },
    });
    expect(request.planning.reasons.map((reason) => reason.code)).toEqual(['CLIENT_AGREEMENT_NOT_SIGNED', 'CLIENT_REGISTRATION_FEE_UNPAID']);

    const mine = ownJobRequestsSchema.parse((await a.contact.request({ method: 'GET', url: '/api/client-portal/job-requests' })).json());
    expect(mine.items).toEqual([
      expect.objectContaining({ id: request.id, status: 'new', statusReason: null, activity: { code: 'small_garden_maintenance.mowing', label: 'Gras maaien' } }),
    ]);
    expect(mine.standing).toMatchObject({ year: 2026, allowed: false });

    const staff = jobRequestDetailSchema.parse((await coordinator.request({ method: 'GET', url: `/api/job-requests/${request.id}` })).json());
    expect(staff).toMatchObject({ origin: 'client_portal', status: 'new' });
    expect(
      (
        await coordinator.request({
          method: 'POST',
          url: `/api/job-requests/${request.id}/status`,
          payload: { version: staff.version, status: 'cancelled', reason: 'Dubbel gevraagd' },
        })
      ).statusCode,
    ).toBe(200);
    const detail = ownJobRequestSchema.parse((await a.contact.request({ method: 'GET', url: `/api/client-portal/job-requests/${request.id}` })).json());
    expect(detail).toMatchObject({ status: 'cancelled', statusReason: 'Dubbel gevraagd' });
  });

  it('the same refusals as staff: an activity not chosen by the municipality (R15), a place outside the area, a schedule that ends before it starts', async () => {
    const { a } = await setUp();
    const refused = await ask(a.contact, mowing({ activityCode: 'small_garden_maintenance.hedge_trimming' }));
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: { details: { rule: 'R15' } } });
    const outside = await ask(a.contact, mowing({ place: { street: 'Grote Markt 1', postcode: '1000', city: 'Brussel' } }));
    expect(outside.statusCode).toBe(422);
    const backwards = await ask(
      a.contact,
      mowing({
        schedule: {
          kind: 'weekly',
          slots: [{ weekday: 3, startTime: '09:00', endTime: '12:00' }],
          startDate: '2027-03-31',
          endDate: '2026-12-02',
          minutesPerSession: 120,
        },
      }),
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    expect(ownJobRequestsSchema.parse((await a.contact.request({ method: 'GET', url: '/api/client-portal/job-requests' })).json()).items).toEqual([]);
  });

  it('a contact of A gets 404 for B’s and another organiser’s requests and clients; staff and anonymous are refused; bad input is 400', async () => {
    const { own, coordinator, a, b, elsewhere } = await setUp();
    const ofB = ownJobRequestSchema.parse((await ask(b.contact, mowing())).json());
    const ofElsewhere = await ask(elsewhere.contact, mowing());
    expect(ofElsewhere.statusCode).toBe(422);
    const staffMade = jobRequestDetailSchema.parse(
      (await coordinator.request({ method: 'POST', url: '/api/job-requests', payload: { ...mowing(), clientId: b.client.id } })).json(),
    );
    for (const id of [ofB.id, staffMade.id]) expect((await a.contact.request({ method: 'GET', url: `/api/client-portal/job-requests/${id}` })).statusCode).toBe(404);
    expect((await ask(a.contact, mowing({ clientId: b.client.id }))).statusCode).toBe(404);
    expect((await ask(a.contact, mowing({ clientId: elsewhere.client.id }))).statusCode).toBe(404);
    expect(ownJobRequestsSchema.parse((await a.contact.request({ method: 'GET', url: '/api/client-portal/job-requests' })).json()).items).toEqual([]);
    expect((await elsewhere.contact.request({ method: 'GET', url: `/api/client-portal/job-requests/${ofB.id}` })).statusCode).toBe(404);

    for (const url of ['/api/client-portal/job-requests', '/api/client-portal/visits', '/api/client-portal/cheque-price']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
      expect((await coordinator.request({ method: 'GET', url })).statusCode).toBe(403);
      expect((await own.sessions.participant.request({ method: 'GET', url })).statusCode).toBe(403);
    }
    expect((await coordinator.request({ method: 'POST', url: '/api/client-portal/job-requests', payload: mowing({ clientId: a.client.id }) })).statusCode).toBe(403);
    expect((await ask(a.contact, { ...mowing(), description: '' })).statusCode).toBe(400);
    expect((await ask(a.contact, { ...mowing(), origin: 'staff' })).statusCode).toBe(400);
    expect((await a.contact.request({ method: 'GET', url: '/api/client-portal/job-requests/not-an-id' })).statusCode).toBe(400);
  });

  it('the cheque price today, the tax reduction only for a private person', async () => {
    const { own, coordinator, a, elsewhere, withContact } = await setUp();
    const b = await withContact(coordinator, 'Vzw Het Anker', 'non_profit');
    expect(
      (await own.sessions.admin.request({ method: 'POST', url: '/api/cheque-price/decisions', payload: { priceCents: 745, decidedOn: '2025-09-15' } })).statusCode,
    ).toBe(201);
    const price = (session: Session) => session.request({ method: 'GET', url: '/api/client-portal/cheque-price' });
    expect(portalChequePriceSchema.parse((await price(a.contact)).json())).toEqual({ date: '2026-11-24', priceCents: 745, decidedOn: '2025-09-15', privatePerson: true });
    expect(portalChequePriceSchema.parse((await price(b.contact)).json())).toMatchObject({ priceCents: 745, privatePerson: false });
    expect(portalChequePriceSchema.parse((await price(elsewhere.contact)).json())).toMatchObject({ priceCents: null });
  });

  it('Geplande bezoeken: planned assignments of the own client only, first name and sessions from today', async () => {
    const { own, coordinator, a, b } = await setUp();
    const request = jobRequestDetailSchema.parse(
      (await coordinator.request({ method: 'POST', url: '/api/job-requests', payload: { ...mowing(), clientId: a.client.id } })).json(),
    );
    const now = t.clock.now();
    const [worker] = await db()
      .insert(participants)
      .values({
        organiserId: own.organiser.id,
        firstName: 'Saïdjah',
        lastName: 'Amrani',
        insz: nextInsz(),
        street: 'Markt 1',
        postcode: '8630',
        city: 'Veurne',
        preferredChannel: 'phone',
        preferredLanguage: 'nl',
        transportModes: [],
        activityCodes: [],
        availability: [],
        maxTravelKm: 10,
        benefitStatus: 'unemployment_benefit',
        vdabRegistered: true,
        availableForLabourMarket: true,
        hadPwaContractOn20170930: false,
        referralAgency: 'vdab',
        status: 'active',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!worker) throw new Error('no participant');
    const schedule = {
      kind: 'weekly' as const,
      slots: [{ weekday: 3, startMinute: 540, endMinute: 720 }],
      startDate: parseCivilDate('2026-12-02'),
      endDate: parseCivilDate('2027-03-31'),
      minutesPerSession: 120,
    };
    const planned = {
      organiserId: own.organiser.id,
      jobRequestId: request.id,
      participantId: worker.id,
      clientId: a.client.id,
      activityCode: request.activity.code,
      placeStreet: 'Noordstraat 4',
      placePostcode: '8630',
      placeCity: 'Veurne',
      schedule,
      distanceSource: 'estimate' as const,
      status: 'planned' as const,
      matchFactors: [],
      proposedByAccountId: coordinator.accountId,
      proposedAt: now,
      createdAt: now,
      updatedAt: now,
    };
    await db().insert(assignments).values(planned);

    const visits = plannedVisitsSchema.parse((await a.contact.request({ method: 'GET', url: '/api/client-portal/visits' })).json());
    expect(visits).toMatchObject({ from: '2026-11-24', to: '2027-01-19' });
    expect(visits.visits).toHaveLength(1);
    expect(visits.visits[0]).toMatchObject({ workerFirstName: 'Saïdjah', activity: { label: 'Gras maaien' }, place: { city: 'Veurne' } });
    expect(JSON.stringify(visits)).not.toContain('Amrani');
    expect(visits.visits[0]?.sessions.slice(0, 2)).toEqual([
      { date: '2026-12-02', startTime: '09:00', endTime: '11:00' },
      { date: '2026-12-09', startTime: '09:00', endTime: '11:00' },
    ]);
    expect(plannedVisitsSchema.parse((await b.contact.request({ method: 'GET', url: '/api/client-portal/visits' })).json()).visits).toEqual([]);
  });
});
