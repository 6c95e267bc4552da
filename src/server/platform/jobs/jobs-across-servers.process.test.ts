import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, waitUntilHealthy, type RunningServer } from '../../testing/spawn-server';

const jobCount = 200;
const dataDir = mkdtempSync(join(tmpdir(), 'wijkwerk-jobs-'));
const started: RunningServer[] = [];
let clusterDir = '';
let databaseUrl = '';

const query = async <Row extends pg.QueryResultRow>(text: string): Promise<Row[]> => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<Row>(text)).rows;
  } finally {
    await client.end();
  }
};

describe('the job runner with two server processes on one PostgreSQL', () => {
  beforeAll(() => {
    const output = execFileSync('bash', ['scripts/postgres-test-cluster.sh', 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const [dir, url] = output.trim().split(' ');
    if (!dir || !url) throw new Error(`Unexpected cluster output: ${output}`);
    clusterDir = dir;
    databaseUrl = url;
  }, 60_000);

  afterAll(() => {
    for (const server of started) server.process.kill('SIGKILL');
    if (clusterDir) execFileSync('bash', ['scripts/postgres-test-cluster.sh', 'stop', clusterDir], { stdio: 'inherit' });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`runs each of ${jobCount} queued jobs exactly once, and both servers take part`, async () => {
    // Both start at once on the empty database: one migrates while the other waits for the migration lock.
    const env = { DATABASE_URL: databaseUrl, JOB_POLL_INTERVAL_MS: '50' };
    const servers = await Promise.all([0, 1].map(() => spawnServer(dataDir, [], env, 'src/server/testing/serve-with-recorded-job.ts')));
    started.push(...servers);
    for (const server of servers) expect(await waitUntilHealthy(server, 60_000), server.output()).toBe(true);
    await query('create table job_test_runs (n integer not null, pid integer not null)');

    // Only the test's own kind is counted: the product's daily schedules (the 07:00 digest) may add a job of theirs.
    await query(`insert into jobs (kind, payload) select 'test.record-run', jsonb_build_object('n', n) from generate_series(1, ${jobCount}) as n`);
    const deadline = Date.now() + 60_000;
    let finished = 0;
    while (Date.now() < deadline) {
      const [row] = await query<{ finished: number }>(`select count(*)::int as finished from jobs where kind = 'test.record-run' and status in ('done', 'failed')`);
      finished = row?.finished ?? 0;
      if (finished === jobCount) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(finished).toBe(jobCount);

    const [runs] = await query<{ total: number; distinct: number; smallest: number; largest: number }>(
      'select count(*)::int as total, count(distinct n)::int as distinct, min(n) as smallest, max(n) as largest from job_test_runs',
    );
    expect(runs).toEqual({ total: jobCount, distinct: jobCount, smallest: 1, largest: jobCount });
    const statuses = await query<{ status: string; attempts: number; total: number }>(
      "select status, attempts, count(*)::int as total from jobs where kind = 'test.record-run' group by status, attempts",
    );
    expect(statuses).toEqual([{ status: 'done', attempts: 1, total: jobCount }]);
    const perServer = await query<{ pid: number }>('select distinct pid from job_test_runs order by pid');
    expect(perServer.map((row) => row.pid).sort()).toEqual(servers.map((server) => server.process.pid).sort());

    for (const server of servers) server.process.kill('SIGTERM');
    expect(await Promise.all(servers.map((server) => server.exited))).toEqual([0, 0]);
  }, 120_000);
});
