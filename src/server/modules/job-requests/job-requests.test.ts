import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activityCatalogueSchema, clientActivitiesSchema } from '../../../contracts/activities';
import { jobRequestDetailSchema, jobRequestPageSchema, type CreateJobRequestRequest } from '../../../contracts/job-requests';
import { putClientInGoodStanding, registerClientThroughApi } from '../../testing/client-fixtures';
import { buildMunicipality } from '../../testing/participant-fixtures';
import { setUpOrganiser, useTestApp, type Session } from '../../testing/test-app';
import { auditEvents } from '../../platform/audit/schema';
import { memberships } from '../../platform/auth/schema';
import { messages } from '../messages/schema';
import { markJobRequestPlanned } from './mark-job-request-planned';
import { jobRequests } from './schema';

const mowing = (clientId: string, overrides: Partial<CreateJobRequestRequest> = {}): CreateJobRequestRequest => ({
  clientId,
  activityCode: 'small_garden_maintenance.mowing',
  description: 'Gras maaien in de achtertuin, ongeveer 200 m².',
  place: null,
  schedule: { kind: 'weekly', slots: [{ weekday: 3, startTime: '09:00', endTime: '12:00' }], startDate: '2026-12-02', endDate: '2027-03-31', minutesPerSession: 120 },
  ...overrides,
});

/** The job requests' household: it gives an e-mail, and its contact is the one the public form checks. */
const householdWithContact = {
  email: 'marleen@example.be',
  contacts: [{ name: 'Marleen Vandamme', email: 'marleen@example.be', phone: null, role: null }],
};

let ipCounter = 0;
const nextIp = () => `198.51.100.${(ipCounter += 1)}`;

describe('job requests (klusjes)', () => {
  const t = useTestApp();

  /** An organiser with Veurne in its area choosing mowing, a household client there, and another organiser. */
  const setUp = async () => {
    const own = await setUpOrganiser(t.app, ['coordinator', 'admin', 'auditor', 'coach', 'participant']);
    const other = await setUpOrganiser(t.app, ['coordinator']);
    const veurne = await buildMunicipality(t.app.database.db, own.organiser.id, 'Veurne', ['8630']);
    const coordinator = own.sessions.coordinator;
    const chose = await coordinator.request({
      method: 'POST',
      url: `/api/activities/municipalities/${veurne.id}/choices`,
      payload: { activityCode: 'small_garden_maintenance.mowing', from: '2026-01-01', to: null },
    });
    expect(chose.statusCode).toBe(200);
    const client = await registerClientThroughApi(coordinator, householdWithContact);
    return { own, other, veurne, coordinator, client };
  };

  const create = (session: Session, payload: CreateJobRequestRequest) => session.request({ method: 'POST', url: '/api/job-requests', payload });
  const move = (session: Session, id: string, version: number, status: string, reason: string | null = null) =>
    session.request({ method: 'POST', url: `/api/job-requests/${id}/status`, payload: { version, status, reason } });

  it('journey: record a weekly request, refuse matching under R17, then new -> matching -> planned -> active -> finished', async () => {
    const { coordinator, client, veurne } = await setUp();
    const created = await create(coordinator, mowing(client.id));
    expect(created.statusCode).toBe(201);
    const request = jobRequestDetailSchema.strict().parse(created.json());
    expect(request).toMatchObject({
      status: 'new',
      origin: 'staff',
      activity: { code: 'small_garden_maintenance.mowing', label: 'Gras maaien' },
      place: { street: 'Noordstraat 4', postcode: '8630', city: 'Veurne' },
      placeIsClientAddress: true,
      municipality: { id: veurne.id, name: 'Veurne' },
      schedule: { kind: 'weekly', slots: [{ weekday: 3, startTime: '09:00', endTime: '12:00' }], minutesPerSession: 120 },
      nextStatuses: ['matching', 'cancelled'],
      planning: { year: 2026, allowed: false },
      version: 1,
    });

    const gated = await move(coordinator, request.id, 1, 'matching');
    expect(gated.statusCode).toBe(422);
    expect(gated.json()).toMatchObject({
      error: {
        code: 'CLIENT_AGREEMENT_NOT_SIGNED',
        details: { rule: 'R7', reasons: [{ code: 'CLIENT_AGREEMENT_NOT_SIGNED' }, { code: 'CLIENT_REGISTRATION_FEE_UNPAID', rule: 'R17' }] },
      },
    });
    const skipped = await move(coordinator, request.id, 1, 'active');
    expect(skipped.statusCode).toBe(409);
    expect(skipped.json()).toMatchObject({ error: { code: 'JOB_REQUEST_TRANSITION_NOT_ALLOWED', details: { from: 'new', to: 'active' } } });

    await putClientInGoodStanding(coordinator, client.id);
    let version = 1;
    for (const status of ['matching', 'planned', 'active', 'finished']) {
      const moved = await move(coordinator, request.id, version, status);
      expect(moved.statusCode, status).toBe(200);
      const detail = jobRequestDetailSchema.parse(moved.json());
      expect(detail.status).toBe(status);
      version = detail.version;
    }
    expect((await move(coordinator, request.id, version, 'cancelled', 'Te laat')).statusCode).toBe(409);
    expect((await move(coordinator, request.id, 1, 'cancelled', 'Te laat')).statusCode).toBe(409);
  });

  it('edit while new; cancel with a reason (required); a cancelled request cannot be edited', async () => {
    const { coordinator, client } = await setUp();
    const request = jobRequestDetailSchema.parse((await create(coordinator, mowing(client.id))).json());
    const { activityCode, description, place, schedule } = mowing(client.id);
    const fields = { activityCode, description, place, schedule };
    const edited = await coordinator.request({
      method: 'PUT',
      url: `/api/job-requests/${request.id}`,
      payload: {
        ...fields,
        version: 1,
        description: 'Voortuin en achtertuin',
        schedule: { kind: 'one_off', date: '2026-12-05', startTime: '13:00', endTime: '17:00', minutesPerSession: 180 },
      },
    });
    expect(edited.statusCode).toBe(200);
    expect(jobRequestDetailSchema.parse(edited.json())).toMatchObject({
      description: 'Voortuin en achtertuin',
      schedule: { kind: 'one_off', startDate: '2026-12-05' },
      version: 2,
    });
    expect((await move(coordinator, request.id, 2, 'cancelled')).statusCode).toBe(400);
    const cancelled = await move(coordinator, request.id, 2, 'cancelled', 'De klant vond zelf iemand.');
    expect(jobRequestDetailSchema.parse(cancelled.json())).toMatchObject({ status: 'cancelled', statusReason: 'De klant vond zelf iemand.', nextStatuses: [] });
    const late = await coordinator.request({ method: 'PUT', url: `/api/job-requests/${request.id}`, payload: { ...fields, version: 3 } });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: { code: 'INVALID_STATE' } });
  });

  it('refusals with the rule and nothing saved: category, municipality subset, PWA, outside Flanders, outside the area, unknown postcode, schedule faults', async () => {
    const { coordinator, client } = await setUp();
    const refusal = async (payload: CreateJobRequestRequest) => {
      const response = await create(coordinator, payload);
      return {
        status: response.statusCode,
        body: response.json<{ error: { code: string; details: { rule?: string; issues?: { path: string; message: string }[] } } }>().error,
      };
    };
    expect(await refusal(mowing(client.id, { activityCode: 'accompanying_persons.lunchtime_supervision' }))).toMatchObject({
      status: 422,
      body: { code: 'ACTIVITY_NOT_FOR_CLIENT_CATEGORY', details: { rule: 'R15' } },
    });
    expect(await refusal(mowing(client.id, { activityCode: 'small_garden_maintenance.hedge_trimming' }))).toMatchObject({
      status: 422,
      body: { code: 'ACTIVITY_NOT_CHOSEN_BY_MUNICIPALITY', details: { rule: 'R15' } },
    });
    expect(await refusal(mowing(client.id, { place: { street: 'Grote Markt 1', postcode: '1000', city: 'Brussel' } }))).toMatchObject({
      status: 422,
      body: { code: 'PLACE_OUTSIDE_FLANDERS', details: { rule: 'R1' } },
    });
    expect(await refusal(mowing(client.id, { place: { street: 'Markt 1', postcode: '8000', city: 'Brugge' } }))).toMatchObject({
      status: 422,
      body: { code: 'PLACE_OUTSIDE_ORGANISER_AREA' },
    });
    expect(await refusal(mowing(client.id, { place: { street: 'Nergens 1', postcode: '8999', city: 'Nergens' } }))).toMatchObject({
      status: 422,
      body: { code: 'PLACE_POSTCODE_UNKNOWN', details: { rule: 'R1' } },
    });
    const backwards = await refusal(
      mowing(client.id, {
        schedule: {
          kind: 'weekly',
          slots: [{ weekday: 3, startTime: '12:00', endTime: '09:00' }],
          startDate: '2026-12-02',
          endDate: '2026-11-01',
          minutesPerSession: 60,
        },
      }),
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.details.issues?.map((issue) => issue.message)).toEqual(['SCHEDULE_END_BEFORE_START', 'SCHEDULE_TIME_END_NOT_AFTER_START']);
    expect(backwards.body.details.issues?.[0]?.path).toBe('body.schedule.endDate');
    const rows = await t.app.database.db.select({ id: jobRequests.id }).from(jobRequests).where(eq(jobRequests.clientId, client.id));
    expect(rows).toEqual([]);
  });

  it('R16 and the VDAB: a transitional activity needs the client’s PWA history; an approved exceptional activity extends the client’s catalogue', async () => {
    const { coordinator, client, veurne } = await setUp();
    await coordinator.request({
      method: 'POST',
      url: `/api/activities/municipalities/${veurne.id}/choices`,
      payload: { activityCode: 'household_support.big_cleaning', from: '2026-01-01', to: null },
    });
    const bigCleaning = mowing(client.id, { activityCode: 'household_support.big_cleaning' });
    expect((await create(coordinator, bigCleaning)).json()).toMatchObject({
      error: { code: 'PWA_TRANSITIONAL_ACTIVITY_CLIENT_WITHOUT_PWA_HISTORY', details: { rule: 'R16' } },
    });
    const pwa = await coordinator.request({
      method: 'PUT',
      url: `/api/activities/clients/${client.id}/pwa`,
      payload: { activityCodes: ['household_support.big_cleaning'] },
    });
    expect(clientActivitiesSchema.parse(pwa.json()).pwaActivityCodes).toEqual(['household_support.big_cleaning']);
    expect((await create(coordinator, bigCleaning)).statusCode).toBe(201);
    expect(
      (await coordinator.request({ method: 'PUT', url: `/api/activities/clients/${client.id}/pwa`, payload: { activityCodes: ['small_garden_maintenance.mowing'] } }))
        .statusCode,
    ).toBe(422);

    const asked = await coordinator.request({
      method: 'POST',
      url: `/api/activities/clients/${client.id}/exceptional`,
      payload: { mainActivity: 'small_repairs', labelNl: 'Kippenhok herstellen', requestedOn: '2026-11-02' },
    });
    const exceptional = clientActivitiesSchema.parse(asked.json()).exceptional[0];
    expect(exceptional).toMatchObject({ status: 'requested', mainActivity: 'small_repairs', activityCode: expect.stringMatching(/^small_repairs\.exceptional_/) });
    const code = exceptional?.activityCode ?? '';
    expect((await create(coordinator, mowing(client.id, { activityCode: code }))).json()).toMatchObject({ error: { code: 'ACTIVITY_UNKNOWN' } });
    const decided = await coordinator.request({
      method: 'POST',
      url: `/api/activities/exceptional/${exceptional?.id}/decision`,
      payload: { status: 'approved', decidedOn: '2026-11-20', vdabReference: 'VDAB-2026-0042' },
    });
    expect(clientActivitiesSchema.parse(decided.json()).exceptional[0]).toMatchObject({ status: 'approved', vdabReference: 'VDAB-2026-0042' });
    const henHouse = await create(coordinator, mowing(client.id, { activityCode: code }));
    expect(henHouse.statusCode).toBe(201);
    expect(jobRequestDetailSchema.parse(henHouse.json()).activity.label).toBe('Kippenhok herstellen');
    const again = await coordinator.request({
      method: 'POST',
      url: `/api/activities/exceptional/${exceptional?.id}/decision`,
      payload: { status: 'refused', decidedOn: '2026-11-21', vdabReference: 'X' },
    });
    expect(again.statusCode).toBe(409);

    const catalogue = activityCatalogueSchema.parse((await coordinator.request({ method: 'GET', url: '/api/activities' })).json());
    expect(catalogue.municipalities[0]?.choices.map((choice) => choice.activityCode)).toEqual(['household_support.big_cleaning', 'small_garden_maintenance.mowing']);
    const overlap = await coordinator.request({
      method: 'POST',
      url: `/api/activities/municipalities/${veurne.id}/choices`,
      payload: { activityCode: 'small_garden_maintenance.mowing', from: '2026-06-01', to: null },
    });
    expect(overlap.statusCode).toBe(409);
    const unknown = await coordinator.request({
      method: 'POST',
      url: `/api/activities/municipalities/${veurne.id}/choices`,
      payload: { activityCode: 'household_support.cleaning', from: '2026-06-01', to: null },
    });
    expect(unknown.json()).toMatchObject({ error: { code: 'MUNICIPALITY_SUBSET_UNKNOWN_ACTIVITY', details: { rule: 'R15' } } });
    const choiceId = catalogue.municipalities[0]?.choices[1]?.id;
    const ended = await coordinator.request({ method: 'POST', url: `/api/activities/choices/${choiceId}/end`, payload: { to: '2026-11-30' } });
    expect(activityCatalogueSchema.parse(ended.json()).municipalities[0]?.choices[1]?.to).toBe('2026-11-30');
    expect((await create(coordinator, mowing(client.id))).json()).toMatchObject({ error: { code: 'ACTIVITY_NOT_CHOSEN_BY_MUNICIPALITY' } });
  });

  it('list: newest first, filters by status, client and activity, cursor pages; other organisers see nothing', async () => {
    const { own, other, coordinator, client } = await setUp();
    const second = await registerClientThroughApi(coordinator, {
      ...householdWithContact,
      name: 'Jan Peeters',
      address: { street: 'Zuidstraat 9', postcode: '8630', city: 'Veurne' },
    });
    const ids: string[] = [];
    for (const [index, owner] of [client.id, second.id, client.id].entries()) {
      t.clock.advance(60_000 * (index + 1));
      ids.push(jobRequestDetailSchema.parse((await create(coordinator, mowing(owner))).json()).id);
    }
    await move(coordinator, ids[0] ?? '', 1, 'cancelled', 'Dubbel');
    const page = async (session: Session, query: string) =>
      jobRequestPageSchema.parse((await session.request({ method: 'GET', url: `/api/job-requests?${query}` })).json());
    const first = await page(own.sessions.auditor, 'limit=2');
    expect(first.items.map((item) => item.id)).toEqual([ids[2], ids[1]]);
    const rest = await page(coordinator, `limit=2&cursor=${first.nextCursor}`);
    expect(rest.items.map((item) => item.id)).toEqual([ids[0]]);
    expect(rest.nextCursor).toBeNull();
    expect((await page(coordinator, 'status=cancelled')).items.map((item) => item.id)).toEqual([ids[0]]);
    expect((await page(coordinator, `clientId=${second.id}`)).items.map((item) => item.id)).toEqual([ids[1]]);
    expect((await page(coordinator, 'activityCode=small_garden_maintenance.mowing')).items).toHaveLength(3);
    expect((await page(other.sessions.coordinator, '')).items).toEqual([]);
    expect((await coordinator.request({ method: 'GET', url: '/api/job-requests?status=unknown' })).statusCode).toBe(400);
  });

  it('access: 401 without a session, 403 for other roles, 404 for another organiser’s request and client, 400 for bad input', async () => {
    const { own, other, coordinator, client } = await setUp();
    const request = jobRequestDetailSchema.parse((await create(coordinator, mowing(client.id))).json());
    expect((await t.app.inject({ method: 'GET', url: `/api/job-requests/${request.id}` })).statusCode).toBe(401);
    expect((await own.sessions.coach.request({ method: 'GET', url: `/api/job-requests/${request.id}` })).statusCode).toBe(403);
    expect((await own.sessions.participant.request({ method: 'GET', url: '/api/job-requests' })).statusCode).toBe(403);
    expect((await own.sessions.admin.request({ method: 'POST', url: '/api/job-requests', payload: mowing(client.id) })).statusCode).toBe(403);
    const stranger = other.sessions.coordinator;
    expect((await stranger.request({ method: 'GET', url: `/api/job-requests/${request.id}` })).statusCode).toBe(404);
    expect((await move(stranger, request.id, 1, 'cancelled', 'x')).statusCode).toBe(404);
    expect((await create(stranger, mowing(client.id))).statusCode).toBe(404);
    expect((await stranger.request({ method: 'GET', url: `/api/activities/clients/${client.id}` })).statusCode).toBe(404);
    expect((await create(coordinator, { ...mowing(client.id), description: '' })).statusCode).toBe(400);
    expect((await coordinator.request({ method: 'GET', url: `/api/job-requests/${request.id}` })).statusCode).toBe(200);
  });

  it('public form: a matching e-mail and client number store a request and tell the contact; anything else gets the same answer', async () => {
    const { own, coordinator, client } = await setUp();
    await putClientInGoodStanding(coordinator, client.id);
    const ask = (overrides: Record<string, unknown> = {}, remoteAddress = nextIp()) =>
      t.app.inject({
        method: 'POST',
        url: '/api/public/job-requests',
        remoteAddress,
        payload: {
          organiserSlug: own.organiser.slug,
          email: 'Marleen@Example.be',
          clientNumber: client.clientNumber,
          activityCode: 'small_garden_maintenance.mowing',
          description: 'Het gras is te hoog.',
          place: null,
          wishedTiming: 'Liefst op woensdagvoormiddag',
          wishedDate: '2026-12-09',
          ...overrides,
        },
      });
    const matched = await ask();
    const wrongNumber = await ask({ clientNumber: client.clientNumber + 1 });
    const wrongMail = await ask({ email: 'iemand@example.be' });
    for (const response of [matched, wrongNumber, wrongMail]) {
      expect(response.statusCode).toBe(202);
      expect(response.body).toBe(matched.body);
    }
    expect((await ask({ place: { street: 'Rue 1', postcode: '4000', city: 'Liège' } })).json()).toMatchObject({ error: { code: 'PLACE_OUTSIDE_FLANDERS' } });
    const list = jobRequestPageSchema.parse((await coordinator.request({ method: 'GET', url: '/api/job-requests' })).json());
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ origin: 'public_form', status: 'new' });
    const id = list.items[0]?.id ?? '';
    const detail = jobRequestDetailSchema.parse((await coordinator.request({ method: 'GET', url: `/api/job-requests/${id}` })).json());
    expect(detail).toMatchObject({ wishedTiming: 'Liefst op woensdagvoormiddag', schedule: { kind: 'one_off', startDate: '2026-12-09' } });
    const audit = await t.app.database.db
      .select({ action: auditEvents.action, actorRole: auditEvents.actorRole, actorAccountId: auditEvents.actorAccountId, ip: auditEvents.ip })
      .from(auditEvents)
      .where(and(eq(auditEvents.organiserId, own.organiser.id), eq(auditEvents.entityId, id)));
    expect(audit).toEqual([{ action: 'job_request.submit_public', actorRole: 'public', actorAccountId: null, ip: expect.any(String) as string }]);
    expect((await move(coordinator, id, 1, 'matching')).statusCode).toBe(200);
    const sent = await t.app.database.db
      .select({ template: messages.template, email: messages.recipientEmail })
      .from(messages)
      .where(eq(messages.organiserId, own.organiser.id));
    expect(sent.filter((message) => message.template === 'job-request-update')).toHaveLength(2);

    const ip = nextIp();
    const answers = [];
    for (let attempt = 0; attempt < 7; attempt += 1) answers.push((await ask({ clientNumber: 999_000 + attempt }, ip)).statusCode);
    expect(answers).toContain(429);
  });
  it('markJobRequestPlanned (the assignments module’s face): matching becomes planned once; a planned request stays as it is', async () => {
    const { own, coordinator, client } = await setUp();
    await putClientInGoodStanding(coordinator, client.id);
    const request = jobRequestDetailSchema.parse((await create(coordinator, mowing(client.id))).json());
    await move(coordinator, request.id, 1, 'matching');
    const db = t.app.database.db;
    const [member] = await db
      .select({ accountId: memberships.accountId })
      .from(memberships)
      .where(and(eq(memberships.organiserId, own.organiser.id), eq(memberships.role, 'coordinator')));
    const actor = {
      accountId: member?.accountId ?? '',
      organiserId: own.organiser.id,
      role: 'coordinator' as const,
      agency: null,
      sessionTokenHash: '',
      sessionStage: 'complete' as const,
      csrfToken: '',
    };
    const context = { actor, requestId: 'test', ip: '127.0.0.1', now: t.clock.now() };
    await db.transaction((tx) => markJobRequestPlanned(tx, context, request.id));
    await db.transaction((tx) => markJobRequestPlanned(tx, context, request.id));
    const detail = jobRequestDetailSchema.parse((await coordinator.request({ method: 'GET', url: `/api/job-requests/${request.id}` })).json());
    expect(detail).toMatchObject({ status: 'planned', version: 3 });
  });
});
