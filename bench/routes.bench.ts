import { execFileSync, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { RouteBenchTargets } from './support/route-bench-server';

/**
 * Issue 8: every read route of the product against a raw baseline (a plain Fastify route on the same driver doing
 * one indexed SELECT of 20 participants on the same data), 10 connections, on PGlite and on a throwaway PostgreSQL.
 * Targets: every read route >= 0.5 of the baseline, the public pages >= 0.7. Exits with status 1 when one misses.
 * BENCH_SMOKE=1: tiny data and a few requests per route, only to prove the bench still runs (the suite does this).
 * BENCH_ENGINES=pglite or postgres picks one engine; BENCH_DURATION seconds per route (default 5).
 */
const smoke = process.env.BENCH_SMOKE === '1';
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').filter((engine) => engine === 'pglite' || engine === 'postgres');
const durationSeconds = Number(process.env.BENCH_DURATION ?? 5);
const connections = 10;
const repoRoot = join(import.meta.dirname, '..');

type Role = keyof RouteBenchTargets['cookies'];
type RouteCase = { name: string; path: string; role: Role | null; target: number };

const routeCases = (targets: RouteBenchTargets): RouteCase[] => {
  const { ids } = targets;
  const read = (name: string, path: string, role: Role): RouteCase => ({ name, path, role, target: 0.5 });
  const cases: RouteCase[] = [
    { name: 'health', path: '/api/health', role: null, target: 0.5 },
    { name: 'public offices (API)', path: `/api/public/organisers/${ids.organiserSlug}/offices`, role: null, target: 0.7 },
    read('session', '/api/session', 'coordinator'),
    read('participant list (limit 50)', '/api/participants?limit=50', 'coordinator'),
    read('participant list, counsellor', '/api/participants?limit=50', 'counsellor'),
    read('participant search "peeters"', '/api/participants?limit=50&q=peeters', 'coordinator'),
    read('participant detail', `/api/participants/${ids.participant}`, 'coordinator'),
    read('participant detail, counsellor', `/api/participants/${ids.participant}`, 'counsellor'),
    read('participant history', `/api/participants/${ids.historyParticipant}/history`, 'coordinator'),
    read('participant eligibility', `/api/participants/${ids.participant}/eligibility`, 'coordinator'),
    read('reminders', '/api/reminders', 'coordinator'),
    read('referral list (limit 25)', '/api/referrals?limit=25', 'coordinator'),
    read('referral detail', `/api/referrals/${ids.referral}`, 'coordinator'),
    read('municipalities', '/api/municipalities', 'coordinator'),
    read('organiser settings', '/api/organiser', 'coordinator'),
    read('offices', '/api/offices', 'coordinator'),
    read('office detail', `/api/offices/${ids.office}`, 'coordinator'),
    read('coaches', '/api/coaches', 'coordinator'),
    read('coach municipalities', '/api/coach-municipalities', 'coordinator'),
    read('account list (limit 50)', '/api/accounts?limit=50', 'admin'),
    read('account detail', `/api/accounts/${ids.account}`, 'admin'),
  ];
  // The public contact page as a browser opens it: the single-page app's shell (only when the web app is built).
  if (existsSync(join(repoRoot, 'dist', 'web', 'index.html'))) {
    cases.splice(2, 0, { name: 'public page (SPA shell)', path: `/kantoren/${ids.organiserSlug}`, role: null, target: 0.7 });
  }
  return cases;
};

type Measurement = { requestsPerSecond: number; p50: number; p99: number };

const load = async (url: string, cookie: string | null): Promise<Measurement> => {
  const headers = cookie ? { cookie } : {};
  const run = (options: { duration?: number; amount?: number }) => autocannon({ url, connections, headers, ...options });
  if (!smoke) await run({ duration: 1 });
  const result = await run(smoke ? { amount: 20 } : { duration: durationSeconds });
  if (result.errors > 0 || result.non2xx > 0) throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
  return { requestsPerSecond: result.requests.total / result.duration, p50: result.latency.p50, p99: result.latency.p99 };
};

/** Smoke runs: autocannon takes a second at least, so each route gets a few sequential requests instead. */
const probe = async (url: string, cookie: string | null): Promise<Measurement> => {
  const durations: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers: cookie ? { cookie } : {} });
    await response.arrayBuffer();
    durations.push(performance.now() - started);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
  }
  durations.sort((left, right) => left - right);
  const total = durations.reduce((sum, duration) => sum + duration, 0);
  return { requestsPerSecond: (durations.length * 1000) / total, p50: Math.round(durations[1] ?? 0), p99: Math.round(durations.at(-1) ?? 0) };
};

const startServer = (env: NodeJS.ProcessEnv) =>
  new Promise<{ targets: RouteBenchTargets; stop: () => Promise<void> }>((resolve, reject) => {
    const child = fork(join(import.meta.dirname, 'support', 'route-bench-server.ts'), [], { execArgv: ['--import', 'tsx'], env, stdio: 'inherit' });
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    child.once('message', (message: { ready: RouteBenchTargets }) =>
      resolve({
        targets: message.ready,
        stop: async () => {
          child.disconnect();
          await exited;
        },
      }),
    );
  });

const withPostgres = async <T>(work: (url: string) => Promise<T>): Promise<T> => {
  const script = join(repoRoot, 'scripts', 'postgres-test-cluster.sh');
  const [dir, url] = execFileSync('bash', [script, 'start'], { encoding: 'utf8' }).trim().split(' ');
  if (!dir || !url) throw new Error('no PostgreSQL cluster');
  try {
    return await work(url);
  } finally {
    execFileSync('bash', [script, 'stop', dir]);
  }
};

const column = (text: string, width: number) => text.padStart(width);

const benchEngine = async (engine: 'pglite' | 'postgres', databaseUrl: string): Promise<Map<string, number>> => {
  const env = { ...process.env, DATABASE_URL: databaseUrl, BENCH_PARTICIPANTS: smoke ? '60' : (process.env.BENCH_PARTICIPANTS ?? '1000') };
  const seedStarted = performance.now();
  const { targets, stop } = await startServer(env);
  const ratios = new Map<string, number>();
  try {
    console.log(
      `\n${engine}: ${targets.seededParticipants} bulk participants + the demo organiser, seeded and started in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s; ${connections} connections, ${smoke ? '3 sequential requests' : `${durationSeconds} s`} per route`,
    );
    // The baseline runs between every two routes and each route is compared with the two runs beside it: on a
    // shared machine the load drifts within a run by a factor of two, far more than within ten seconds.
    const measure = smoke ? probe : load;
    const baselines: Measurement[] = [await measure(targets.baselineUrl, null)];
    const measured: Array<{ route: RouteCase; result: Measurement; baseline: number }> = [];
    for (const route of routeCases(targets)) {
      const result = await measure(`${targets.appUrl}${route.path}`, route.role ? targets.cookies[route.role] : null);
      const before = baselines.at(-1);
      const after = smoke ? before : await measure(targets.baselineUrl, null);
      if (!before || !after) throw new Error('no baseline');
      baselines.push(after);
      measured.push({ route, result, baseline: (before.requestsPerSecond + after.requestsPerSecond) / 2 });
    }
    const rates = baselines.map((baseline) => baseline.requestsPerSecond);
    console.log(`${'route'.padEnd(34)}${column('req/s', 9)}${column('p50 ms', 8)}${column('p99 ms', 8)}${column('ratio', 7)}  target`);
    console.log(
      `${'raw baseline (lowest / highest)'.padEnd(34)}${column(`${Math.min(...rates).toFixed(0)}/${Math.max(...rates).toFixed(0)}`, 9)}${column(String(baselines[0]?.p50), 8)}${column(String(baselines[0]?.p99), 8)}${column('1.00', 7)}`,
    );
    for (const { route, result, baseline } of measured) {
      const ratio = result.requestsPerSecond / baseline;
      ratios.set(route.name, ratio);
      const verdict = ratio >= route.target ? 'ok' : 'UNDER TARGET';
      console.log(
        `${route.name.padEnd(34)}${column(result.requestsPerSecond.toFixed(0), 9)}${column(String(result.p50), 8)}${column(String(result.p99), 8)}${column(ratio.toFixed(3), 7)}  >= ${route.target} ${smoke ? '' : verdict}`,
      );
      if (!smoke && ratio < route.target) process.exitCode = 1;
    }
  } finally {
    await stop();
  }
  return ratios;
};

const results = new Map<string, Map<string, number>>();
for (const engine of engines) {
  results.set(engine, engine === 'postgres' ? await withPostgres((url) => benchEngine(engine, url)) : await benchEngine(engine, ''));
}
const routeNames = [...new Set([...results.values()].flatMap((ratios) => [...ratios.keys()]))];
console.log(`\nratio to the raw baseline${smoke ? ' (smoke run: figures mean nothing)' : ''}`);
console.log(`${'route'.padEnd(34)}${engines.map((engine) => column(engine, 10)).join('')}`);
for (const name of routeNames) {
  console.log(`${name.padEnd(34)}${engines.map((engine) => column(results.get(engine)?.get(name)?.toFixed(3) ?? '-', 10)).join('')}`);
}
