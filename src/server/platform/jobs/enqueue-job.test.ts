import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database';
import { createTestDatabase } from '../../testing/test-database';
import { buildOrganiser } from '../../testing/factories';
import { enqueueJob } from './enqueue-job';
import { jobs } from './schema';

describe('enqueueJob', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('a rolled-back transaction leaves no job', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await enqueueJob(tx, { kind: 'test.rolled-back', payload: { n: 1 } });
        throw new Error('the change that caused the job failed');
      }),
    ).rejects.toThrow('failed');
    expect(await database.db.select().from(jobs).where(eq(jobs.kind, 'test.rolled-back'))).toEqual([]);
  });

  it('a committed job is queued with its organiser, payload and run time', async () => {
    const organiser = await buildOrganiser(database.db);
    const runAt = new Date('2026-12-01T06:00:00Z');
    const created = await database.db.transaction((tx) => enqueueJob(tx, { kind: 'test.committed', payload: { messageId: 'm-1' }, runAt, organiserId: organiser.id }));
    const [row] = await database.db.select().from(jobs).where(eq(jobs.kind, 'test.committed'));
    expect(row).toMatchObject({ id: created?.id, status: 'queued', organiserId: organiser.id, payload: { messageId: 'm-1' }, runAt, attempts: 0 });
  });

  it('a second enqueue with the same dedupe key adds nothing while the first is unfinished, and may once it is done', async () => {
    const enqueue = () => database.db.transaction((tx) => enqueueJob(tx, { kind: 'test.dedupe', payload: {}, dedupeKey: 'test.dedupe:2026-12-01' }));
    const first = await enqueue();
    expect(first).not.toBeNull();
    expect(await enqueue()).toBeNull();
    await database.db.update(jobs).set({ status: 'done', finishedAt: new Date() }).where(eq(jobs.kind, 'test.dedupe'));
    expect(await enqueue()).not.toBeNull();
    expect(await database.db.select().from(jobs).where(eq(jobs.kind, 'test.dedupe'))).toHaveLength(2);
  });
});
