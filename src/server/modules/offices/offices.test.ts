import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { officeSchema, publicOfficesResponseSchema } from '../../../contracts/offices';
import { auditEvents } from '../../platform/audit/schema';
import { loadConfig } from '../../platform/config';
import { buildApp } from '../../app';
import { buildOffice } from '../../testing/factories';
import { setUpOrganiser, useTestApp } from '../../testing/test-app';
import { offices } from './schema';

const validOffice = {
  name: 'Wijk-werkkantoor Poperinge',
  phone: '057 33 44 55',
  email: 'poperinge@example.test',
  address: { street: 'Grote Markt 1', postcode: '8970', city: 'Poperinge' },
};

describe('offices', () => {
  const t = useTestApp();

  const twoOrganisers = async () => {
    const own = await setUpOrganiser(t.app, ['admin', 'coordinator', 'participant', 'client']);
    const other = await setUpOrganiser(t.app, ['admin']);
    const office = await buildOffice(t.app.database.db, own.organiser.id);
    return { own, other, office };
  };

  describe('access', () => {
    it.each([
      ['GET', '/api/offices'],
      ['POST', '/api/offices'],
      ['GET', '/api/offices/00000000-0000-4000-8000-000000000000'],
      ['PATCH', '/api/offices/00000000-0000-4000-8000-000000000000'],
      ['PUT', '/api/offices/00000000-0000-4000-8000-000000000000/opening-hours'],
      ['POST', '/api/offices/00000000-0000-4000-8000-000000000000/closures'],
      ['DELETE', '/api/offices/00000000-0000-4000-8000-000000000000/closures/00000000-0000-4000-8000-000000000000'],
    ] as const)('%s %s without a session is 401', async (method, url) => {
      const response = await t.app.inject({ method, url, payload: method === 'GET' || method === 'DELETE' ? undefined : {} });
      expect(response.statusCode).toBe(401);
    });

    it('participants and clients may not read the back-office list (403); a coordinator may read but not change', async () => {
      const { own, office } = await twoOrganisers();
      expect((await own.sessions.participant.request({ method: 'GET', url: '/api/offices' })).statusCode).toBe(403);
      expect((await own.sessions.client.request({ method: 'GET', url: '/api/offices' })).statusCode).toBe(403);
      expect((await own.sessions.coordinator.request({ method: 'GET', url: '/api/offices' })).statusCode).toBe(200);
      const patch = await own.sessions.coordinator.request({ method: 'PATCH', url: `/api/offices/${office.id}`, payload: { version: 1, name: 'X' } });
      expect(patch.statusCode).toBe(403);
      const create = await own.sessions.coordinator.request({ method: 'POST', url: '/api/offices', payload: validOffice });
      expect(create.statusCode).toBe(403);
    });

    it("another organiser's admin gets 404 for every office route and its list never shows the office", async () => {
      const { other, office } = await twoOrganisers();
      const admin = other.sessions.admin;
      const list = await admin.request({ method: 'GET', url: '/api/offices' });
      expect(list.json<{ items: unknown[] }>().items).toEqual([]);
      expect((await admin.request({ method: 'GET', url: `/api/offices/${office.id}` })).statusCode).toBe(404);
      expect((await admin.request({ method: 'PATCH', url: `/api/offices/${office.id}`, payload: { version: 1, name: 'Gekaapt' } })).statusCode).toBe(404);
      expect((await admin.request({ method: 'PUT', url: `/api/offices/${office.id}/opening-hours`, payload: { version: 1, slots: [] } })).statusCode).toBe(404);
      expect(
        (await admin.request({ method: 'POST', url: `/api/offices/${office.id}/closures`, payload: { startsOn: '2026-12-24', endsOn: '2026-12-24', reason: 'x' } }))
          .statusCode,
      ).toBe(404);
      const [unchanged] = await t.app.database.db.select().from(offices).where(eq(offices.id, office.id));
      expect(unchanged).toMatchObject({ name: 'Kantoor Ieper', version: 1 });
    });
  });

  describe('changes', () => {
    it('creates an office and writes one audit event; unknown fields are refused (mass assignment)', async () => {
      const { own } = await twoOrganisers();
      const response = await own.sessions.admin.request({ method: 'POST', url: '/api/offices', payload: validOffice });
      expect(response.statusCode).toBe(201);
      const created = officeSchema.strict().parse(response.json());
      expect(created).toMatchObject({ ...validOffice, openingHours: [], closures: [], version: 1 });
      const audit = await t.app.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, created.id), eq(auditEvents.action, 'office.create')));
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actorRole: 'admin', organiserId: own.organiser.id, entityType: 'office' });
      expect(audit[0]?.requestId).toMatch(/[0-9a-f-]{36}/);

      const withOrganiser = await own.sessions.admin.request({ method: 'POST', url: '/api/offices', payload: { ...validOffice, organiserId: own.organiser.id } });
      expect(withOrganiser.statusCode).toBe(400);
    });

    it.each([
      ['an invalid e-mail', { ...validOffice, email: 'geen-mail' }],
      ['a five-digit postcode', { ...validOffice, address: { ...validOffice.address, postcode: '89000' } }],
      ['an empty name', { ...validOffice, name: '  ' }],
      ['letters as phone', { ...validOffice, phone: 'bel me' }],
    ])('refuses %s with 400 and names the field', async (_case, payload) => {
      const { own } = await twoOrganisers();
      const response = await own.sessions.admin.request({ method: 'POST', url: '/api/offices', payload });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: { code: 'VALIDATION_FAILED', details: { issues: [expect.objectContaining({ path: expect.stringContaining('body') })] } },
      });
    });

    it('replaces the weekly hours with optimistic locking: a stale version is 409 and changes nothing', async () => {
      const { own, office } = await twoOrganisers();
      const slots = [{ weekday: 6, opensAt: '09:00', closesAt: '12:00' }];
      const first = await own.sessions.admin.request({ method: 'PUT', url: `/api/offices/${office.id}/opening-hours`, payload: { version: 1, slots } });
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({ openingHours: slots, version: 2 });
      const stale = await own.sessions.admin.request({ method: 'PUT', url: `/api/offices/${office.id}/opening-hours`, payload: { version: 1, slots: [] } });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
      const current = await own.sessions.admin.request({ method: 'GET', url: `/api/offices/${office.id}` });
      expect(current.json()).toMatchObject({ openingHours: slots, version: 2 });
    });

    it.each([
      ['closing before opening', [{ weekday: 1, opensAt: '12:00', closesAt: '08:00' }]],
      [
        'overlapping slots',
        [
          { weekday: 1, opensAt: '08:00', closesAt: '12:00' },
          { weekday: 1, opensAt: '11:00', closesAt: '13:00' },
        ],
      ],
      ['weekday 8', [{ weekday: 8, opensAt: '08:00', closesAt: '12:00' }]],
      ['25:00', [{ weekday: 1, opensAt: '08:00', closesAt: '25:00' }]],
    ])('refuses opening hours with %s (400)', async (_case, slots) => {
      const { own, office } = await twoOrganisers();
      const response = await own.sessions.admin.request({ method: 'PUT', url: `/api/offices/${office.id}/opening-hours`, payload: { version: 1, slots } });
      expect(response.statusCode).toBe(400);
    });

    it('adds and removes a closure; an end date before the start is 400', async () => {
      const { own, office } = await twoOrganisers();
      const bad = await own.sessions.admin.request({
        method: 'POST',
        url: `/api/offices/${office.id}/closures`,
        payload: { startsOn: '2026-12-26', endsOn: '2026-12-24', reason: 'Kerst' },
      });
      expect(bad.statusCode).toBe(400);
      const added = await own.sessions.admin.request({
        method: 'POST',
        url: `/api/offices/${office.id}/closures`,
        payload: { startsOn: '2026-12-24', endsOn: '2026-12-26', reason: 'Kerst' },
      });
      expect(added.statusCode).toBe(201);
      const closureId = added.json<{ closures: Array<{ id: string }> }>().closures[0]?.id;
      const removed = await own.sessions.admin.request({ method: 'DELETE', url: `/api/offices/${office.id}/closures/${closureId}` });
      expect(removed.statusCode).toBe(200);
      expect(removed.json()).toMatchObject({ closures: [] });
      const again = await own.sessions.admin.request({ method: 'DELETE', url: `/api/offices/${office.id}/closures/${closureId}` });
      expect(again.statusCode).toBe(404);
    });
  });

  describe('public page', () => {
    it('shows the live status in Europe/Brussels and changes with the hours', async () => {
      const { own, office } = await twoOrganisers();
      const url = `/api/public/organisers/${own.organiser.slug}/offices`;
      t.clock.set(new Date('2026-11-24T09:20:00Z')); // Tuesday 10:20 in Brussels
      const open = await t.app.inject({ method: 'GET', url });
      expect(open.statusCode).toBe(200);
      const body = publicOfficesResponseSchema.parse(open.json());
      expect(body.items[0]?.status).toEqual({ state: 'open', closesAt: '12:00' });
      expect(open.json()).not.toHaveProperty('items.0.version');

      const closure = await own.sessions.admin.request({
        method: 'POST',
        url: `/api/offices/${office.id}/closures`,
        payload: { startsOn: '2026-11-24', endsOn: '2026-11-24', reason: 'Personeelsdag' },
      });
      expect(closure.statusCode).toBe(201);
      const closed = await t.app.inject({ method: 'GET', url });
      expect(closed.json()).toMatchObject({
        items: [{ status: { state: 'closed', closure: { reason: 'Personeelsdag' }, nextOpening: { date: '2026-11-25', time: '08:00', daysAhead: 1 } } }],
      });
    });

    it('another app server on the same database: every change to an office, its hours, closures or the organiser shows at once', async () => {
      const { own, office } = await twoOrganisers();
      const url = `/api/public/organisers/${own.organiser.slug}/offices`;
      t.clock.set(new Date('2026-11-24T09:20:00Z')); // Tuesday 10:20 in Brussels
      const other = await buildApp({ config: loadConfig({ WEB_DIST_DIR: '/nonexistent', LOG_LEVEL: 'error' }), database: t.database, clock: t.clock, logger: false });
      const admin = own.sessions.admin;
      const elsewhere = (options: { method: 'PATCH' | 'PUT' | 'POST' | 'DELETE'; url: string; payload?: object }) =>
        other.inject({ ...options, headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken } });
      const publicPage = async () => publicOfficesResponseSchema.parse((await t.app.inject({ method: 'GET', url })).json());
      try {
        expect((await publicPage()).items.map((item) => item.name)).toEqual(['Kantoor Ieper']);

        expect((await elsewhere({ method: 'PATCH', url: `/api/offices/${office.id}`, payload: { version: 1, name: 'Kantoor Ieper-centrum' } })).statusCode).toBe(200);
        expect((await publicPage()).items[0]?.name).toBe('Kantoor Ieper-centrum');

        const slots = [{ weekday: 2, opensAt: '13:00', closesAt: '16:00' }];
        expect((await elsewhere({ method: 'PUT', url: `/api/offices/${office.id}/opening-hours`, payload: { version: 2, slots } })).statusCode).toBe(200);
        expect((await publicPage()).items[0]).toMatchObject({ openingHours: slots, status: { state: 'closed', nextOpening: { date: '2026-11-24', time: '13:00' } } });

        const closure = await elsewhere({
          method: 'POST',
          url: `/api/offices/${office.id}/closures`,
          payload: { startsOn: '2026-12-25', endsOn: '2026-12-26', reason: 'Kerstmis' },
        });
        expect(closure.statusCode).toBe(201);
        expect((await publicPage()).items[0]?.closures).toEqual([{ startsOn: '2026-12-25', endsOn: '2026-12-26', reason: 'Kerstmis' }]);
        const closureId = officeSchema.parse(closure.json()).closures[0]?.id;
        expect((await elsewhere({ method: 'DELETE', url: `/api/offices/${office.id}/closures/${closureId}` })).statusCode).toBe(200);
        expect((await publicPage()).items[0]?.closures).toEqual([]);

        expect((await elsewhere({ method: 'POST', url: '/api/offices', payload: validOffice })).statusCode).toBe(201);
        expect((await publicPage()).items.map((item) => item.name)).toEqual(['Kantoor Ieper-centrum', 'Wijk-werkkantoor Poperinge']);

        expect((await elsewhere({ method: 'PATCH', url: '/api/organiser', payload: { version: 1, name: 'Wijk-werken Ieper' } })).statusCode).toBe(200);
        expect((await publicPage()).organiser.name).toBe('Wijk-werken Ieper');
      } finally {
        await other.close();
        t.clock.set(new Date('2026-11-24T09:00:00Z'));
      }
    });

    it('the status follows the clock to the minute without any change, and closures that ended drop off the next day', async () => {
      const { own, office } = await twoOrganisers();
      const url = `/api/public/organisers/${own.organiser.slug}/offices`;
      const statusAt = async (instant: string) => {
        t.clock.set(new Date(instant));
        return publicOfficesResponseSchema.parse((await t.app.inject({ method: 'GET', url })).json()).items[0];
      };
      const closure = await own.sessions.admin.request({
        method: 'POST',
        url: `/api/offices/${office.id}/closures`,
        payload: { startsOn: '2026-11-25', endsOn: '2026-11-25', reason: 'Personeelsdag' },
      });
      expect(closure.statusCode).toBe(201);
      expect((await statusAt('2026-11-24T10:59:00Z'))?.status).toEqual({ state: 'open', closesAt: '12:00' }); // 11:59 in Brussels
      expect((await statusAt('2026-11-24T10:59:59Z'))?.status).toEqual({ state: 'open', closesAt: '12:00' });
      expect((await statusAt('2026-11-24T11:00:00Z'))?.status).toMatchObject({ state: 'closed', nextOpening: { date: '2026-11-26', time: '08:00' } });
      expect((await statusAt('2026-11-25T09:00:00Z'))?.closures).toHaveLength(1);
      expect(await statusAt('2026-11-26T09:00:00Z')).toMatchObject({ closures: [], status: { state: 'open', closesAt: '12:00' } });
      t.clock.set(new Date('2026-11-24T09:00:00Z'));
    });

    it('an unknown organiser is 404', async () => {
      expect((await t.app.inject({ method: 'GET', url: '/api/public/organisers/bestaat-niet/offices' })).statusCode).toBe(404);
    });
  });
});
