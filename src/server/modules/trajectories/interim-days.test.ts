import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { participantDetailSchema } from '../../../contracts/participants';
import { interimDaysSchema } from '../../../contracts/trajectories';
import { buildCandidate } from '../../testing/matching-fixtures';
import { setUpOrganiser, useTestApp } from '../../testing/test-app';
import { participants } from '../participants/schema';

describe('interim days (R18)', () => {
  const t = useTestApp();

  /** An organiser with a participant whose trajectory runs 2026-07-01 – 2027-06-30, the participant logged in. */
  const setUp = async () => {
    const { organiser, sessions } = await setUpOrganiser(t.app, ['coordinator', 'counsellor', 'participant', 'client']);
    const participantId = await buildCandidate(t.app.database.db, organiser.id, { firstName: 'Ilse' });
    await t.app.database.db.update(participants).set({ accountId: sessions.participant.accountId }).where(eq(participants.id, participantId));
    return { sessions, participantId };
  };

  const days = (from: number, count: number) => Array.from({ length: count }, (_, index) => `2026-11-${String(from + index).padStart(2, '0')}`);

  it('eleven interim days in 28 end the trajectory window the day before the eleventh; removing one restores it', async () => {
    const { sessions, participantId } = await setUp();
    for (const workedOn of days(2, 10)) {
      const recorded = await sessions.coordinator.request({ method: 'POST', url: `/api/participants/${participantId}/interim-days`, payload: { workedOn } });
      expect(recorded.statusCode).toBe(201);
    }
    const own = await sessions.participant.request({ method: 'POST', url: '/api/me/interim-days', payload: { workedOn: '2026-11-12' } });
    expect(own.statusCode).toBe(201);
    const status = interimDaysSchema.parse(own.json());
    expect(status).toMatchObject({ daysInCurrentWindow: 11, maxDays: 10, periodDays: 28, exceededOn: '2026-11-12' });

    const detail = participantDetailSchema.parse((await sessions.coordinator.request({ method: 'GET', url: `/api/participants/${participantId}` })).json());
    expect(detail.trajectories[0]).toMatchObject({ endDate: '2026-11-11', status: 'ended' });

    const last = status.days.find((day) => day.workedOn === '2026-11-12');
    const removed = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/participants/${participantId}/interim-days/${last?.id}/remove`,
      payload: { reason: 'Verkeerd ingegeven' },
    });
    expect(removed.statusCode).toBe(200);
    expect(interimDaysSchema.parse(removed.json())).toMatchObject({ daysInCurrentWindow: 10, exceededOn: null });
    const again = participantDetailSchema.parse((await sessions.coordinator.request({ method: 'GET', url: `/api/participants/${participantId}` })).json());
    expect(again.trajectories[0]).toMatchObject({ endDate: '2026-12-31', status: 'active' });
    const mine = interimDaysSchema.parse((await sessions.participant.request({ method: 'GET', url: '/api/me/interim-days' })).json());
    expect(mine.days).toHaveLength(10);
  });

  it('a day already recorded is refused (409), a future day is refused (400), and bad input is 400', async () => {
    const { sessions, participantId } = await setUp();
    const url = `/api/participants/${participantId}/interim-days`;
    expect((await sessions.coordinator.request({ method: 'POST', url, payload: { workedOn: '2026-11-20' } })).statusCode).toBe(201);
    const twice = await sessions.coordinator.request({ method: 'POST', url, payload: { workedOn: '2026-11-20' } });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: { code: 'ALREADY_EXISTS' } });
    expect((await sessions.coordinator.request({ method: 'POST', url, payload: { workedOn: '2026-12-20' } })).statusCode).toBe(400);
    expect((await sessions.coordinator.request({ method: 'POST', url, payload: { workedOn: 'gisteren' } })).statusCode).toBe(400);
    expect((await sessions.coordinator.request({ method: 'POST', url: `${url}/not-an-id/remove`, payload: { reason: 'x' } })).statusCode).toBe(400);
  });

  it('401 without a session, 403 for a client contact, 404 for a counsellor who does not follow them and for another organiser', async () => {
    const { sessions, participantId } = await setUp();
    const other = await setUpOrganiser(t.app, ['coordinator']);
    const url = `/api/participants/${participantId}/interim-days`;
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await sessions.client.request({ method: 'GET', url })).statusCode).toBe(403);
    expect((await sessions.client.request({ method: 'POST', url: '/api/me/interim-days', payload: { workedOn: '2026-11-20' } })).statusCode).toBe(403);
    expect((await sessions.participant.request({ method: 'GET', url })).statusCode).toBe(403);
    expect((await sessions.counsellor.request({ method: 'POST', url, payload: { workedOn: '2026-11-20' } })).statusCode).toBe(404);
    expect((await other.sessions.coordinator.request({ method: 'GET', url })).statusCode).toBe(404);
  });
});
