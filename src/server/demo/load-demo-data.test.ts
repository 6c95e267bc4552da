import { describe, expect, it } from 'vitest';
import { clientDetailSchema, clientPageSchema } from '../../contracts/clients';
import { participantPageSchema, remindersResponseSchema } from '../../contracts/participants';
import { referralPageSchema } from '../../contracts/referrals';
import { logIn, useTestApp } from '../testing/test-app';
import { demoEmail, demoPassword, loadDemoData } from './load-demo-data';

describe('demo data', () => {
  const t = useTestApp();

  it('loads once, gives every role a working login and a consistent caseload', async () => {
    expect(await loadDemoData(t.app.database.db, t.clock.now())).toEqual({ created: true });
    expect(await loadDemoData(t.app.database.db, t.clock.now())).toEqual({ created: false });

    const coordinator = await logIn(t.app, demoEmail('coordinator'), demoPassword);
    const all = participantPageSchema.parse((await coordinator.request({ method: 'GET', url: '/api/participants' })).json());
    expect(all.items).toHaveLength(5);
    for (const participant of all.items) {
      expect((await coordinator.request({ method: 'GET', url: `/api/participants/${participant.id}` })).statusCode).toBe(200);
    }
    expect(all.items.filter((item) => item.status === 'active')).toHaveLength(3);
    const queue = referralPageSchema.parse((await coordinator.request({ method: 'GET', url: '/api/referrals?status=received' })).json());
    expect(queue.items).toHaveLength(2);

    const counsellor = await logIn(t.app, demoEmail('counsellor'), demoPassword);
    const caseload = participantPageSchema.parse((await counsellor.request({ method: 'GET', url: '/api/participants' })).json());
    expect(caseload.items.map((item) => item.lastName).sort()).toEqual(['Decroos', 'Lannoo', 'Vanhoutte', 'Vermeulen']);
    const reminders = remindersResponseSchema.parse((await counsellor.request({ method: 'GET', url: '/api/reminders' })).json());
    expect(reminders.items.map((item) => item.kind)).toContain('evaluation_due');

    const coach = await logIn(t.app, demoEmail('coach'), demoPassword);
    const coached = participantPageSchema.parse((await coach.request({ method: 'GET', url: '/api/participants' })).json());
    expect(coached.items.map((item) => item.firstName)).toEqual(['Saïdjah']);

    const portal = await logIn(t.app, demoEmail('participant'), demoPassword);
    const own = participantPageSchema.parse((await portal.request({ method: 'GET', url: '/api/participants' })).json());
    expect(own.items.map((item) => `${item.firstName} ${item.lastName}`)).toEqual(['Jan Vermeulen']);
    const other = all.items.find((item) => item.lastName !== 'Vermeulen');
    expect((await portal.request({ method: 'GET', url: `/api/participants/${other?.id}` })).statusCode).toBe(404);

    const clientList = clientPageSchema.parse((await coordinator.request({ method: 'GET', url: '/api/clients' })).json());
    const details = await Promise.all(
      clientList.items.map(async (item) => clientDetailSchema.parse((await coordinator.request({ method: 'GET', url: `/api/clients/${item.id}` })).json())),
    );
    expect(new Set(details.map((client) => client.localAuthorityKind ?? client.category))).toEqual(
      new Set(['private_person', 'municipality', 'ocmw', 'police_zone', 'fire_zone', 'non_profit', 'school', 'agriculture_horticulture']),
    );
    expect(details.filter((client) => client.planning.allowed).length).toBeGreaterThanOrEqual(4);
    expect(details.some((client) => client.planning.reasons.some((reason) => reason.code === 'CLIENT_REGISTRATION_FEE_UNPAID'))).toBe(true);
    const added = await coordinator.request({
      method: 'POST',
      url: '/api/clients',
      payload: {
        category: 'private_person',
        localAuthorityKind: null,
        name: 'Nieuwe Klant',
        enterpriseNumber: null,
        address: { street: 'Markt 1', postcode: '8630', city: 'Veurne' },
        email: null,
        phone: null,
        preferredChannel: 'phone',
        preferredLanguage: 'nl',
        contacts: [],
      },
    });
    expect(clientDetailSchema.parse(added.json()).clientNumber).toBe(details.length + 1);

    const failed = (await coordinator.request({ method: 'GET', url: '/api/messages?status=failed' })).json<{ items: Array<{ recipientName: string }> }>();
    expect(failed.items.map((item) => item.recipientName)).toEqual(['Ornella Declercq']);

    for (const role of ['admin', 'finance', 'auditor', 'client'] as const) {
      await expect(logIn(t.app, demoEmail(role), demoPassword)).resolves.toBeDefined();
    }
  });
});
