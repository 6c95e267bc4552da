import { describe, expect, it } from 'vitest';
import { municipalityListSchema } from '../../../contracts/municipalities';
import { buildMunicipalities } from '../../testing/factories';
import { setUpOrganiser, useTestApp } from '../../testing/test-app';

describe('municipalities', () => {
  const t = useTestApp();

  it("lists the organiser's own municipalities only; 401 without a session, 403 for a client", async () => {
    const own = await setUpOrganiser(t.app, ['coordinator', 'client']);
    const other = await setUpOrganiser(t.app, ['coordinator']);
    await buildMunicipalities(t.app.database.db, own.organiser.id, [{ nisCode: '38025', nameNl: 'Veurne', postcodes: ['8630'] }]);
    await buildMunicipalities(t.app.database.db, other.organiser.id, [{ nisCode: '44021', nameNl: 'Gent', postcodes: ['9000'] }]);

    const list = municipalityListSchema.parse((await own.sessions.coordinator.request({ method: 'GET', url: '/api/municipalities' })).json());
    expect(list.items.map((municipality) => municipality.nameNl)).toEqual(['Veurne']);
    expect((await t.app.inject({ method: 'GET', url: '/api/municipalities' })).statusCode).toBe(401);
    expect((await own.sessions.client.request({ method: 'GET', url: '/api/municipalities' })).statusCode).toBe(403);
  });
});
