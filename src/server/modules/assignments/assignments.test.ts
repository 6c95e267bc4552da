import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { assignmentSchema, calendarFeedSchema, myPlanningSchema, plannedVisitsSchema, planningWeekSchema, type Assignment } from '../../../contracts/assignments';
import type { JobSchedule } from '../../../domain/job-requests/job-schedule';
import { parseCivilDate } from '../../../domain/time/civil-date';
import { putClientInGoodStanding, registerClientThroughApi } from '../../testing/client-fixtures';
import { buildMunicipality, nextInsz } from '../../testing/participant-fixtures';
import { buildAccount } from '../../testing/factories';
import { logIn, setUpOrganiser, useTestApp, type Session } from '../../testing/test-app';
import { jobRequests } from '../job-requests/schema';
import { messages } from '../messages/schema';
import { participants, participantWorkedDays } from '../participants/schema';
import { trajectories } from '../trajectories/schema';

const weekly = (startDate: string, endDate: string, weekdays: number[], startMinute: number, minutesPerSession: number): JobSchedule => ({
  kind: 'weekly',
  startDate: parseCivilDate(startDate),
  endDate: parseCivilDate(endDate),
  slots: weekdays.map((weekday) => ({ weekday, startMinute, endMinute: startMinute + minutesPerSession })),
  minutesPerSession,
});

/** Tuesdays in December 2026, 09:00–12:00: five sessions, 15 hours. */
const tuesdayMornings = weekly('2026-12-01', '2026-12-29', [2], 540, 180);
/** Every weekday of a week, 08:00–16:00: 40 hours. */
const fullWeek = (monday: string, sunday: string) => weekly(monday, sunday, [1, 2, 3, 4, 5], 480, 480);

/** One minute-level strict parse of what an iCalendar holds: its VEVENTs' properties, unfolded. */
const parseIcal = (text: string) => {
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  const lines = text.replaceAll(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return { events, hasBrusselsZone: lines.includes('TZID:Europe/Brussels') };
};

describe('assignments', () => {
  const t = useTestApp();

  const setUp = async () => {
    const own = await setUpOrganiser(t.app, ['coordinator', 'admin', 'auditor', 'coach', 'participant', 'client']);
    const other = await setUpOrganiser(t.app, ['coordinator', 'participant']);
    const db = t.app.database.db;
    await buildMunicipality(db, own.organiser.id, 'Veurne', ['8630']);
    const coordinator = own.sessions.coordinator;

    const client = await registerClientThroughApi(coordinator, { email: 'marleen@example.be' });
    await putClientInGoodStanding(coordinator, client.id);

    const jobRequest = async (schedule: JobSchedule, clientId = client.id, organiserId = own.organiser.id) => {
      const [row] = await db
        .insert(jobRequests)
        .values({
          organiserId,
          clientId,
          activityCode: 'garden.light',
          description: 'Gras maaien en hagen snoeien',
          placeStreet: 'Noordstraat 4',
          placePostcode: '8630',
          placeCity: 'Veurne',
          schedule,
          // The coordinator took it into matching: proposing comes after that step.
          status: 'matching',
          origin: 'staff',
          createdAt: new Date(),
          updatedAt: new Date(),
        })
        .returning();
      if (!row) throw new Error('no job request');
      return row;
    };

    const participant = async (organiserId = own.organiser.id, accountId: string | null = null, trajectoryStart: string | null = '2026-09-01') => {
      const [row] = await db
        .insert(participants)
        .values({
          organiserId,
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
        await db
          .insert(trajectories)
          .values({ organiserId, participantId: row.id, startDate: trajectoryStart, pwaTransitional: false, plannedEndDate: '2027-02-28', createdAt: new Date() });
      }
      return row;
    };
    const worker = await participant(own.organiser.id, own.sessions.participant.accountId);
    return { own, other, client, jobRequest, participant, worker, coordinator };
  };

  const propose = (session: Session, payload: Record<string, unknown>) => session.request({ method: 'POST', url: '/api/assignments', payload });
  const accept = (session: Session, assignment: Pick<Assignment, 'id' | 'version'>) =>
    session.request({ method: 'POST', url: `/api/me/proposals/${assignment.id}/accept`, payload: { version: assignment.version } });

  it('journey: propose, the participant is told, accepts in the portal; both planners and the iCal feed show the sessions', async () => {
    const { own, client, jobRequest, worker, coordinator } = await setUp();
    const request = await jobRequest(tuesdayMornings);
    const created = await propose(coordinator, { jobRequestId: request.id, participantId: worker.id });
    expect(created.statusCode).toBe(201);
    const proposal = assignmentSchema.strict().parse(created.json());
    expect(proposal).toMatchObject({
      status: 'proposed',
      client: { id: client.id, name: 'Marleen Vandamme' },
      place: { postcode: '8630', city: 'Veurne' },
      oneWayMetres: 0,
      roundTripMetres: 0,
      distanceSource: 'estimate',
      schedule: { kind: 'weekly', slots: [{ weekday: 2, startTime: '09:00', endTime: '12:00' }] },
      planningWarnings: [],
    });
    const told = await t.app.database.db
      .select()
      .from(messages)
      .where(and(eq(messages.recipientParticipantId, worker.id), eq(messages.template, 'assignment-proposed')));
    expect(told).toHaveLength(1);

    const participant = own.sessions.participant;
    const mine = myPlanningSchema.parse((await participant.request({ method: 'GET', url: '/api/me/planning' })).json());
    expect(mine.proposals.map((item) => item.id)).toEqual([proposal.id]);
    expect(mine.sessions.every((session) => session.tentative)).toBe(true);

    const accepted = await accept(participant, proposal);
    expect(accepted.statusCode).toBe(200);
    expect(assignmentSchema.parse(accepted.json())).toMatchObject({ status: 'planned', answeredVia: 'portal', version: 2 });
    expect((await accept(participant, proposal)).statusCode).toBe(409);

    const week = planningWeekSchema.parse((await coordinator.request({ method: 'GET', url: '/api/planning?week=2026-W49' })).json());
    expect(week).toMatchObject({ from: '2026-11-30', to: '2026-12-06' });
    expect(week.participants).toHaveLength(1);
    expect(week.participants[0]?.sessions).toMatchObject([{ date: '2026-12-01', startTime: '09:00', endTime: '12:00', tentative: false }]);
    const visits = plannedVisitsSchema.parse((await coordinator.request({ method: 'GET', url: `/api/planning/clients/${client.id}` })).json());
    expect(visits.sessions.map((session) => session.date)).toEqual(['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29']);
    const after = myPlanningSchema.parse((await participant.request({ method: 'GET', url: '/api/me/planning' })).json());
    expect(after.proposals).toEqual([]);
    expect(after.sessions).toHaveLength(5);

    const feed = calendarFeedSchema.parse((await participant.request({ method: 'POST', url: '/api/me/calendar-feed' })).json());
    expect(feed.url).toMatch(/\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
    const path = new URL(feed.url ?? '').pathname;
    const ics = await t.app.inject({ method: 'GET', url: path });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    const parsed = parseIcal(ics.body);
    expect(parsed.hasBrusselsZone).toBe(true);
    expect(parsed.events).toHaveLength(5);
    expect(parsed.events[0]).toMatchObject({
      'DTSTART;TZID=Europe/Brussels': '20261201T090000',
      'DTEND;TZID=Europe/Brussels': '20261201T120000',
      STATUS: 'CONFIRMED',
      LOCATION: 'Noordstraat 4\\, 8630 Veurne',
    });
    expect(parsed.events[0]?.DTSTAMP).toMatch(/Z$/);
    expect(calendarFeedSchema.parse((await participant.request({ method: 'GET', url: '/api/me/calendar-feed' })).json())).toMatchObject({ active: true, url: null });
    expect((await participant.request({ method: 'DELETE', url: '/api/me/calendar-feed' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/ical/not-a-token.ics' })).statusCode).toBe(400);
  });

  it('a proposal beyond 60 h a month only warns; accepting it is refused with R4 and nothing changes', async () => {
    const { own, jobRequest, worker, coordinator } = await setUp();
    const request = await jobRequest(fullWeek('2026-12-01', '2026-12-31'));
    const proposal = assignmentSchema.parse((await propose(coordinator, { jobRequestId: request.id, participantId: worker.id, oneWayMetres: 2500 })).json());
    expect(proposal).toMatchObject({ status: 'proposed', oneWayMetres: 2500, roundTripMetres: 5000, distanceSource: 'staff' });
    expect(proposal.planningWarnings).toMatchObject([{ code: 'HOURS_MONTH_CAP_EXCEEDED', rule: 'R4' }]);
    const refused = await accept(own.sessions.participant, proposal);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: { code: 'HOURS_MONTH_CAP_EXCEEDED', details: { rule: 'R4' } } });
    const still = assignmentSchema.parse((await coordinator.request({ method: 'GET', url: `/api/assignments/${proposal.id}` })).json());
    expect(still).toMatchObject({ status: 'proposed', version: 1 });
  });

  it('hours already worked this month count: 40 h worked plus a planned week of 32 h from today is refused with R4', async () => {
    const { own, jobRequest, worker, coordinator } = await setUp();
    // Five worked days of 8 h before the test clock's Tuesday 2026-11-24.
    await t.app.database.db.insert(participantWorkedDays).values(
      ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'].map((workDate) => ({
        organiserId: own.organiser.id,
        participantId: worker.id,
        workDate,
        countedHours: 8,
        workedMinutes: 480,
      })),
    );
    const request = await jobRequest(fullWeek('2026-11-24', '2026-11-30'));
    const proposal = assignmentSchema.parse((await propose(coordinator, { jobRequestId: request.id, participantId: worker.id })).json());
    expect(proposal.planningWarnings).toMatchObject([{ code: 'HOURS_MONTH_CAP_EXCEEDED', rule: 'R4', details: { usedHours: 56 } }]);
    expect((await accept(own.sessions.participant, proposal)).statusCode).toBe(422);
  });

  it('planning past the trajectory end is refused; a participant without a trajectory gets a warning, then a refusal', async () => {
    const { own, client, jobRequest, participant, coordinator } = await setUp();
    // A trajectory from 1 July runs to 31 December (R5: six months); the work goes on into January, paid for (R17).
    await coordinator.request({ method: 'POST', url: `/api/clients/${client.id}/fee-payments`, payload: { year: 2027, paidOn: '2026-12-01' } });
    const endingAccount = await buildAccount(t.app.database.db, own.organiser.id, 'participant');
    const ending = await participant(own.organiser.id, endingAccount.id, '2026-07-01');
    const pastEnd = await jobRequest(weekly('2026-12-01', '2027-01-31', [2], 540, 60));
    const proposal = assignmentSchema.parse((await propose(coordinator, { jobRequestId: pastEnd.id, participantId: ending.id })).json());
    expect(proposal.planningWarnings).toMatchObject([{ code: 'OUTSIDE_TRAJECTORY' }]);
    expect((await accept(await logIn(t.app, endingAccount.email), proposal)).json()).toMatchObject({ error: { code: 'OUTSIDE_TRAJECTORY' } });

    const newcomer = await participant(own.organiser.id, null, null);
    const request = await jobRequest(tuesdayMornings);
    const toNewcomer = assignmentSchema.parse((await propose(coordinator, { jobRequestId: request.id, participantId: newcomer.id })).json());
    expect(toNewcomer.planningWarnings).toMatchObject([{ code: 'TRAJECTORY_NOT_STARTED', rule: 'R5' }]);
    const phone = await coordinator.request({ method: 'POST', url: `/api/assignments/${toNewcomer.id}/phone-answer`, payload: { version: 1, answer: 'accepted' } });
    expect(phone.statusCode).toBe(422);
    const declined = await coordinator.request({
      method: 'POST',
      url: `/api/assignments/${toNewcomer.id}/phone-answer`,
      payload: { version: 1, answer: 'declined', reason: 'Heeft geen tijd op dinsdag' },
    });
    expect(assignmentSchema.parse(declined.json())).toMatchObject({ status: 'declined', answeredVia: 'phone', statusReason: 'Heeft geen tijd op dinsdag' });
  });

  it('two accepts for one participant cannot together pass 60 h a month (the participant row is locked)', async () => {
    const { own, jobRequest, worker, coordinator } = await setUp();
    const first = await jobRequest(fullWeek('2026-12-07', '2026-12-13'));
    const second = await jobRequest(fullWeek('2026-12-14', '2026-12-20'));
    const proposals = await Promise.all(
      [first, second].map(async (request) => assignmentSchema.parse((await propose(coordinator, { jobRequestId: request.id, participantId: worker.id })).json())),
    );
    const answers = await Promise.all(proposals.map((proposal) => accept(own.sessions.participant, proposal)));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 422]);
  });

  it('R17: a client without a signed agreement and paid fee cannot have work proposed', async () => {
    const { jobRequest, worker, coordinator } = await setUp();
    const unsigned = await registerClientThroughApi(coordinator, {
      name: 'Jef Vermeersch',
      address: { street: 'Zuidstraat 9', postcode: '8630', city: 'Veurne' },
      phone: '058 00 00 00',
      preferredChannel: 'phone',
    });
    const request = await jobRequest(tuesdayMornings, unsigned.id);
    const refused = await propose(coordinator, { jobRequestId: request.id, participantId: worker.id });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      error: { details: { reasons: [{ code: 'CLIENT_AGREEMENT_NOT_SIGNED' }, { code: 'CLIENT_REGISTRATION_FEE_UNPAID', rule: 'R17' }] } },
    });
  });

  it('R17 for every year the sessions fall in: work from 29 December to 5 January needs the fee of both years', async () => {
    const { own, client, jobRequest, worker, coordinator } = await setUp();
    const request = await jobRequest(weekly('2026-12-29', '2027-01-05', [2], 540, 60));
    const refused = await propose(coordinator, { jobRequestId: request.id, participantId: worker.id });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: { details: { reasons: [{ code: 'CLIENT_REGISTRATION_FEE_UNPAID', rule: 'R17', details: { year: 2027 } }] } } });

    expect((await coordinator.request({ method: 'POST', url: `/api/clients/${client.id}/fee-payments`, payload: { year: 2027, paidOn: '2026-12-01' } })).statusCode).toBe(
      201,
    );
    const proposal = assignmentSchema.parse((await propose(coordinator, { jobRequestId: request.id, participantId: worker.id })).json());
    expect(proposal.status).toBe('proposed');
    expect(assignmentSchema.parse((await accept(own.sessions.participant, proposal)).json()).status).toBe('planned');
  });

  it('access: 401, 403, another organiser 404, another participant 404, bad input 400; withdraw, end and cancel with a stale version 409', async () => {
    const { own, other, jobRequest, worker, participant, coordinator } = await setUp();
    const request = await jobRequest(tuesdayMornings);
    expect((await t.app.inject({ method: 'POST', url: '/api/assignments', payload: { jobRequestId: request.id, participantId: worker.id } })).statusCode).toBe(401);
    for (const role of ['admin', 'auditor', 'coach', 'participant', 'client'] as const) {
      expect((await propose(own.sessions[role], { jobRequestId: request.id, participantId: worker.id })).statusCode, role).toBe(403);
    }
    expect((await propose(other.sessions.coordinator, { jobRequestId: request.id, participantId: worker.id })).statusCode).toBe(404);
    expect((await propose(coordinator, { jobRequestId: request.id, participantId: worker.id, oneWayMetres: -1 })).statusCode).toBe(400);
    expect((await coordinator.request({ method: 'GET', url: '/api/planning?week=2025-W53' })).statusCode).toBe(400);

    const proposal = assignmentSchema.parse((await propose(coordinator, { jobRequestId: request.id, participantId: worker.id })).json());
    expect((await propose(coordinator, { jobRequestId: request.id, participantId: worker.id })).statusCode).toBe(409);
    expect((await other.sessions.coordinator.request({ method: 'GET', url: `/api/assignments/${proposal.id}` })).statusCode).toBe(404);
    expect((await accept(other.sessions.participant, proposal)).statusCode).toBe(404);
    // Another wijk-werker of the same organiser: the proposal is not theirs.
    const [account] = await t.app.database.db
      .select()
      .from(participants)
      .where(eq(participants.id, (await participant()).id));
    expect(account).toBeDefined();
    expect(
      (await own.sessions.participant.request({ method: 'POST', url: `/api/me/proposals/${proposal.id}/decline`, payload: { version: 1, reason: '' } })).statusCode,
    ).toBe(400);
    const otherWeek = planningWeekSchema.parse((await other.sessions.coordinator.request({ method: 'GET', url: '/api/planning?week=2026-W49' })).json());
    expect(otherWeek.participants).toEqual([]);

    const reason = { reason: 'Klant heeft afgezegd' };
    expect((await coordinator.request({ method: 'POST', url: `/api/assignments/${proposal.id}/end`, payload: { version: 1, ...reason } })).statusCode).toBe(409);
    expect((await coordinator.request({ method: 'POST', url: `/api/assignments/${proposal.id}/withdraw`, payload: { version: 9, ...reason } })).statusCode).toBe(409);
    const withdrawn = await coordinator.request({ method: 'POST', url: `/api/assignments/${proposal.id}/withdraw`, payload: { version: 1, ...reason } });
    expect(assignmentSchema.parse(withdrawn.json())).toMatchObject({ status: 'withdrawn', statusReason: 'Klant heeft afgezegd' });

    const again = assignmentSchema.parse((await propose(coordinator, { jobRequestId: request.id, participantId: worker.id })).json());
    const planned = assignmentSchema.parse((await accept(own.sessions.participant, again)).json());
    const cancelled = await coordinator.request({ method: 'POST', url: `/api/assignments/${planned.id}/cancel`, payload: { version: planned.version, ...reason } });
    expect(assignmentSchema.parse(cancelled.json())).toMatchObject({ status: 'cancelled' });
  });
});
