import { describe, expect, it } from 'vitest';
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

    const failed = (await coordinator.request({ method: 'GET', url: '/api/messages?status=failed' })).json<{ items: Array<{ recipientName: string }> }>();
    expect(failed.items.map((item) => item.recipientName)).toEqual(['Ornella Declercq']);

    for (const role of ['admin', 'finance', 'auditor', 'participant', 'client'] as const) {
      await expect(logIn(t.app, demoEmail(role), demoPassword)).resolves.toBeDefined();
    }
  });
});
