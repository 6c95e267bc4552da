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

  it('bench:rules and bench:startup print their figures', async () => {
    expect(await smokeRun('rules.bench.ts')).toMatch(/limit checks: .* ms total/);
    const startup = await smokeRun('startup.bench.ts');
    expect(startup).toMatch(/^warm start: \d+\.\d+ s/m);
    expect(startup).toMatch(/^warm npm start: \d+\.\d+ s/m);
  });
});
