import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer, waitUntilHealthy } from '../src/server/testing/spawn-server';

/**
 * Cold start (new data folder: PGlite runs initdb and every migration) and warm start (existing folder),
 * measured from spawning `node src/server/main.ts` to the first healthy /api/health, plus peak RSS.
 * Targets (issue 2): warm <= 2 s, cold <= 6 s, RSS <= 500 MB. BENCH_SMOKE=1: the cold start and one warm start, no verdict.
 */
const peakRssMb = (pid: number | undefined): number => {
  if (pid === undefined) return Number.NaN;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
  return Math.round(kilobytes / 1024);
};

const measure = async (dataDir: string) => {
  const startedAt = performance.now();
  const server = await spawnServer(dataDir);
  if (!(await waitUntilHealthy(server, 60_000))) throw new Error(`Server did not start:\n${server.output()}`);
  const seconds = (performance.now() - startedAt) / 1000;
  const rss = peakRssMb(server.process.pid);
  server.process.kill('SIGTERM');
  await server.exited;
  return { seconds, rss };
};

const smoke = process.env.BENCH_SMOKE === '1';
const dataDir = mkdtempSync(join(tmpdir(), 'wijkwerk-bench-'));
try {
  const cold = await measure(join(dataDir, 'data'));
  const warmRuns = [];
  for (let run = 0; run < (smoke ? 1 : 3); run += 1) warmRuns.push(await measure(join(dataDir, 'data')));
  const warm = warmRuns.sort((a, b) => a.seconds - b.seconds)[Math.floor(warmRuns.length / 2)] ?? cold;
  const peak = Math.max(cold.rss, ...warmRuns.map((run) => run.rss));
  const verdict = (ok: boolean) => (smoke ? '(smoke run: no verdict)' : ok ? 'ok' : 'OVER TARGET');
  console.log(`cold start: ${cold.seconds.toFixed(2)} s (target <= 6 s) ${verdict(cold.seconds <= 6)}`);
  console.log(`warm start: ${warm.seconds.toFixed(2)} s median of ${warmRuns.length} (target <= 2 s) ${verdict(warm.seconds <= 2)}`);
  console.log(`peak RSS:   ${peak} MB (cold ${cold.rss} MB, warm ${warm.rss} MB; target <= 500 MB) ${verdict(peak <= 500)}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
