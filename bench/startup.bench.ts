import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnServer, waitUntilHealthy, type RunningServer } from '../src/server/testing/spawn-server';

/**
 * Cold start (new data folder: PGlite runs initdb and every migration) and warm start (existing folder),
 * measured from spawning `node src/server/main.ts` to the first healthy /api/health, plus peak RSS; and a warm
 * `npm start` as people type it, whose build step is skipped while the sources are unchanged (decision 027).
 * Targets (issue 2, issue 8): warm <= 2 s (also through `npm start`), cold <= 6 s, RSS <= 500 MB.
 * BENCH_SMOKE=1: the cold start and one warm start of each kind, no verdict.
 */
const peakRssMb = (pid: number | undefined): number => {
  if (pid === undefined) return Number.NaN;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
  return Math.round(kilobytes / 1024);
};

/** `npm start` in its own process group, so stopping it stops the server npm started too. */
const spawnNpmStart = async (dataDir: string): Promise<RunningServer> => {
  const port = await freePort();
  let output = '';
  const child = spawn('npm', ['start', '--silent'], {
    env: { ...process.env, DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', DATABASE_URL: '', PUBLIC_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { process: child, port, baseUrl: `http://127.0.0.1:${port}`, output: () => output, exited };
};

const measure = async (dataDir: string, start: (dataDir: string) => Promise<RunningServer>, stop: (server: RunningServer) => void) => {
  const startedAt = performance.now();
  const server = await start(dataDir);
  if (!(await waitUntilHealthy(server, 60_000))) throw new Error(`Server did not start:\n${server.output()}`);
  const seconds = (performance.now() - startedAt) / 1000;
  const rss = peakRssMb(server.process.pid);
  stop(server);
  await server.exited;
  return { seconds, rss };
};

const stopServer = (server: RunningServer) => server.process.kill('SIGTERM');
const stopNpmStart = (server: RunningServer) => {
  if (server.process.pid !== undefined) process.kill(-server.process.pid, 'SIGTERM');
};
const median = <T extends { seconds: number }>(runs: T[]): T | undefined => [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)];

const smoke = process.env.BENCH_SMOKE === '1';
const runs = smoke ? 1 : 3;
const dataDir = mkdtempSync(join(tmpdir(), 'wijkwerk-bench-'));
try {
  const cold = await measure(join(dataDir, 'data'), spawnServer, stopServer);
  const warmRuns = [];
  for (let run = 0; run < runs; run += 1) warmRuns.push(await measure(join(dataDir, 'data'), spawnServer, stopServer));
  const warm = median(warmRuns) ?? cold;
  // The first `npm start` may build (sources changed since the last build); the measured ones find it up to date.
  await measure(join(dataDir, 'data'), spawnNpmStart, stopNpmStart);
  const npmRuns = [];
  for (let run = 0; run < runs; run += 1) npmRuns.push(await measure(join(dataDir, 'data'), spawnNpmStart, stopNpmStart));
  const npmStart = median(npmRuns) ?? cold;
  const peak = Math.max(cold.rss, ...warmRuns.map((run) => run.rss));
  const verdict = (ok: boolean) => (smoke ? '(smoke run: no verdict)' : ok ? 'ok' : 'OVER TARGET');
  console.log(`cold start: ${cold.seconds.toFixed(2)} s (target <= 6 s) ${verdict(cold.seconds <= 6)}`);
  console.log(`warm start: ${warm.seconds.toFixed(2)} s median of ${warmRuns.length} (target <= 2 s) ${verdict(warm.seconds <= 2)}`);
  console.log(`warm npm start: ${npmStart.seconds.toFixed(2)} s median of ${npmRuns.length}, build up to date (target <= 2 s) ${verdict(npmStart.seconds <= 2)}`);
  console.log(`peak RSS:   ${peak} MB (cold ${cold.rss} MB, warm ${warm.rss} MB; target <= 500 MB) ${verdict(peak <= 500)}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
