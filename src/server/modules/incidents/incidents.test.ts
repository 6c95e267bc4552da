import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { incidentListSchema, incidentSchema } from '../../../contracts/incidents';
import { buildCandidate } from '../../testing/matching-fixtures';
import { setUpOrganiser, useTestApp } from '../../testing/test-app';
import { participants } from '../participants/schema';

describe('incidents (R20)', () => {
  const t = useTestApp();

  const what = { location: 'Tuin, Kaaistraat 12, Veurne', description: 'Uitgegleden op natte tegels.', injuries: true, witnesses: 'Mevr. Peeters' };

  /** An organiser on `today` (sessions expire, so the clock is set before logging in) with one participant. */
  const setUp = async (today = '2026-11-24') => {
    t.clock.set(new Date(`${today}T09:00:00Z`));
    const { organiser, sessions } = await setUpOrganiser(t.app, ['coordinator', 'coach', 'participant', 'client', 'finance']);
    const participantId = await buildCandidate(t.app.database.db, organiser.id, { firstName: 'Ilse' });
    await t.app.database.db.update(participants).set({ accountId: sessions.participant.accountId }).where(eq(participants.id, participantId));
    return { sessions, participantId };
  };

  it('a report carries the VDAB deadline of 7 working days, also over Easter Monday', async () => {
    const { sessions, participantId } = await setUp('2027-03-26');
    const response = await sessions.coordinator.request({
      method: 'POST',
      url: '/api/incidents',
      payload: { ...what, participantId, occurredOn: '2027-03-25', occurredAt: '10:30' },
    });
    expect(response.statusCode).toBe(201);
    expect(incidentSchema.parse(response.json())).toMatchObject({
      reportDeadline: '2027-04-06',
      overdue: false,
      status: 'open',
      filedByRole: 'coordinator',
      occurredAt: '10:30',
    });
  });

  it('an open incident past its deadline is overdue and listed first; marking it reported clears that and names who', async () => {
    const { sessions, participantId } = await setUp();
    const late = await sessions.participant.request({ method: 'POST', url: '/api/me/incidents', payload: { ...what, occurredOn: '2026-11-10' } });
    expect(late.statusCode).toBe(201);
    const lateIncident = incidentSchema.parse(late.json());
    expect(lateIncident).toMatchObject({ participant: { id: participantId }, reportDeadline: '2026-11-20', overdue: true, filedByRole: 'participant' });
    const recent = await sessions.coordinator.request({ method: 'POST', url: '/api/incidents', payload: { ...what, participantId, occurredOn: '2026-11-23' } });
    expect(incidentSchema.parse(recent.json())).toMatchObject({ reportDeadline: '2026-12-02', overdue: false });

    const list = incidentListSchema.parse((await sessions.coordinator.request({ method: 'GET', url: '/api/incidents?status=open' })).json());
    expect(list.incidents.map((incident) => incident.id)[0]).toBe(lateIncident.id);

    const url = `/api/incidents/${lateIncident.id}/reported`;
    const reported = await sessions.coordinator.request({ method: 'POST', url, payload: { version: 1, reportedOn: '2026-11-24', vdabReference: 'VDAB-2026-0042' } });
    expect(reported.statusCode).toBe(200);
    expect(incidentSchema.parse(reported.json())).toMatchObject({
      status: 'reported',
      overdue: false,
      reportedOn: '2026-11-24',
      vdabReference: 'VDAB-2026-0042',
      version: 2,
    });
    const again = await sessions.coordinator.request({ method: 'POST', url, payload: { version: 2, reportedOn: '2026-11-24', vdabReference: 'X' } });
    expect(again.statusCode).toBe(409);
    const closed = await sessions.coordinator.request({ method: 'POST', url: `/api/incidents/${lateIncident.id}/close`, payload: { version: 2 } });
    expect(incidentSchema.parse(closed.json())).toMatchObject({ status: 'closed' });
  });

  it('access: 401 without a session, 403 outside the policy, 404 for what the reporter may not see or another organiser', async () => {
    const { sessions, participantId } = await setUp();
    const other = await setUpOrganiser(t.app, ['coordinator']);
    const body = { ...what, participantId, occurredOn: '2026-11-23' };
    expect((await t.app.inject({ method: 'POST', url: '/api/incidents', payload: body })).statusCode).toBe(401);
    expect((await sessions.finance.request({ method: 'POST', url: '/api/incidents', payload: body })).statusCode).toBe(403);
    expect((await sessions.participant.request({ method: 'GET', url: '/api/incidents' })).statusCode).toBe(403);
    expect((await sessions.client.request({ method: 'GET', url: '/api/incidents' })).statusCode).toBe(403);
    // A coach reports only for the people they coach; another organiser's coordinator sees neither record nor incident.
    expect((await sessions.coach.request({ method: 'POST', url: '/api/incidents', payload: body })).statusCode).toBe(404);
    expect((await other.sessions.coordinator.request({ method: 'POST', url: '/api/incidents', payload: body })).statusCode).toBe(404);
    const filed = incidentSchema.parse((await sessions.coordinator.request({ method: 'POST', url: '/api/incidents', payload: body })).json());
    expect((await other.sessions.coordinator.request({ method: 'GET', url: `/api/incidents/${filed.id}` })).statusCode).toBe(404);
    expect((await sessions.coordinator.request({ method: 'GET', url: `/api/incidents/${filed.id}` })).statusCode).toBe(200);
    // A wijk-werker reports only for themselves; a client contact only on an assignment at their client.
    expect((await sessions.participant.request({ method: 'POST', url: '/api/me/incidents', payload: body })).statusCode).toBe(400);
    const someAssignment = '00000000-0000-4000-8000-000000000000';
    expect(
      (await sessions.participant.request({ method: 'POST', url: '/api/me/incidents', payload: { ...what, occurredOn: '2026-11-23', assignmentId: someAssignment } }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await sessions.client.request({
          method: 'POST',
          url: '/api/client-portal/incidents',
          payload: { ...what, occurredOn: '2026-11-23', assignmentId: someAssignment },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('bad input: a future day, a missing description, a malformed time are 400', async () => {
    const { sessions, participantId } = await setUp();
    const post = (payload: object) =>
      sessions.coordinator.request({ method: 'POST', url: '/api/incidents', payload: { ...what, participantId, occurredOn: '2026-11-23', ...payload } });
    expect((await post({ occurredOn: '2026-12-01' })).statusCode).toBe(400);
    expect((await post({ description: '' })).statusCode).toBe(400);
    expect((await post({ occurredAt: '25:00' })).statusCode).toBe(400);
    expect((await sessions.coordinator.request({ method: 'GET', url: '/api/incidents/nope' })).statusCode).toBe(400);
  });
});
