import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineJob } from '../platform/jobs/define-job';
import { serve } from '../serve';

/**
 * The server as main.ts starts it, plus one job kind that records each run in `job_test_runs` (a table the process
 * test creates), so a test can count how often every job ran across several server processes.
 */
const recordRun = defineJob({
  kind: 'test.record-run',
  payload: z.object({ n: z.number().int() }),
  maxAttempts: 1,
  run: async (db, { n }) => {
    // A little work per job, so that both servers get to claim some.
    await db.execute(sql`select pg_sleep(0.005)`);
    await db.execute(sql`insert into job_test_runs (n, pid) values (${n}, ${process.pid})`);
  },
});

await serve({ extraJobDefinitions: [recordRun] });
