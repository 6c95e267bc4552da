import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { participantDetailSchema } from '../../../contracts/participants';
import { accessEvents } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/database';
import { participantFields } from '../../testing/participant-fixtures';
import { setUpOrganiser, useTestApp } from '../../testing/test-app';

/** The driver under drizzle (PGlite client or node-postgres pool): every statement outside a transaction goes through its `query`. */
const driverOf = (db: Database): { query: (...args: unknown[]) => unknown } => {
  const driver: unknown = Reflect.get(db, '$client');
  if (typeof driver !== 'object' || driver === null || !('query' in driver) || typeof driver.query !== 'function') throw new Error('no driver');
  return driver as { query: (...args: unknown[]) => unknown };
};

describe('the participant page (decisions 026, 045)', () => {
  const t = useTestApp();
  afterEach(() => vi.restoreAllMocks());

  const setUp = async () => {
    const own = await setUpOrganiser(t.app, ['counsellor', 'coordinator', 'auditor']);
    const referral = await own.sessions.counsellor.request({
      method: 'POST',
      url: '/api/referrals',
      payload: { candidate: { firstName: 'Jan', lastName: 'Claeys', postcode: '8630' }, agreements: 'Twee voormiddagen per week.' },
    });
    const accepted = await own.sessions.coordinator.request({
      method: 'POST',
      url: `/api/referrals/${referral.json<{ id: string }>().id}/accept`,
      payload: { version: 1, participant: participantFields() },
    });
    expect(accepted.statusCode).toBe(201);
    const participantId = accepted.json<{ participantId: string }>().participantId;
    const note = await own.sessions.coordinator.request({
      method: 'POST',
      url: `/api/participants/${participantId}/notes`,
      payload: { body: 'Intakegesprek gehad.', visibility: 'staff' },
    });
    expect(note.statusCode).toBe(201);
    return { own, participantId, url: `/api/participants/${participantId}` };
  };

  const loggedViews = async (participantId: string) => t.app.database.db.select().from(accessEvents).where(eq(accessEvents.subjectId, participantId));

  it('is one statement after the session lookup, plus the access-log row when sensitive fields are shown, stored before the answer', async () => {
    const { own, participantId, url } = await setUp();
    const statements = vi.spyOn(driverOf(t.app.database.db), 'query');

    const forCoordinator = await own.sessions.coordinator.request({ method: 'GET', url });
    expect(forCoordinator.statusCode).toBe(200);
    expect(participantDetailSchema.strict().parse(forCoordinator.json())).toMatchObject({
      insz: expect.stringMatching(/^\d{11}$/),
      notes: [{ body: 'Intakegesprek gehad.' }],
    });
    expect(statements).toHaveBeenCalledTimes(3);
    expect(await loggedViews(participantId)).toHaveLength(1);

    statements.mockClear();
    const forAuditor = await own.sessions.auditor.request({ method: 'GET', url });
    expect(forAuditor.statusCode).toBe(200);
    expect(forAuditor.json()).not.toHaveProperty('insz');
    expect(statements).toHaveBeenCalledTimes(2);
    expect(await loggedViews(participantId)).toHaveLength(1);
  });

  it('concurrent views are each logged once, with their own request ids, by the time they are answered', async () => {
    const { own, participantId, url } = await setUp();
    const views = await Promise.all(Array.from({ length: 8 }, () => own.sessions.coordinator.request({ method: 'GET', url })));
    expect(views.map((view) => view.statusCode)).toEqual(Array.from({ length: 8 }, () => 200));
    const logged = await loggedViews(participantId);
    expect(logged).toHaveLength(8);
    expect(new Set(logged.map((event) => event.requestId)).size).toBe(8);
    expect(logged.every((event) => event.actorRole === 'coordinator' && event.fields.join() === 'insz,iban,benefitStatus,documents')).toBe(true);
  });

  it('a view whose access-log row cannot be stored is not shown (500)', async () => {
    const { own, participantId, url } = await setUp();
    vi.spyOn(t.app.database.db, 'insert').mockImplementationOnce(() => {
      throw new Error('the access log is unavailable');
    });
    const view = await own.sessions.coordinator.request({ method: 'GET', url });
    expect(view.statusCode).toBe(500);
    expect(view.body).not.toContain('Claeys');
    expect(await loggedViews(participantId)).toHaveLength(0);
    expect((await own.sessions.coordinator.request({ method: 'GET', url })).statusCode).toBe(200);
  });

  it('another organiser’s or an unknown participant is 404 and logs nothing', async () => {
    const { participantId, url } = await setUp();
    const other = await setUpOrganiser(t.app, ['coordinator']);
    expect((await other.sessions.coordinator.request({ method: 'GET', url })).statusCode).toBe(404);
    expect((await other.sessions.coordinator.request({ method: 'GET', url: '/api/participants/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    expect(await loggedViews(participantId)).toHaveLength(0);
  });
});
