import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { timeEntryCorrectionSchema, answerableTimeEntriesSchema, timeEntryResolutionResultSchema, timeEntrySchema } from '../../../contracts/time-entries';
import { auditEvents } from '../../platform/audit/schema';
import { setUpOrganiser, useTestApp } from '../../testing/test-app';
import { buildClientWithContact, buildTimeEntry, buildWorkerAtClient, storedTimeEntry } from '../../testing/time-entry-fixtures';
import { messages } from '../messages/schema';
import { participantWorkedDays } from '../participants/schema';
import { autoConfirmTimeEntries } from './auto-confirm-time-entries';

describe('time entries: the client confirms or contests, the job confirms after the deadline, the coordinator settles', () => {
  const t = useTestApp();
  const db = () => t.app.database.db;

  const setUp = async () => {
    const own = await setUpOrganiser(t.app, ['coordinator', 'admin', 'auditor', 'participant', 'client']);
    const other = await setUpOrganiser(t.app, ['coordinator', 'client']);
    const client = await buildClientWithContact(db(), own.sessions.coordinator, own.sessions.client.accountId);
    const { participant, assignment } = await buildWorkerAtClient(db(), own.organiser.id, client.id, own.sessions.coordinator.accountId);
    const entry = (workDate = '2026-11-17', minutes = 180, confirmDeadline = '2026-11-24') =>
      buildTimeEntry(db(), { organiserId: own.organiser.id, assignment, enteredByAccountId: own.sessions.coordinator.accountId, workDate, minutes, confirmDeadline });
    const otherClient = await buildClientWithContact(db(), other.sessions.coordinator, other.sessions.client.accountId, 'Jan Elders');
    const otherWorker = await buildWorkerAtClient(db(), other.organiser.id, otherClient.id, other.sessions.coordinator.accountId);
    const elsewhere = await buildTimeEntry(db(), {
      organiserId: other.organiser.id,
      assignment: otherWorker.assignment,
      enteredByAccountId: other.sessions.coordinator.accountId,
      workDate: '2026-11-17',
      minutes: 120,
      confirmDeadline: '2026-11-24',
    });
    return { own, other, client, participant, entry, elsewhere };
  };

  const workedDay = async (participantId: string, workDate: string) =>
    (
      await db()
        .select({ countedHours: participantWorkedDays.countedHours, workedMinutes: participantWorkedDays.workedMinutes })
        .from(participantWorkedDays)
        .where(and(eq(participantWorkedDays.participantId, participantId), eq(participantWorkedDays.workDate, workDate)))
    )[0];
  const auditActions = async (entityId: string) =>
    (await db().select({ action: auditEvents.action, role: auditEvents.actorRole }).from(auditEvents).where(eq(auditEvents.entityId, entityId))).map(
      (row) => `${row.action}:${row.role}`,
    );

  it('the client contact sees its open hours and confirms one in the portal; answered twice is refused', async () => {
    const { own, entry } = await setUp();
    const open = await entry();
    const listed = answerableTimeEntriesSchema.parse((await own.sessions.client.request({ method: 'GET', url: '/api/client-portal/time-entries' })).json());
    expect(listed.items.map((item) => [item.id, item.status])).toEqual([[open.id, 'registered']]);

    const confirmed = await own.sessions.client.request({ method: 'POST', url: `/api/client-portal/time-entries/${open.id}/confirm`, payload: { version: 1 } });
    expect(confirmed.statusCode).toBe(200);
    expect(timeEntrySchema.strict().parse(confirmed.json())).toMatchObject({ status: 'confirmed', answeredVia: 'portal', version: 2, countedHours: 3 });
    expect(await auditActions(open.id)).toEqual(['time_entry.confirm:client']);

    const again = await own.sessions.client.request({ method: 'POST', url: `/api/client-portal/time-entries/${open.id}/confirm`, payload: { version: 2 } });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'INVALID_STATE' } });
  });

  it('portal answers: 401 without login, 403 for staff, 404 for another organiser’s entry, 400 for a contest without reason, 409 stale', async () => {
    const { own, entry, elsewhere } = await setUp();
    const open = await entry();
    const url = `/api/client-portal/time-entries/${open.id}/confirm`;
    expect((await t.app.inject({ method: 'POST', url, payload: { version: 1 } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/client-portal/time-entries' })).statusCode).toBe(401);
    expect((await own.sessions.coordinator.request({ method: 'POST', url, payload: { version: 1 } })).statusCode).toBe(403);
    expect((await own.sessions.participant.request({ method: 'GET', url: '/api/client-portal/time-entries' })).statusCode).toBe(403);
    expect(
      (await own.sessions.client.request({ method: 'POST', url: `/api/client-portal/time-entries/${elsewhere.id}/confirm`, payload: { version: 1 } })).statusCode,
    ).toBe(404);
    const contest = `/api/client-portal/time-entries/${open.id}/contest`;
    expect((await own.sessions.client.request({ method: 'POST', url: contest, payload: { version: 1, reason: '  ' } })).statusCode).toBe(400);
    expect((await own.sessions.client.request({ method: 'POST', url: contest, payload: { version: 1 } })).statusCode).toBe(400);
    expect((await own.sessions.client.request({ method: 'POST', url: contest, payload: { version: 7, reason: 'Niet gekomen' } })).statusCode).toBe(409);
    expect((await own.sessions.client.request({ method: 'POST', url: '/api/client-portal/time-entries/not-an-id/confirm', payload: { version: 1 } })).statusCode).toBe(
      400,
    );
  });

  it('a contested entry goes to the coordinator’s queue; kept → confirmed, and the participant is told', async () => {
    const { own, participant, entry } = await setUp();
    const open = await entry();
    const contested = await own.sessions.client.request({
      method: 'POST',
      url: `/api/client-portal/time-entries/${open.id}/contest`,
      payload: { version: 1, reason: 'Ze was om 11 uur al weg' },
    });
    expect(contested.statusCode).toBe(200);
    expect(timeEntrySchema.parse(contested.json())).toMatchObject({ status: 'contested', contestReason: 'Ze was om 11 uur al weg' });

    const queue = answerableTimeEntriesSchema.parse((await own.sessions.admin.request({ method: 'GET', url: '/api/time-entries/contested' })).json());
    expect(queue.items.map((item) => item.id)).toEqual([open.id]);

    const kept = await own.sessions.coordinator.request({
      method: 'POST',
      url: `/api/time-entries/${open.id}/resolve`,
      payload: { resolution: 'kept', version: 2, reason: 'De wijk-werker toonde haar planning: tot 12 uur.' },
    });
    expect(kept.statusCode).toBe(200);
    expect(timeEntryResolutionResultSchema.parse(kept.json())).toMatchObject({ original: { status: 'confirmed', resolution: 'kept' }, correction: null });
    expect(await workedDay(participant.id, '2026-11-17')).toEqual({ countedHours: 3, workedMinutes: 180 });
    const told = await db().select({ template: messages.template }).from(messages).where(eq(messages.recipientParticipantId, participant.id));
    expect(told.map((row) => row.template)).toEqual(['time-entry-resolved']);
    expect(answerableTimeEntriesSchema.parse((await own.sessions.coordinator.request({ method: 'GET', url: '/api/time-entries/contested' })).json()).items).toEqual([]);
  });

  it('rejected takes the hours off the worked days; changed makes a new confirmed entry and keeps the original as corrected', async () => {
    const { own, participant, entry } = await setUp();
    const first = await entry('2026-11-17', 180);
    const second = await entry('2026-11-18', 240);
    for (const open of [first, second]) {
      const contested = await own.sessions.client.request({
        method: 'POST',
        url: `/api/client-portal/time-entries/${open.id}/contest`,
        payload: { version: 1, reason: 'Klopt niet' },
      });
      expect(contested.statusCode).toBe(200);
    }
    const rejected = await own.sessions.coordinator.request({
      method: 'POST',
      url: `/api/time-entries/${first.id}/resolve`,
      payload: { resolution: 'rejected', version: 2, reason: 'Die dag was het werk afgezegd.' },
    });
    expect(rejected.statusCode).toBe(200);
    expect(timeEntryResolutionResultSchema.parse(rejected.json()).original).toMatchObject({ status: 'rejected', resolutionReason: 'Die dag was het werk afgezegd.' });
    expect(await workedDay(participant.id, '2026-11-17')).toEqual({ countedHours: 0, workedMinutes: 0 });

    const changed = await own.sessions.coordinator.request({
      method: 'POST',
      url: `/api/time-entries/${second.id}/resolve`,
      payload: { resolution: 'changed', version: 2, reason: 'Het waren twee uur.', worked: { startTime: '09:00', endTime: '11:00' } },
    });
    expect(changed.statusCode).toBe(200);
    const { original, correction } = timeEntryResolutionResultSchema.parse(changed.json());
    expect(original).toMatchObject({ status: 'corrected', resolution: 'changed', minutes: 240 });
    expect(correction).toMatchObject({ status: 'confirmed', correctsEntryId: second.id, correctionReason: 'Het waren twee uur.', minutes: 120, startTime: '09:00' });
    expect(original.correctedByEntryId).toBe(correction?.id);
    expect(await workedDay(participant.id, '2026-11-18')).toEqual({ countedHours: 2, workedMinutes: 120 });
    expect(await auditActions(second.id)).toEqual(['time_entry.contest:client', 'time_entry.correct:coordinator', 'time_entry.resolve:coordinator']);
  });

  it('a coordinator corrects a confirmed entry with a new linked entry; the caps are asked again', async () => {
    const { own, participant, entry } = await setUp();
    const open = await entry('2026-11-17', 60);
    await own.sessions.client.request({ method: 'POST', url: `/api/client-portal/time-entries/${open.id}/confirm`, payload: { version: 1 } });
    const url = `/api/time-entries/${open.id}/correct`;
    const tooMuch = await own.sessions.coordinator.request({ method: 'POST', url, payload: { version: 2, reason: 'Hele dag', worked: { minutes: 61 * 60 } } });
    expect(tooMuch.statusCode).toBe(400);
    for (const date of ['2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-09', '2026-11-10', '2026-11-12']) await entry(date, 480);
    const overCap = await own.sessions.coordinator.request({ method: 'POST', url, payload: { version: 2, reason: 'Hele dag', worked: { minutes: 600 } } });
    expect(overCap.statusCode).toBe(422);
    expect(overCap.json()).toMatchObject({ error: { code: 'HOURS_MONTH_CAP_EXCEEDED' } });

    const corrected = await own.sessions.coordinator.request({ method: 'POST', url, payload: { version: 2, reason: 'Het was 1 uur 30.', worked: { minutes: 90 } } });
    expect(corrected.statusCode).toBe(200);
    const body = timeEntryCorrectionSchema.parse(corrected.json());
    expect(body.original).toMatchObject({ status: 'corrected', minutes: 60 });
    expect(body.correction).toMatchObject({ status: 'confirmed', minutes: 90, countedHours: 2, answeredVia: 'coordinator' });
    expect(await workedDay(participant.id, '2026-11-17')).toEqual({ countedHours: 2, workedMinutes: 90 });
    const twice = await own.sessions.coordinator.request({ method: 'POST', url, payload: { version: 3, reason: 'Nog eens', worked: { minutes: 60 } } });
    expect(twice.statusCode).toBe(409);
  });

  it('coordinator routes: 401, 403 for other roles, 404 for another organiser’s entry, 400 for bad input, 409 for a wrong state', async () => {
    const { own, entry, elsewhere } = await setUp();
    const open = await entry();
    const resolve = (id: string) => `/api/time-entries/${id}/resolve`;
    const body = { resolution: 'kept', version: 1, reason: 'Goed' };
    expect((await t.app.inject({ method: 'GET', url: '/api/time-entries/contested' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: resolve(open.id), payload: body })).statusCode).toBe(401);
    expect((await own.sessions.client.request({ method: 'GET', url: '/api/time-entries/contested' })).statusCode).toBe(403);
    expect((await own.sessions.admin.request({ method: 'POST', url: resolve(open.id), payload: body })).statusCode).toBe(403);
    expect(
      (
        await own.sessions.participant.request({
          method: 'POST',
          url: `/api/time-entries/${open.id}/correct`,
          payload: { version: 1, reason: 'x', worked: { minutes: 60 } },
        })
      ).statusCode,
    ).toBe(403);
    expect((await own.sessions.coordinator.request({ method: 'POST', url: resolve(elsewhere.id), payload: body })).statusCode).toBe(404);
    expect((await own.sessions.coordinator.request({ method: 'POST', url: resolve(open.id), payload: { ...body, resolution: 'maybe' } })).statusCode).toBe(400);
    expect(
      (await own.sessions.coordinator.request({ method: 'POST', url: resolve(open.id), payload: { resolution: 'changed', version: 1, reason: 'x' } })).statusCode,
    ).toBe(400);
    const wrong = await own.sessions.coordinator.request({ method: 'POST', url: resolve(open.id), payload: body });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json()).toMatchObject({ error: { code: 'INVALID_STATE' } });
  });

  it('the job confirms exactly the registered entries past their deadline, once, with a system audit row', async () => {
    const { own, entry, elsewhere } = await setUp();
    const due = await entry('2026-11-10', 120, '2026-11-23');
    const today = await entry('2026-11-11', 120, '2026-11-24');
    const contested = await entry('2026-11-12', 120, '2026-11-20');
    await own.sessions.client.request({ method: 'POST', url: `/api/client-portal/time-entries/${contested.id}/contest`, payload: { version: 1, reason: 'Klopt niet' } });

    const now = new Date('2026-11-24T00:30:00Z');
    expect(await autoConfirmTimeEntries(db(), { day: '2026-11-24', now, runId: 'run-1' })).toBe(1);
    expect(await autoConfirmTimeEntries(db(), { day: '2026-11-24', now, runId: 'run-2' })).toBe(0);
    expect((await storedTimeEntry(db(), own.organiser.id, due.id)).status).toBe('confirmed');
    expect((await storedTimeEntry(db(), own.organiser.id, due.id)).answeredVia).toBe('automatic');
    expect((await storedTimeEntry(db(), own.organiser.id, today.id)).status).toBe('registered');
    expect((await storedTimeEntry(db(), own.organiser.id, contested.id)).status).toBe('contested');
    // Another organiser's entry due tomorrow stays open.
    expect((await storedTimeEntry(db(), elsewhere.organiserId, elsewhere.id)).status).toBe('registered');
    expect(await auditActions(due.id)).toEqual(['time_entry.confirm:system']);
  });
});
