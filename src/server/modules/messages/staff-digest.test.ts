import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildJobs } from '../../app';
import { demoEmail, loadDemoData } from '../../demo/load-demo-data';
import { accounts } from '../../platform/auth/schema';
import { runDueJobs } from '../../platform/jobs/run-due-jobs';
import { useTestApp } from '../../testing/test-app';
import { messages } from './schema';
import { sendStaffDigests } from './send-staff-digests';

const day = 24 * 60 * 60_000;

describe('the staff digest: every morning at 07:00 Brussels, the reminders of the people each account handles', () => {
  const t = useTestApp();

  const digests = () => t.app.database.db.select().from(messages).where(eq(messages.template, 'staff-digest'));
  const recipientEmails = async () => {
    const rows = await t.app.database.db
      .select({ email: accounts.email, data: messages.data })
      .from(messages)
      .innerJoin(accounts, eq(accounts.id, messages.recipientAccountId))
      .where(eq(messages.template, 'staff-digest'));
    return rows.map((row) => [row.email, row.data.date]).sort();
  };

  it('the daily schedule queues one digest per account with reminders, as that account sees them; once a day; opt-out respected', async () => {
    await loadDemoData(t.app.database.db, t.clock.now());
    const jobs = buildJobs(t.app.config);
    const run = () => runDueJobs({ db: t.app.database.db, definitions: jobs.definitions, schedules: jobs.schedules, clock: t.clock, workerId: 'test' });

    // 10:00 in Brussels: today's 07:00 run is due.
    await run();
    expect(await recipientEmails()).toEqual([
      [demoEmail('coordinator'), '2026-11-24'],
      [demoEmail('counsellor'), '2026-11-24'],
    ]);
    const [counsellorDigest] = await t.app.database.db
      .select()
      .from(messages)
      .innerJoin(accounts, eq(accounts.id, messages.recipientAccountId))
      .where(and(eq(messages.template, 'staff-digest'), eq(accounts.email, demoEmail('counsellor'))));
    expect(counsellorDigest?.messages).toMatchObject({
      channel: 'email',
      status: 'not_sent_no_transport',
      data: { reminders: expect.arrayContaining([expect.objectContaining({ kind: 'evaluation_due' })]) },
    });

    // Later the same day, and a retried run: nothing new.
    t.clock.advance(4 * 60 * 60_000);
    await run();
    expect(await sendStaffDigests(t.app.database.db, { day: '2026-11-24', now: t.clock.now() })).toBe(0);
    expect(await digests()).toHaveLength(2);

    // The coordinator turns it off; tomorrow only the counsellor gets one.
    await t.app.database.db
      .update(accounts)
      .set({ staffDigest: false })
      .where(eq(accounts.email, demoEmail('coordinator')));
    t.clock.advance(day);
    await run();
    expect((await recipientEmails()).filter(([, date]) => date === '2026-11-25')).toEqual([[demoEmail('counsellor'), '2026-11-25']]);
  });
});
