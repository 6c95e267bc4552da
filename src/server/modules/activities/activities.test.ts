import { describe, expect, it } from 'vitest';
import { activityCatalogueSchema, clientActivitiesSchema } from '../../../contracts/activities';
import { registerClientThroughApi } from '../../testing/client-fixtures';
import { buildMunicipality } from '../../testing/participant-fixtures';
import { setUpOrganiser, useTestApp, type Session } from '../../testing/test-app';

describe('the activity catalogue administration (R15, R16, exceptional activities)', () => {
  const t = useTestApp();

  /** An organiser with Veurne in its area and a household client there, an auditor and a coach, and another organiser. */
  const setUp = async () => {
    const own = await setUpOrganiser(t.app, ['coordinator', 'admin', 'auditor', 'coach']);
    const other = await setUpOrganiser(t.app, ['coordinator']);
    const veurne = await buildMunicipality(t.app.database.db, own.organiser.id, 'Veurne', ['8630']);
    const client = await registerClientThroughApi(own.sessions.coordinator);
    return { own, other, veurne, client, coordinator: own.sessions.coordinator };
  };

  const choose = (session: Session, municipalityId: string, activityCode: string, from = '2026-01-01', to: string | null = null) =>
    session.request({ method: 'POST', url: `/api/activities/municipalities/${municipalityId}/choices`, payload: { activityCode, from, to } });

  it('R15: a municipality chooses from the list, one period per activity at a time, and ends a choice on a date', async () => {
    const { coordinator, veurne } = await setUp();
    const chose = await choose(coordinator, veurne.id, 'small_garden_maintenance.mowing');
    expect(chose.statusCode).toBe(200);
    const catalogue = activityCatalogueSchema.parse(chose.json());
    expect(catalogue.activities.length).toBeGreaterThan(20);
    expect(catalogue.municipalities[0]?.choices).toMatchObject([{ activityCode: 'small_garden_maintenance.mowing', from: '2026-01-01', to: null }]);

    expect((await choose(coordinator, veurne.id, 'small_garden_maintenance.mowing', '2026-06-01')).statusCode).toBe(409);
    expect((await choose(coordinator, veurne.id, 'household_support.cleaning')).json()).toMatchObject({
      error: { code: 'MUNICIPALITY_SUBSET_UNKNOWN_ACTIVITY', details: { rule: 'R15' } },
    });
    expect((await choose(coordinator, veurne.id, 'small_garden_maintenance.mowing', '2026-06-01', '2026-05-01')).statusCode).toBe(400);

    const choiceId = catalogue.municipalities[0]?.choices[0]?.id ?? '';
    const ended = await coordinator.request({ method: 'POST', url: `/api/activities/choices/${choiceId}/end`, payload: { to: '2026-11-30' } });
    expect(activityCatalogueSchema.parse(ended.json()).municipalities[0]?.choices[0]?.to).toBe('2026-11-30');
  });

  it('R16 and the VDAB: only transitional activities are PWA history; an exceptional activity is decided once', async () => {
    const { coordinator, client } = await setUp();
    const pwa = (activityCodes: string[]) => coordinator.request({ method: 'PUT', url: `/api/activities/clients/${client.id}/pwa`, payload: { activityCodes } });
    expect(clientActivitiesSchema.parse((await pwa(['household_support.big_cleaning'])).json()).pwaActivityCodes).toEqual(['household_support.big_cleaning']);
    expect((await pwa(['small_garden_maintenance.mowing'])).statusCode).toBe(422);

    const asked = await coordinator.request({
      method: 'POST',
      url: `/api/activities/clients/${client.id}/exceptional`,
      payload: { mainActivity: 'small_repairs', labelNl: 'Kippenhok herstellen', requestedOn: '2026-11-02' },
    });
    const exceptional = clientActivitiesSchema.parse(asked.json()).exceptional[0];
    expect(exceptional).toMatchObject({ status: 'requested', labelNl: 'Kippenhok herstellen' });
    const decide = (status: 'approved' | 'refused') =>
      coordinator.request({
        method: 'POST',
        url: `/api/activities/exceptional/${exceptional?.id ?? ''}/decision`,
        payload: { status, decidedOn: '2026-11-20', vdabReference: 'VDAB-2026-0042' },
      });
    expect(clientActivitiesSchema.parse((await decide('approved')).json()).exceptional[0]).toMatchObject({ status: 'approved', vdabReference: 'VDAB-2026-0042' });
    expect((await decide('refused')).statusCode).toBe(409);

    const read = clientActivitiesSchema.parse((await coordinator.request({ method: 'GET', url: `/api/activities/clients/${client.id}` })).json());
    expect(read).toMatchObject({ clientId: client.id, pwaActivityCodes: ['household_support.big_cleaning'], exceptional: [{ status: 'approved' }] });
  });

  it('access: 401 without a session, 403 for roles outside the policy (the auditor reads only), 404 for another organiser’s ids, 400 for bad input', async () => {
    const { own, other, veurne, client, coordinator } = await setUp();
    expect((await t.app.inject({ method: 'GET', url: '/api/activities' })).statusCode).toBe(401);
    expect((await own.sessions.coach.request({ method: 'GET', url: '/api/activities' })).statusCode).toBe(403);
    expect((await own.sessions.auditor.request({ method: 'GET', url: '/api/activities' })).statusCode).toBe(200);
    expect((await choose(own.sessions.auditor, veurne.id, 'small_garden_maintenance.mowing')).statusCode).toBe(403);
    expect((await choose(own.sessions.admin, veurne.id, 'small_garden_maintenance.mowing')).statusCode).toBe(200);

    const stranger = other.sessions.coordinator;
    expect((await choose(stranger, veurne.id, 'small_garden_maintenance.mowing')).statusCode).toBe(404);
    expect((await stranger.request({ method: 'GET', url: `/api/activities/clients/${client.id}` })).statusCode).toBe(404);
    expect((await stranger.request({ method: 'PUT', url: `/api/activities/clients/${client.id}/pwa`, payload: { activityCodes: [] } })).statusCode).toBe(404);
    const choiceId = activityCatalogueSchema.parse((await coordinator.request({ method: 'GET', url: '/api/activities' })).json()).municipalities[0]?.choices[0]?.id ?? '';
    expect((await stranger.request({ method: 'POST', url: `/api/activities/choices/${choiceId}/end`, payload: { to: '2026-11-30' } })).statusCode).toBe(404);

    expect((await coordinator.request({ method: 'POST', url: `/api/activities/municipalities/${veurne.id}/choices`, payload: { activityCode: '' } })).statusCode).toBe(
      400,
    );
    expect((await coordinator.request({ method: 'POST', url: '/api/activities/municipalities/not-an-id/choices', payload: {} })).statusCode).toBe(400);
    expect(
      (
        await coordinator.request({
          method: 'POST',
          url: `/api/activities/clients/${client.id}/exceptional`,
          payload: { mainActivity: 'space_travel', labelNl: 'x', requestedOn: '2026-13-01' },
        })
      ).statusCode,
    ).toBe(400);
  });
});
