import { describe, expect, it } from 'vitest';
import { coachMunicipalitiesSchema } from '../../../contracts/coaching';
import { buildMunicipalities } from '../../testing/factories';
import { setUpOrganiser, useTestApp } from '../../testing/test-app';

describe('werkcoach municipalities', () => {
  const t = useTestApp();

  it("the admin sets them, the coordinator reads them, another organiser's municipality is refused", async () => {
    const own = await setUpOrganiser(t.app, ['admin', 'coordinator']);
    const other = await setUpOrganiser(t.app, ['admin']);
    const [veurne] = await buildMunicipalities(t.app.database.db, own.organiser.id, [{ nisCode: '38025', nameNl: 'Veurne', postcodes: ['8630'] }]);
    const [gent] = await buildMunicipalities(t.app.database.db, other.organiser.id, [{ nisCode: '44021', nameNl: 'Gent', postcodes: ['9000'] }]);
    if (!veurne || !gent) throw new Error('no municipalities');

    const saved = await own.sessions.admin.request({ method: 'PUT', url: '/api/coach-municipalities', payload: { municipalityIds: [veurne.id] } });
    expect(saved.statusCode).toBe(200);
    const read = await own.sessions.coordinator.request({ method: 'GET', url: '/api/coach-municipalities' });
    expect(coachMunicipalitiesSchema.parse(read.json()).municipalityIds).toEqual([veurne.id]);

    const foreign = await own.sessions.admin.request({ method: 'PUT', url: '/api/coach-municipalities', payload: { municipalityIds: [gent.id] } });
    expect(foreign.statusCode).toBe(404);
    expect((await own.sessions.coordinator.request({ method: 'PUT', url: '/api/coach-municipalities', payload: { municipalityIds: [] } })).statusCode).toBe(403);
    expect((await own.sessions.admin.request({ method: 'PUT', url: '/api/coach-municipalities', payload: { municipalityIds: ['not-an-id'] } })).statusCode).toBe(400);
  });
});
