import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { hoursCountersResponseSchema, timeEntryCheckSchema, timeEntryListSchema, timeEntrySchema } from '../../../contracts/time-entries';
import type { JobSchedule } from '../../../domain/job-requests/job-schedule';
import { parseCivilDate } from '../../../domain/time/civil-date';
import { putClientInGoodStanding, registerClientThroughApi } from '../../testing/client-fixtures';
import { buildMunicipality, nextInsz } from '../../testing/participant-fixtures';
import { setUpOrganiser, useTestApp, type Session } from '../../testing/test-app';
import { auditEvents } from '../../platform/audit/schema';
import { assignments } from '../assignments/schema';
import { jobRequests } from '../job-requests/schema';
import { participants, participantWorkedDays } from '../participants/schema';
import { trajectories } from '../trajectories/schema';
import { timeEntries } from './schema';

/** Weekdays 08:00–16:00 through December 2026; the test clock stands on Tuesday 2026-11-24. */
const schedule: JobSchedule = {
  kind: 'weekly',
  startDate: parseCivilDate('2026-11-02'),
  endDate: parseCivilDate('2026-12-31'),
  slots: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 480, endMinute: 960 })),
  minutesPerSession: 480,
};

describe('time entries: registration, counters and the caps', () => {
  const t = useTestApp();

  const setUp = async () => {
    const own = await setUpOrganiser(t.app, ['coordinator', 'admin', 'participant', 'client']);
    const other = await setUpOrganiser(t.app, ['coordinator', 'participant']);
    const db = t.app.database.db;
    await buildMunicipality(db, own.organiser.id, 'Veurne', ['8630']);
    const coordinator = own.sessions.coordinator;
    const client = await registerClientThroughApi(coordinator, { email: 'marleen@example.be' });
    await putClientInGoodStanding(coordinator, client.id);

    const participant = async (accountId: string | null, trajectoryStart: string | null = '2026-09-01') => {
      const [row] = await db
        .insert(participants)
        .values({
          organiserId: own.organiser.id,
          firstName: 'Saïdjah',
          lastName: `Peeters ${nextInsz().slice(-4)}`,
          insz: nextInsz(),
          street: 'Kaaistraat 12',
          postcode: '8630',
          city: 'Veurne',
          email: 'saidjah@example.be',
          preferredChannel: 'email',
          preferredLanguage: 'nl',
          transportModes: ['bicycle'],
          activityCodes: [],
          availability: [],
          maxTravelKm: 10,
          benefitStatus: 'unemployment_benefit',
          vdabRegistered: true,
          availableForLabourMarket: true,
          hadPwaContractOn20170930: false,
          referralAgency: 'vdab',
          accountId,
          status: 'active',
          createdAt: new Date(),
          updatedAt: new Date(),
        })
        .returning();
      if (!row) throw new Error('no participant');
      if (trajectoryStart !== null) {
        await db.insert(trajectories).values({
          organiserId: own.organiser.id,
          participantId: row.id,
          startDate: trajectoryStart,
          pwaTransitional: false,
          plannedEndDate: '2027-08-31',
          createdAt: new Date(),
        });
      }
      return row;
    };

    const assignment = async (participantId: string, status: 'planned' | 'proposed' = 'planned') => {
      const [request] = await db
        .insert(jobRequests)
        .values({
          organiserId: own.organiser.id,
          clientId: client.id,
          activityCode: 'garden.light',
          description: 'Gras maaien en hagen snoeien',
          placeStreet: 'Noordstraat 4',
          placePostcode: '8630',
          placeCity: 'Veurne',
          schedule,
          status: 'planned',
          origin: 'staff',
          createdAt: new Date(),
          updatedAt: new Date(),
        })
        .returning();
      if (!request) throw new Error('no job request');
      const [row] = await db
        .insert(assignments)
        .values({
          organiserId: own.organiser.id,
          jobRequestId: request.id,
          participantId,
          clientId: client.id,
          activityCode: 'garden.light',
          placeStreet: 'Noordstraat 4',
          placePostcode: '8630',
          placeCity: 'Veurne',
          schedule,
          distanceSource: 'estimate',
          status,
          matchFactors: [],
          proposedByAccountId: coordinator.accountId,
          proposedAt: new Date(),
          createdAt: new Date(),
          updatedAt: new Date(),
        })
        .returning();
      if (!row) throw new Error('no assignment');
      return row;
    };

    const worker = await participant(own.sessions.participant.accountId);
    const work = await assignment(worker.id);
    return { own, other, client, participant, assignment, worker, work, coordinator };
  };

  const register = (session: Session, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
    session.request({ method: 'POST', url: '/api/me/time-entries', payload, headers });

  const totalCountedHours = async (participantId: string) => {
    const [row] = await t.app.database.db
      .select({ hours: sql<number>`coalesce(sum(${participantWorkedDays.countedHours}), 0)::int` })
      .from(participantWorkedDays)
      .where(eq(participantWorkedDays.participantId, participantId));
    return row?.hours ?? 0;
  };

  it('journey: the counters before saving, the participant registers hours, the list and counters show them, and the audit has it', async () => {
    const { own, worker, work, client } = await setUp();
    const me = own.sessions.participant;
    const before = hoursCountersResponseSchema.parse((await me.request({ method: 'GET', url: '/api/me/hours-counters' })).json());
    expect(before.counters).toMatchObject({
      date: '2026-11-24',
      month: { usedHours: 0, capHours: 60 },
      year: { usedHours: 0, capHours: 630 },
      trajectory: { monthNumber: 3, ofMonths: 12 },
    });

    const body = { assignmentId: work.id, workDate: '2026-11-23', startTime: '09:00', endTime: '12:15' };
    const check = timeEntryCheckSchema.parse((await me.request({ method: 'POST', url: '/api/me/time-entries/check', payload: body })).json());
    expect(check).toMatchObject({ accepted: true, minutes: 195, countedHours: 4, refusals: [] });
    expect(await t.app.database.db.select().from(timeEntries).where(eq(timeEntries.participantId, worker.id))).toHaveLength(0);

    const created = await register(me, body);
    expect(created.statusCode).toBe(201);
    const entry = timeEntrySchema.strict().parse(created.json());
    expect(entry).toMatchObject({
      status: 'registered',
      participant: { id: worker.id },
      client: { id: client.id },
      activityCode: 'garden.light',
      workDate: '2026-11-23',
      startTime: '09:00',
      endTime: '12:15',
      minutes: 195,
      countedHours: 4,
      enteredBy: { onBehalf: false },
      // Five working days from Tuesday 24 November.
      confirmDeadline: '2026-12-01',
      correctedByEntryId: null,
    });

    const duration = await register(me, { assignmentId: work.id, workDate: '2026-11-20', minutes: 60 });
    expect(duration.statusCode).toBe(201);
    expect(timeEntrySchema.parse(duration.json())).toMatchObject({ startTime: null, endTime: null, minutes: 60, countedHours: 1 });

    const list = timeEntryListSchema.parse((await me.request({ method: 'GET', url: '/api/me/time-entries?month=2026-11' })).json());
    expect(list.entries.map((item) => item.workDate)).toEqual(['2026-11-20', '2026-11-23']);
    const staffList = timeEntryListSchema.parse(
      (await own.sessions.coordinator.request({ method: 'GET', url: `/api/participants/${worker.id}/time-entries?month=2026-11` })).json(),
    );
    expect(staffList.entries).toHaveLength(2);
    expect(timeEntryListSchema.parse((await me.request({ method: 'GET', url: '/api/me/time-entries?month=2026-10' })).json()).entries).toEqual([]);

    const after = hoursCountersResponseSchema.parse((await me.request({ method: 'GET', url: '/api/me/hours-counters?date=2026-11-24' })).json());
    expect(after.counters).toMatchObject({ month: { usedHours: 5, remainingHours: 55 }, year: { usedHours: 5 }, remainingHours: 55 });
    const audit = await t.app.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, entry.id), eq(auditEvents.action, 'time_entry.register')));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.changedFields).toMatchObject({ minutes: 195, countedHours: 4, onBehalf: false });
  });

  it('a coordinator registers on behalf of the participant: marked, audited, shown to the participant', async () => {
    const { own, worker, work, coordinator } = await setUp();
    const created = await coordinator.request({
      method: 'POST',
      url: `/api/participants/${worker.id}/time-entries`,
      payload: { assignmentId: work.id, workDate: '2026-11-19', minutes: 150 },
    });
    expect(created.statusCode).toBe(201);
    const entry = timeEntrySchema.parse(created.json());
    expect(entry.enteredBy).toEqual({ name: expect.any(String), onBehalf: true });
    const mine = timeEntryListSchema.parse((await own.sessions.participant.request({ method: 'GET', url: '/api/me/time-entries?month=2026-11' })).json());
    expect(mine.entries.map((item) => item.id)).toEqual([entry.id]);
    const counters = hoursCountersResponseSchema.parse(
      (await coordinator.request({ method: 'GET', url: `/api/participants/${worker.id}/hours-counters?date=2026-11-19` })).json(),
    );
    expect(counters.counters?.month.usedHours).toBe(3);
    const check = timeEntryCheckSchema.parse(
      (
        await coordinator.request({
          method: 'POST',
          url: `/api/participants/${worker.id}/time-entries/check`,
          payload: { assignmentId: work.id, workDate: '2026-11-19', minutes: 60 },
        })
      ).json(),
    );
    expect(check).toMatchObject({ accepted: true, counters: { month: { usedHours: 3 } } });
  });

  it('refusals with their code and rule: future, overlap, not workable, outside the trajectory, beyond 60 h; nothing is saved', async () => {
    const { own, participant, assignment, worker, work } = await setUp();
    const me = own.sessions.participant;
    const refusal = async (payload: Record<string, unknown>) => {
      const response = await register(me, payload);
      expect(response.statusCode).toBe(422);
      return response.json<{ error: { code: string; details: { rule: string | null } } }>().error;
    };
    expect(await refusal({ assignmentId: work.id, workDate: '2026-11-25', minutes: 60 })).toMatchObject({ code: 'TIME_ENTRY_IN_FUTURE', details: { rule: null } });
    expect((await register(me, { assignmentId: work.id, workDate: '2026-11-23', startTime: '09:00', endTime: '11:00' })).statusCode).toBe(201);
    expect(await refusal({ assignmentId: work.id, workDate: '2026-11-23', startTime: '10:30', endTime: '12:00' })).toMatchObject({ code: 'TIME_ENTRY_OVERLAP' });
    expect((await register(me, { assignmentId: work.id, workDate: '2026-11-23', startTime: '11:00', endTime: '12:00' })).statusCode).toBe(201);
    const proposal = await assignment(worker.id, 'proposed');
    expect(await refusal({ assignmentId: proposal.id, workDate: '2026-11-23', minutes: 30 })).toMatchObject({ code: 'ASSIGNMENT_NOT_WORKABLE' });
    expect(await refusal({ assignmentId: work.id, workDate: '2026-08-31', minutes: 30 })).toMatchObject({ code: 'OUTSIDE_TRAJECTORY', details: { rule: 'R5' } });
    expect((await register(me, { assignmentId: work.id, workDate: '2026-11-16', minutes: 1440 })).statusCode).toBe(201);
    expect((await register(me, { assignmentId: work.id, workDate: '2026-11-17', minutes: 1440 })).statusCode).toBe(201);
    // 3 + 24 + 24 = 51 h: 10 more would be 61.
    const check = timeEntryCheckSchema.parse(
      (await me.request({ method: 'POST', url: '/api/me/time-entries/check', payload: { assignmentId: work.id, workDate: '2026-11-18', minutes: 600 } })).json(),
    );
    expect(check).toMatchObject({ accepted: false, refusals: [{ code: 'HOURS_MONTH_CAP_EXCEEDED', rule: 'R4', details: { usedHours: 51, remainingHours: 9 } }] });
    expect(await refusal({ assignmentId: work.id, workDate: '2026-11-18', minutes: 600 })).toMatchObject({ code: 'HOURS_MONTH_CAP_EXCEEDED', details: { rule: 'R4' } });
    expect((await register(me, { assignmentId: work.id, workDate: '2026-11-18', minutes: 540 })).statusCode).toBe(201);
    expect(await totalCountedHours(worker.id)).toBe(60);
    // Without any trajectory nothing can be registered.
    const newcomer = await participant(null, null);
    const newcomerWork = await assignment(newcomer.id);
    const refused = await own.sessions.coordinator.request({
      method: 'POST',
      url: `/api/participants/${newcomer.id}/time-entries`,
      payload: { assignmentId: newcomerWork.id, workDate: '2026-11-18', minutes: 60 },
    });
    expect(refused.json()).toMatchObject({ error: { code: 'TRAJECTORY_NOT_STARTED', details: { rule: 'R5' } } });
  });

  it('access: 401, 403, another organiser 404, another participant’s assignment 404, bad input 400', async () => {
    const { own, other, participant, assignment, worker, work } = await setUp();
    const body = { assignmentId: work.id, workDate: '2026-11-23', minutes: 60 };
    expect((await t.app.inject({ method: 'POST', url: '/api/me/time-entries', payload: body })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/participants/${worker.id}/hours-counters` })).statusCode).toBe(401);
    expect((await own.sessions.client.request({ method: 'POST', url: '/api/me/time-entries', payload: body })).statusCode).toBe(403);
    expect((await own.sessions.participant.request({ method: 'POST', url: `/api/participants/${worker.id}/time-entries`, payload: body })).statusCode).toBe(403);
    expect((await own.sessions.admin.request({ method: 'POST', url: `/api/participants/${worker.id}/time-entries`, payload: body })).statusCode).toBe(403);
    const otherCoordinator = other.sessions.coordinator;
    expect((await otherCoordinator.request({ method: 'POST', url: `/api/participants/${worker.id}/time-entries`, payload: body })).statusCode).toBe(404);
    expect((await otherCoordinator.request({ method: 'GET', url: `/api/participants/${worker.id}/time-entries?month=2026-11` })).statusCode).toBe(404);
    expect((await otherCoordinator.request({ method: 'GET', url: `/api/participants/${worker.id}/hours-counters` })).statusCode).toBe(404);
    expect((await register(other.sessions.participant, body)).statusCode).toBe(404);
    const colleague = await participant(null);
    const colleagueWork = await assignment(colleague.id);
    expect((await register(own.sessions.participant, { ...body, assignmentId: colleagueWork.id })).statusCode).toBe(404);
    expect(
      (
        await own.sessions.coordinator.request({
          method: 'POST',
          url: `/api/participants/${worker.id}/time-entries`,
          payload: { ...body, assignmentId: colleagueWork.id },
        })
      ).statusCode,
    ).toBe(404);
    for (const bad of [
      { assignmentId: work.id, workDate: '2026-11-23' },
      { assignmentId: work.id, workDate: '2026-11-23', minutes: 60, startTime: '09:00', endTime: '10:00' },
      { assignmentId: work.id, workDate: '2026-11-23', startTime: '09:00' },
      { assignmentId: work.id, workDate: '2026-11-23', minutes: 0 },
      { assignmentId: work.id, workDate: '23-11-2026', minutes: 60 },
    ]) {
      expect((await register(own.sessions.participant, bad)).statusCode, JSON.stringify(bad)).toBe(400);
    }
    const backwards = await register(own.sessions.participant, { assignmentId: work.id, workDate: '2026-11-23', startTime: '12:00', endTime: '09:00' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ error: { code: 'TIME_ENTRY_END_BEFORE_START' } });
    expect((await own.sessions.participant.request({ method: 'GET', url: '/api/me/time-entries?month=2026-13' })).statusCode).toBe(400);
    expect(await t.app.database.db.select().from(timeEntries).where(eq(timeEntries.participantId, worker.id))).toHaveLength(0);
  });

  it('concurrency: 50 registrations at once that together ask 100 h end at or under 60 h', async () => {
    const { own, worker, work } = await setUp();
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        register(own.sessions.participant, { assignmentId: work.id, workDate: `2026-11-${String((index % 20) + 1).padStart(2, '0')}`, minutes: 120 }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 201)).toHaveLength(30);
    expect(statuses.filter((status) => status === 422)).toHaveLength(20);
    expect(await totalCountedHours(worker.id)).toBe(60);
    const [stored] = await t.app.database.db
      .select({ hours: sql<number>`coalesce(sum(${timeEntries.countedHours}), 0)::int` })
      .from(timeEntries)
      .where(eq(timeEntries.participantId, worker.id));
    expect(stored?.hours).toBe(60);
  });

  it('idempotency: 50 identical requests with one key create exactly one entry; another body with the key is refused', async () => {
    const { own, worker, work } = await setUp();
    const body = { assignmentId: work.id, workDate: '2026-11-23', minutes: 90 };
    const headers = { 'idempotency-key': 'uren-2026-11-23' };
    const responses = await Promise.all(Array.from({ length: 50 }, () => register(own.sessions.participant, body, headers)));
    expect(responses.every((response) => [201, 409].includes(response.statusCode))).toBe(true);
    expect(await t.app.database.db.select().from(timeEntries).where(eq(timeEntries.participantId, worker.id))).toHaveLength(1);
    const replay = await register(own.sessions.participant, body, headers);
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect((await register(own.sessions.participant, { ...body, minutes: 60 }, headers)).json()).toMatchObject({ error: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    expect(await totalCountedHours(worker.id)).toBe(2);
  });
});
