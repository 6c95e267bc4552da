import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { candidatesResponseSchema, type CandidatesResponse } from '../../../contracts/matching';
import { parseCivilDate } from '../../../domain/time/civil-date';
import { auditEvents } from '../../platform/audit/schema';
import { participantWorkedDays } from '../participants/schema';
import { buildMunicipality } from '../../testing/participant-fixtures';
import { setUpOrganiser, useTestApp, type Session } from '../../testing/test-app';
import { buildAssignment, buildCandidate, buildJobRequest, registerClient, scheduleOf, tuesdayMowing } from '../../testing/matching-fixtures';

const ranked = (response: CandidatesResponse) => {
  if (response.status !== 'ranked') throw new Error(`not ranked: ${JSON.stringify(response)}`);
  return response;
};

// Every day of December 2026, 8 hours: 248 firm hours, far past the 60 of the month (R4).
const fullDecember = scheduleOf({
  kind: 'weekly',
  slots: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime: '08:00', endTime: '16:00' })),
  startDate: parseCivilDate('2026-12-01'),
  endDate: parseCivilDate('2026-12-31'),
  minutesPerSession: 480,
});

describe('matching: a job request’s candidates', () => {
  const t = useTestApp();

  const setUp = async () => {
    const own = await setUpOrganiser(t.app, ['coordinator', 'admin', 'auditor', 'coach', 'participant']);
    const other = await setUpOrganiser(t.app, ['coordinator']);
    const db = t.app.database.db;
    const organiserId = own.organiser.id;
    await buildMunicipality(db, organiserId, 'Poperinge', ['8970']);
    const coordinator = own.sessions.coordinator;
    const clientId = await registerClient(coordinator, 'Marleen Vandamme', true);
    const jobRequestId = await buildJobRequest(db, { organiserId, clientId });
    const anna = await buildCandidate(db, organiserId, { firstName: 'Anna' });
    const bert = await buildCandidate(db, organiserId, { firstName: 'Bert', postcode: '8900', city: 'Ieper' });
    const chris = await buildCandidate(db, organiserId, { firstName: 'Chris', activityCodes: ['small_repairs.painting'] });
    const dora = await buildCandidate(db, organiserId, { firstName: 'Dora', trajectory: { startDate: '2025-11-01', plannedEndDate: '2026-10-31' } });
    const emiel = await buildCandidate(db, organiserId, { firstName: 'Emiel', trajectory: null });
    const gert = await buildCandidate(db, organiserId, { firstName: 'Gert' });
    await buildCandidate(db, organiserId, { firstName: 'Fien', status: 'intake' });
    await buildCandidate(db, other.organiser.id, { firstName: 'Elders' });
    const otherRequest = await buildJobRequest(db, { organiserId, clientId });
    await buildAssignment(db, {
      organiserId,
      jobRequestId: otherRequest,
      participantId: gert,
      clientId,
      proposedByAccountId: coordinator.accountId,
      status: 'planned',
      schedule: fullDecember,
    });
    return { own, other, coordinator, organiserId, clientId, jobRequestId, ids: { anna, bert, chris, dora, emiel, gert } };
  };

  const candidates = async (session: Session, jobRequestId: string) => {
    const response = await session.request({ method: 'GET', url: `/api/job-requests/${jobRequestId}/candidates` });
    expect(response.statusCode, response.body).toBe(200);
    return candidatesResponseSchema.parse(response.json());
  };

  const setDistance = (session: Session, jobRequestId: string, participantId: string, oneWayMetres: unknown) =>
    session.request({ method: 'PUT', url: `/api/job-requests/${jobRequestId}/candidates/${participantId}/distance`, payload: { oneWayMetres } });

  it('ranks the eligible active participants with one line per factor, and lists every other with its reasons (R4, R5, R7)', async () => {
    const { coordinator, organiserId, jobRequestId, ids } = await setUp();
    await buildCandidate(t.app.database.db, organiserId, { firstName: 'Hanne', postcode: '9000', city: 'Gent' });
    const answer = ranked(await candidates(coordinator, jobRequestId));
    expect(answer.firstSessionDate).toBe('2026-12-01');
    expect(answer.sessionHours).toBe(3);
    expect(answer.ranked.map((candidate) => candidate.name)).toEqual(['Anna Test', 'Bert Test']);
    const [first, second] = answer.ranked;
    expect(first).toMatchObject({ participantId: ids.anna, rank: 1, maxScore: 1000, city: 'Poperinge', distance: { source: 'estimate' }, alreadyProposed: false });
    expect(first?.factors.map((line) => line.code)).toEqual(['DISTANCE', 'AVAILABILITY_FIT', 'REMAINING_HOURS', 'TRAJECTORY_TIME_LEFT', 'CONTINUITY', 'FAIRNESS']);
    expect(first?.score).toBe(first?.factors.reduce((sum, line) => sum + line.points, 0));
    expect(second?.rank).toBe(2);
    expect(second?.distance?.oneWayMetres).toBeGreaterThan(first?.distance?.oneWayMetres ?? 0);

    // Decision 150: SQL rules out who did not choose the activity or has no (running) trajectory, and only counts
    // them; the ranking's exclusions are listed by name with every reason.
    const reasons = Object.fromEntries(answer.excluded.map((entry) => [entry.participantId, entry.reasons.map((reason) => `${reason.code}/${reason.rule}`)]));
    expect(reasons).toEqual({ [ids.gert]: ['HOURS_MONTH_CAP_REACHED/R4'] });
    expect(answer.excluded.map((entry) => entry.name)).toEqual(['Gert Test']);
    expect(answer.excludedTotal).toBe(5);
    expect(answer.excludedCounts).toEqual([
      { code: 'ACTIVITY_NOT_CHOSEN_BY_PARTICIPANT', rule: 'R7', count: 1 },
      { code: 'HOURS_MONTH_CAP_REACHED', rule: 'R4', count: 1 },
      { code: 'NO_TRAJECTORY', rule: 'R5', count: 1 },
      { code: 'OUTSIDE_MAX_DISTANCE', rule: null, count: 1 },
      { code: 'TRAJECTORY_ENDS_BEFORE_START', rule: 'R5', count: 1 },
    ]);
    expect(answer.excludedListed).toEqual({ offset: 0, limit: 50, total: 1 });
    const nextPage = await coordinator.request({ method: 'GET', url: `/api/job-requests/${jobRequestId}/candidates`, query: { excludedOffset: '1' } });
    expect(nextPage.statusCode, nextPage.body).toBe(200);
    expect(nextPage.json()).toMatchObject({ status: 'ranked', excluded: [], excludedListed: { offset: 1, total: 1 } });
    const badOffset = await coordinator.request({ method: 'GET', url: `/api/job-requests/${jobRequestId}/candidates?excludedOffset=-1` });
    expect(badOffset.statusCode).toBe(400);
  });

  it('hours already worked count against the caps: 630 h worked this year leaves no room for December (R4)', async () => {
    const { coordinator, organiserId, jobRequestId, ids } = await setUp();
    // 21 days of 24 counted hours and 21 of 6 before the test clock's 2026-11-24: 630 h.
    const days = Array.from({ length: 21 }, (_, index) => `2026-0${(index % 9) + 1}-${String(Math.floor(index / 9) + 10)}`);
    await t.app.database.db.insert(participantWorkedDays).values([
      ...days.map((workDate) => ({ organiserId, participantId: ids.anna, workDate, countedHours: 24, workedMinutes: 1440 })),
      ...days.map((workDate) => ({ organiserId, participantId: ids.anna, workDate: workDate.replace('2026-', '2025-'), countedHours: 24, workedMinutes: 1440 })),
      ...Array.from({ length: 21 }, (_, index) => ({
        organiserId,
        participantId: ids.anna,
        workDate: `2026-10-${String(index + 1).padStart(2, '0')}`,
        countedHours: 6,
        workedMinutes: 360,
      })),
    ]);
    const answer = ranked(await candidates(coordinator, jobRequestId));
    expect(answer.ranked.map((candidate) => candidate.name)).toEqual(['Bert Test']);
    expect(answer.excluded.find((entry) => entry.participantId === ids.anna)?.reasons.map((reason) => `${reason.code}/${reason.rule}`)).toEqual([
      'HOURS_YEAR_CAP_REACHED/R4',
    ]);
  });

  it('a staff km changes the rank, is kept for the pair, audited, and holds for another request at the same place', async () => {
    const { coordinator, organiserId, clientId, jobRequestId, ids } = await setUp();
    const response = await setDistance(coordinator, jobRequestId, ids.anna, 29_000);
    expect(response.statusCode, response.body).toBe(200);
    const answer = ranked(candidatesResponseSchema.parse(response.json()));
    expect(answer.ranked.map((candidate) => candidate.participantId)).toEqual([ids.bert, ids.anna]);
    expect(answer.ranked[1]?.distance).toEqual({ oneWayMetres: 29_000, roundTripMetres: 58_000, source: 'staff' });
    expect(answer.ranked[1]?.factors[0]).toMatchObject({ code: 'DISTANCE', details: { oneWayMetres: 29_000, source: 'staff' } });

    const beyond = ranked(candidatesResponseSchema.parse((await setDistance(coordinator, jobRequestId, ids.anna, 31_000)).json()));
    expect(beyond.excluded.find((entry) => entry.participantId === ids.anna)?.reasons).toEqual([
      { code: 'OUTSIDE_MAX_DISTANCE', rule: null, details: { oneWayMetres: 31_000, maxOneWayMetres: 30_000, limitedBy: 'participant', source: 'staff' } },
    ]);
    const audit = await t.app.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organiserId, organiserId), eq(auditEvents.action, 'matching.distance.set')));
    expect(audit.map((row) => row.changedFields)).toEqual([
      expect.objectContaining({ oneWayMetres: 29_000, previousOneWayMetres: null, jobRequestId }),
      expect.objectContaining({ oneWayMetres: 31_000, previousOneWayMetres: 29_000 }),
    ]);

    const samePlace = await buildJobRequest(t.app.database.db, { organiserId, clientId });
    expect(ranked(await candidates(coordinator, samePlace)).ranked.map((candidate) => candidate.participantId)).toEqual([ids.bert]);
  });

  it('continuity with the household and an open proposal for this request show in the answer', async () => {
    const { coordinator, organiserId, clientId, jobRequestId, ids } = await setUp();
    const earlier = await buildJobRequest(t.app.database.db, { organiserId, clientId });
    const base = { organiserId, clientId, proposedByAccountId: coordinator.accountId, schedule: tuesdayMowing };
    await buildAssignment(t.app.database.db, { ...base, jobRequestId: earlier, participantId: ids.bert, status: 'ended' });
    await buildAssignment(t.app.database.db, { ...base, jobRequestId, participantId: ids.anna, status: 'proposed' });
    const answer = ranked(await candidates(coordinator, jobRequestId));
    expect(answer.ranked.map((candidate) => [candidate.name, candidate.alreadyProposed])).toEqual([
      ['Bert Test', false],
      ['Anna Test', true],
    ]);
    expect(answer.ranked[0]?.factors.find((line) => line.factor === 'continuity')).toMatchObject({ code: 'CONTINUITY', points: 150, details: { priorAssignments: 1 } });
  });

  it('R17: a client without a signed agreement and a paid fee gets the gate’s reasons, nobody is ranked', async () => {
    const { coordinator, organiserId } = await setUp();
    const unsigned = await registerClient(coordinator, 'Jozef Lams', false);
    const jobRequestId = await buildJobRequest(t.app.database.db, { organiserId, clientId: unsigned });
    const answer = await candidates(coordinator, jobRequestId);
    expect(answer).toMatchObject({
      status: 'client_not_in_good_standing',
      jobRequest: { id: jobRequestId, clientName: 'Jozef Lams' },
      reasons: [
        { code: 'CLIENT_AGREEMENT_NOT_SIGNED', rule: 'R7' },
        { code: 'CLIENT_REGISTRATION_FEE_UNPAID', rule: 'R17' },
      ],
    });
    expect(answer).not.toHaveProperty('ranked');
  });

  it('a request for an activity not on the list is refused as a whole, with its reasons (R15)', async () => {
    const { coordinator, organiserId, clientId } = await setUp();
    const jobRequestId = await buildJobRequest(t.app.database.db, { organiserId, clientId, activityCode: 'no_such.activity' });
    const answer = await candidates(coordinator, jobRequestId);
    expect(answer.status).toBe('request_refused');
    expect(answer.status === 'request_refused' && answer.reasons.length).toBeGreaterThan(0);
  });

  it('401 without a session, 403 for other roles, 404 for another organiser’s ids, 400 for bad input', async () => {
    const { own, other, jobRequestId, ids } = await setUp();
    expect((await t.app.inject({ method: 'GET', url: `/api/job-requests/${jobRequestId}/candidates` })).statusCode).toBe(401);
    for (const role of ['admin', 'auditor', 'coach', 'participant'] as const) {
      expect((await own.sessions[role].request({ method: 'GET', url: `/api/job-requests/${jobRequestId}/candidates` })).statusCode, role).toBe(403);
      expect((await setDistance(own.sessions[role], jobRequestId, ids.anna, 1000)).statusCode, role).toBe(403);
    }
    const stranger = other.sessions.coordinator;
    expect((await stranger.request({ method: 'GET', url: `/api/job-requests/${jobRequestId}/candidates` })).statusCode).toBe(404);
    expect((await setDistance(stranger, jobRequestId, ids.anna, 1000)).statusCode).toBe(404);
    const foreignRequest = await buildJobRequest(t.app.database.db, { organiserId: other.organiser.id, clientId: await registerClient(stranger, 'Elders', true) });
    expect((await setDistance(own.sessions.coordinator, foreignRequest, ids.anna, 1000)).statusCode).toBe(404);
    expect((await setDistance(stranger, foreignRequest, ids.anna, 1000)).json()).toMatchObject({ error: { code: 'NOT_FOUND', message: 'Participant not found' } });
    for (const bad of [-1, 1.5, 300_001, '12', null]) {
      const response = await setDistance(own.sessions.coordinator, jobRequestId, ids.anna, bad);
      expect(response.statusCode, String(bad)).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    }
  });
});
