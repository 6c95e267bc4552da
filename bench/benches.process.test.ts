import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, '..');

/** Runs a bench in its smoke mode (tiny data, a few requests): it must finish with status 0 and print its figures. */
const smokeRun = async (file: string): Promise<string> => {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', join('bench', file)], {
    cwd: repoRoot,
    env: { ...process.env, BENCH_SMOKE: '1', DATABASE_URL: '' },
    maxBuffer: 4 * 1024 * 1024,
  });
  return stdout;
};

// No timed assertions: figures on a shared machine mean nothing here; the benches only must not rot.
describe('benchmarks (smoke mode)', () => {
  it('bench:routes measures every read route against the raw baseline on both engines', async () => {
    const output = await smokeRun('routes.bench.ts');
    expect(output).toMatch(/^raw baseline/m);
    expect(output).toMatch(/^participant detail +\d+/m);
    expect(output).toMatch(/^ratio to the raw baseline/m);
    expect(output).toMatch(/^public offices \(API\) +\d+\.\d+ +\d+\.\d+$/m);
  });

  it('bench:participants logs in and times every list query', async () => {
    const output = await smokeRun('participants-list.bench.ts');
    expect(output).toMatch(/^monthsLeftAtMost=3 +p50/m);
    expect(output).toMatch(/^worst p95/m);
  });

  it('bench:matching-rank ranks 1,000 to 10,000 generated participants and prints median, p95 and growth', async () => {
    const output = await smokeRun('matching-rank.bench.ts');
    expect(output).toMatch(/^10,000 candidates: median \d+\.\d+ ms, p95 \d+\.\d+ ms, \d+ ranked/m);
    expect(output).toMatch(/^growth 1,000 → 10,000 candidates: ×\d+\.\d/m);
  });

  it('bench:matching ranks generated participants for one request through the route, with growth and the job-request list page', async () => {
    const output = await smokeRun('matching.bench.ts');
    expect(output).toMatch(/^60 participants: candidates route median \d+\.\d+ ms, p95 \d+\.\d+ ms, \d+ ranked; raw SELECT/m);
    expect(output).toMatch(/^growth 40 → 60 participants: ×\d+\.\d/m);
    expect(output).toMatch(/^job-request list page \(indexed SELECT, 50 of 200\): p50 \d+\.\d+ ms, p95 \d+\.\d+ ms/m);
    expect(output).toMatch(/^postgres verdict: /m);
  });

  it('bench:outbox times a transaction with and without queueMessage and delivers to a local SMTP server', async () => {
    const output = await smokeRun('outbox.bench.ts');
    expect(output).toMatch(/^without queueMessage +\d+\.\d+/m);
    expect(output).toMatch(/^with queueMessage +\d+\.\d+/m);
    expect(output).toMatch(/^queueMessage adds \(p50\): -?\d+\.\d+ ms/m);
    expect(output).toMatch(/^delivered \d+ messages to the local SMTP server .*: \d+\.\d+ messages\/s$/m);
  });

  it('bench:rules and bench:startup print their figures', async () => {
    expect(await smokeRun('rules.bench.ts')).toMatch(/limit checks: .* ms total/);
    const startup = await smokeRun('startup.bench.ts');
    expect(startup).toMatch(/^warm start: \d+\.\d+ s/m);
    expect(startup).toMatch(/^warm npm start: \d+\.\d+ s/m);
  });
});
