/**
 * Benchmark of the matching ranking (issue 10, pure domain): ranking 1,000 / 5,000 / 10,000 generated participants
 * for one job request; the 10,000 median must stay well under 50 ms. Prints median and p95 per size and how the
 * time grows. Run with `npm run bench:matching-rank`; exits with status 1 when the budget is exceeded.
 * BENCH_SMOKE=1: a few runs, no verdict.
 */
import { performance } from 'node:perf_hooks';
import { checkJobSchedule } from '../src/domain/job-requests/job-schedule';
import type { MatchRequest } from '../src/domain/matching/matching-input';
import { rankCandidates } from '../src/domain/matching/rank-candidates';
import { parseCivilDate } from '../src/domain/time/civil-date';
import { generateCandidates, seededRandom } from './support/matching-candidates';

const smoke = process.env.BENCH_SMOKE === '1';
const BUDGET_MEDIAN_MS = 50;
const SIZES = [1_000, 5_000, 10_000];
const RUNS = smoke ? 5 : 100;
const WARMUP = smoke ? 2 : 30;

const start = parseCivilDate('2026-05-01');
const schedule = checkJobSchedule({
  kind: 'weekly',
  slots: [
    { weekday: 2, startTime: '09:00', endTime: '12:00' },
    { weekday: 4, startTime: '13:00', endTime: '17:00' },
  ],
  startDate: start,
  endDate: parseCivilDate('2026-10-31'),
  minutesPerSession: 180,
});
if (!schedule.valid) throw new Error('bench schedule is invalid');
const request: MatchRequest = {
  clientCategory: 'private_person',
  clientDidActivityUnderPwa: false,
  activityCode: 'small_garden_maintenance.mowing',
  municipalitySubset: { municipalityNisCode: '33021', choices: [{ activityCode: 'small_garden_maintenance.mowing', from: parseCivilDate('2018-01-01'), to: null }] },
  placePostcode: '8970',
  schedule: schedule.schedule,
};

const percentile = (sorted: readonly number[], fraction: number): number => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
const allCandidates = generateCandidates(Math.max(...SIZES), start, seededRandom(20_260_501));

const medians: number[] = [];
let medianAtLargest = Number.NaN;
for (const size of SIZES) {
  const pool = allCandidates.slice(0, size);
  let eligible = 0;
  for (let run = 0; run < WARMUP; run += 1) rankCandidates(request, pool);
  const durations: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const result = rankCandidates(request, pool);
    durations.push(performance.now() - started);
    if (result.status === 'ranked') eligible = result.ranked.length;
  }
  durations.sort((left, right) => left - right);
  const median = percentile(durations, 0.5);
  medians.push(median);
  medianAtLargest = median;
  console.log(
    `${size.toLocaleString('en')} candidates: median ${median.toFixed(2)} ms, p95 ${percentile(durations, 0.95).toFixed(2)} ms, ${eligible} ranked (${RUNS} runs)`,
  );
}
const first = medians[0] ?? Number.NaN;
console.log(`growth 1,000 → 10,000 candidates: ×${(medianAtLargest / first).toFixed(1)} for ×10 candidates (budget: median < ${BUDGET_MEDIAN_MS} ms at 10,000)`);

const withinBudget = medianAtLargest < BUDGET_MEDIAN_MS;
if (smoke) console.log('smoke run: no verdict');
else console.log(withinBudget ? 'PASS' : 'FAIL: the median exceeds the budget');
if (!smoke && !withinBudget) process.exitCode = 1;
