import { describe, expect, it } from 'vitest';
import { organiserSettingsSchema } from '../../../contracts/organiser';
import { buildAccount } from '../../testing/factories';
import { logIn, setUpOrganiser, useTestApp } from '../../testing/test-app';

describe('organiser settings', () => {
  const t = useTestApp();

  it('the admin turns the staff second factor on; a coordinator reads but may not change it; versions guard updates', async () => {
    const { organiser, sessions } = await setUpOrganiser(t.app, ['admin', 'coordinator', 'participant']);
    const current = organiserSettingsSchema.strict().parse((await sessions.coordinator.request({ method: 'GET', url: '/api/organiser' })).json());
    expect(current).toMatchObject({ id: organiser.id, requireStaffTwoFactor: false, outsideAreaPolicy: 'warn', version: 1 });
    expect((await sessions.participant.request({ method: 'GET', url: '/api/organiser' })).statusCode).toBe(403);
    expect((await sessions.coordinator.request({ method: 'PATCH', url: '/api/organiser', payload: { version: 1, requireStaffTwoFactor: true } })).statusCode).toBe(403);
    const updated = await sessions.admin.request({ method: 'PATCH', url: '/api/organiser', payload: { version: 1, requireStaffTwoFactor: true } });
    expect(updated.json()).toMatchObject({ requireStaffTwoFactor: true, version: 2 });
    expect((await sessions.admin.request({ method: 'PATCH', url: '/api/organiser', payload: { version: 1, name: 'X' } })).statusCode).toBe(409);
    const refuse = await sessions.admin.request({ method: 'PATCH', url: '/api/organiser', payload: { version: 2, outsideAreaPolicy: 'refuse' } });
    expect(refuse.json()).toMatchObject({ outsideAreaPolicy: 'refuse', requireStaffTwoFactor: true, version: 3 });
    expect((await sessions.admin.request({ method: 'PATCH', url: '/api/organiser', payload: { version: 3, outsideAreaPolicy: 'ignore' } })).statusCode).toBe(400);
    const nextLogin = await logIn(t.app, (await buildAccount(t.app.database.db, organiser.id, 'finance')).email);
    expect((await nextLogin.request({ method: 'GET', url: '/api/session' })).json()).toMatchObject({ stage: 'enrollment' });
  });

  it('settings are per organiser: the admin only ever sees and changes their own', async () => {
    const own = await setUpOrganiser(t.app, ['admin']);
    const other = await setUpOrganiser(t.app, ['admin']);
    await other.sessions.admin.request({ method: 'PATCH', url: '/api/organiser', payload: { version: 1, name: 'Andere naam' } });
    const mine = organiserSettingsSchema.parse((await own.sessions.admin.request({ method: 'GET', url: '/api/organiser' })).json());
    expect(mine.id).toBe(own.organiser.id);
    expect(mine.name).not.toBe('Andere naam');
  });
});
