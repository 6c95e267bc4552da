import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { jobPageSchema, jobSchema } from '../../../contracts/jobs';
import { auditEvents } from '../../platform/audit/schema';
import { enqueueJob, type EnqueueJobInput } from '../../platform/jobs/enqueue-job';
import { jobs } from '../../platform/jobs/schema';
import { setUpOrganiser, useTestApp } from '../../testing/test-app';

describe('jobs: staff see failed jobs and retry them', () => {
  const t = useTestApp();

  const failedJob = async (input: EnqueueJobInput, error = 'Mail server refused the message') => {
    const created = await t.app.database.db.transaction((tx) => enqueueJob(tx, input));
    if (!created) throw new Error('not enqueued');
    await t.app.database.db
      .update(jobs)
      .set({ status: 'failed', attempts: 5, maxAttempts: 5, lastError: error, finishedAt: t.clock.now() })
      .where(eq(jobs.id, created.id));
    return created.id;
  };

  it("lists the organiser's failed jobs with kind, attempts and last error; not another organiser's, and not the platform's for a coordinator", async () => {
    const own = await setUpOrganiser(t.app, ['admin', 'coordinator']);
    const other = await setUpOrganiser(t.app, ['coordinator']);
    const ownJob = await failedJob({ kind: 'messages.deliver', payload: { messageId: 'm-1' }, organiserId: own.organiser.id });
    await t.app.database.db.transaction((tx) => enqueueJob(tx, { kind: 'messages.deliver', payload: {}, organiserId: own.organiser.id }));
    const otherJob = await failedJob({ kind: 'messages.deliver', payload: {}, organiserId: other.organiser.id });
    const platformJob = await failedJob({ kind: 'platform.cleanup', payload: {} });

    const asCoordinator = jobPageSchema.parse((await own.sessions.coordinator.request({ method: 'GET', url: '/api/jobs?status=failed' })).json());
    expect(asCoordinator.items).toEqual([
      {
        id: ownJob,
        kind: 'messages.deliver',
        status: 'failed',
        platformWide: false,
        attempts: 5,
        maxAttempts: 5,
        runAt: null,
        lastError: 'Mail server refused the message',
        createdAt: expect.any(String),
        finishedAt: t.clock.now().toISOString(),
      },
    ]);
    const asAdmin = jobPageSchema.parse((await own.sessions.admin.request({ method: 'GET', url: '/api/jobs?status=failed' })).json());
    expect(asAdmin.items.map((job) => job.id).sort()).toEqual([ownJob, platformJob].sort());
    expect(asAdmin.items.find((job) => job.id === platformJob)?.platformWide).toBe(true);
    const asOther = jobPageSchema.parse((await other.sessions.coordinator.request({ method: 'GET', url: '/api/jobs' })).json());
    expect(asOther.items.map((job) => job.id)).toEqual([otherJob]);

    const queued = jobPageSchema.parse((await own.sessions.coordinator.request({ method: 'GET', url: '/api/jobs?status=queued' })).json());
    expect(queued.items.map((job) => job.status)).toEqual(['queued']);
  });

  it('pages newest first with a cursor and filters on the kind', async () => {
    const own = await setUpOrganiser(t.app, ['coordinator']);
    const ids: string[] = [];
    for (const kind of ['reminders.digest', 'messages.deliver', 'messages.deliver']) {
      ids.push(await failedJob({ kind, payload: {}, organiserId: own.organiser.id }));
      // created_at comes from the database; a distinct instant per job keeps the order plain.
      await t.app.database.db.execute(`select pg_sleep(0.002)`);
    }
    const first = jobPageSchema.parse((await own.sessions.coordinator.request({ method: 'GET', url: '/api/jobs?status=failed&limit=2' })).json());
    expect(first.items.map((job) => job.id)).toEqual([ids[2], ids[1]]);
    expect(first.nextCursor).not.toBeNull();
    const second = jobPageSchema.parse(
      (await own.sessions.coordinator.request({ method: 'GET', url: `/api/jobs?status=failed&limit=2&cursor=${first.nextCursor ?? ''}` })).json(),
    );
    expect(second).toEqual({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
    const byKind = jobPageSchema.parse((await own.sessions.coordinator.request({ method: 'GET', url: '/api/jobs?q=digest' })).json());
    expect(byKind.items.map((job) => job.id)).toEqual([ids[0]]);
  });

  it('retry queues a failed job again with fresh attempts and writes an audit row', async () => {
    const own = await setUpOrganiser(t.app, ['coordinator']);
    const jobId = await failedJob({ kind: 'messages.deliver', payload: {}, organiserId: own.organiser.id });
    const response = await own.sessions.coordinator.request({ method: 'POST', url: `/api/jobs/${jobId}/retry` });
    expect(response.statusCode).toBe(200);
    expect(jobSchema.parse(response.json())).toMatchObject({
      id: jobId,
      status: 'queued',
      attempts: 0,
      runAt: null,
      finishedAt: null,
      lastError: 'Mail server refused the message',
    });
    const [audit] = await t.app.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, jobId), eq(auditEvents.action, 'job.retry')));
    expect(audit).toMatchObject({
      organiserId: own.organiser.id,
      actorAccountId: own.sessions.coordinator.accountId,
      changedFields: { status: 'queued', kind: 'messages.deliver' },
    });

    const again = await own.sessions.coordinator.request({ method: 'POST', url: `/api/jobs/${jobId}/retry` });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'INVALID_STATE' } });
  });

  it('a failed job whose twin (same dedupe key) is already queued is not retried: 409', async () => {
    const own = await setUpOrganiser(t.app, ['coordinator']);
    const jobId = await failedJob({ kind: 'reminders.digest', payload: {}, organiserId: own.organiser.id, dedupeKey: `digest:${own.organiser.id}` });
    await t.app.database.db.transaction((tx) =>
      enqueueJob(tx, { kind: 'reminders.digest', payload: {}, organiserId: own.organiser.id, dedupeKey: `digest:${own.organiser.id}` }),
    );
    const response = await own.sessions.coordinator.request({ method: 'POST', url: `/api/jobs/${jobId}/retry` });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { code: 'ALREADY_EXISTS' } });
  });

  it("another organiser's job and, for a coordinator, a platform job are 404; the admin retries the platform job", async () => {
    const own = await setUpOrganiser(t.app, ['admin', 'coordinator']);
    const other = await setUpOrganiser(t.app, ['admin']);
    const otherJob = await failedJob({ kind: 'messages.deliver', payload: {}, organiserId: other.organiser.id });
    const platformJob = await failedJob({ kind: 'platform.cleanup', payload: {} });
    expect((await own.sessions.admin.request({ method: 'POST', url: `/api/jobs/${otherJob}/retry` })).statusCode).toBe(404);
    expect((await own.sessions.coordinator.request({ method: 'POST', url: `/api/jobs/${platformJob}/retry` })).statusCode).toBe(404);
    expect((await own.sessions.admin.request({ method: 'POST', url: `/api/jobs/${platformJob}/retry` })).statusCode).toBe(200);
    const [row] = await t.app.database.db.select().from(jobs).where(eq(jobs.id, otherJob));
    expect(row?.status).toBe('failed');
  });

  it('401 without a session, 403 for roles outside the policy, 400 for bad input', async () => {
    const own = await setUpOrganiser(t.app, ['coordinator', 'finance', 'counsellor', 'auditor']);
    const jobId = await failedJob({ kind: 'messages.deliver', payload: {}, organiserId: own.organiser.id });
    expect((await t.app.inject({ method: 'GET', url: '/api/jobs' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: `/api/jobs/${jobId}/retry` })).statusCode).toBe(401);
    for (const role of ['finance', 'counsellor', 'auditor'] as const) {
      expect((await own.sessions[role].request({ method: 'GET', url: '/api/jobs' })).statusCode, role).toBe(403);
      expect((await own.sessions[role].request({ method: 'POST', url: `/api/jobs/${jobId}/retry` })).statusCode, role).toBe(403);
    }
    for (const url of ['/api/jobs?status=broken', '/api/jobs?cursor=not-a-cursor!', '/api/jobs?limit=0', '/api/jobs?organiserId=x']) {
      const response = await own.sessions.coordinator.request({ method: 'GET', url });
      expect(response.statusCode, url).toBe(400);
      expect(response.json(), url).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    }
    expect((await own.sessions.coordinator.request({ method: 'POST', url: '/api/jobs/not-an-id/retry' })).statusCode).toBe(400);
  });
});
