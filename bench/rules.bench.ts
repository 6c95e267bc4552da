/**
 * Benchmark of the rules engine (issue 3): live counters for a participant with 5 years of history (~1,500 entries)
 * must take < 1 ms, and 100,000 limit checks < 1 s. Data come from a seeded generator, so runs are comparable.
 * Run with `npm run bench:rules`; exits with status 1 when a budget is exceeded. BENCH_SMOKE=1: a few runs, no verdict.
 */
import { performance } from 'node:perf_hooks';
import { countedHoursOf } from '../src/domain/limits/counted-hours';
import { buildHoursLedger, ledgerWithEntry } from '../src/domain/limits/hours-ledger';
import { hoursCountersOn } from '../src/domain/limits/hours-counters';
import { checkProposedEntry } from '../src/domain/limits/limit-check';
import type { TimeEntryMinutes } from '../src/domain/limits/time-entry-minutes';
import { civilDateFromParts, daysInMonth, parseCivilDate } from '../src/domain/time/civil-date';
import { trajectoryWindow, type TrajectoryInput } from '../src/domain/trajectory/trajectory-window';

const smoke = process.env.BENCH_SMOKE === '1';
const COUNTER_BUDGET_MS = 1;
const CHECKS = smoke ? 1_000 : 100_000;
const CHECK_BUDGET_MS = 1_000;

/** Small deterministic PRNG (mulberry32), so every run uses the same participant. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const random = seededRandom(20_180_101);
const integerBetween = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

/** An ex-PWA participant working 2018–2022: ~25 entries a month of 1–2.5 h, always within the caps. */
function generateHistory(): TimeEntryMinutes[] {
  const entries: TimeEntryMinutes[] = [];
  let ledger = buildHoursLedger([]);
  for (let year = 2018; year <= 2022; year += 1) {
    for (let month = 1; month <= 12; month += 1) {
      for (let index = 0; index < 25; index += 1) {
        const entry = { date: civilDateFromParts(year, month, integerBetween(1, daysInMonth(year, month))), minutes: integerBetween(4, 10) * 15 };
        const monthTotal = ledger.hoursByMonth.get(year * 12 + month - 1) ?? 0;
        const yearTotal = ledger.hoursByYear.get(year) ?? 0;
        const hours = countedHoursOf(entry.minutes);
        if (monthTotal + hours <= 60 && yearTotal + hours <= 630) {
          entries.push(entry);
          ledger = ledgerWithEntry(ledger, entry);
        }
      }
    }
  }
  return entries;
}

function percentile(sortedValues: readonly number[], fraction: number): number {
  return sortedValues[Math.min(sortedValues.length - 1, Math.floor(fraction * sortedValues.length))] ?? Number.NaN;
}

const history = generateHistory();
const trajectory: TrajectoryInput = {
  startDate: parseCivilDate('2018-01-01'),
  extensionsGranted: 0,
  endedOn: null,
  pwaTransitional: { lastWorkedBeforeRecords: null, workedDates: history.map((entry) => entry.date) },
  interimWorkDates: [],
};
const today = parseCivilDate('2022-11-21');

// Counters as the server computes them per request: aggregate the stored entries, derive the window, read counters.
const countersFromScratch = () => {
  const ledger = buildHoursLedger(history);
  return hoursCountersOn(ledger, today, trajectoryWindow(trajectory));
};

for (let warmup = 0; warmup < (smoke ? 3 : 300); warmup += 1) countersFromScratch();
const runs = smoke ? 20 : 2_000;
const durations: number[] = [];
for (let run = 0; run < runs; run += 1) {
  const started = performance.now();
  countersFromScratch();
  durations.push(performance.now() - started);
}
durations.sort((left, right) => left - right);
const counterMedian = percentile(durations, 0.5);
const counterP95 = percentile(durations, 0.95);

// 100,000 proposed entries against the prebuilt ledger and window (the incremental API).
const ledger = buildHoursLedger(history);
const window = trajectoryWindow(trajectory);
const proposals: TimeEntryMinutes[] = Array.from({ length: CHECKS }, () => {
  const year = integerBetween(2018, 2024);
  const month = integerBetween(1, 12);
  return { date: civilDateFromParts(year, month, integerBetween(1, daysInMonth(year, month))), minutes: integerBetween(1, 32) * 15 };
});
for (const proposal of proposals.slice(0, smoke ? 100 : 5_000)) checkProposedEntry(ledger, window, proposal);
let accepted = 0;
const checksStarted = performance.now();
for (const proposal of proposals) {
  if (checkProposedEntry(ledger, window, proposal).accepted) accepted += 1;
}
const checksMs = performance.now() - checksStarted;

const format = (milliseconds: number): string => `${milliseconds.toFixed(3)} ms`;
console.log(`participant history: ${history.length} entries (2018–2022), ex-PWA trajectory`);
console.log(
  `counters from scratch (ledger + window + counters), ${runs} runs: median ${format(counterMedian)}, p95 ${format(counterP95)} (budget < ${COUNTER_BUDGET_MS} ms)`,
);
console.log(
  `${CHECKS.toLocaleString('en')} limit checks: ${format(checksMs)} total, ${((checksMs * 1000) / CHECKS).toFixed(2)} µs each, ${accepted} accepted (budget < ${CHECK_BUDGET_MS} ms)`,
);

const withinBudget = counterP95 < COUNTER_BUDGET_MS && checksMs < CHECK_BUDGET_MS;
if (smoke) console.log('smoke run: no verdict');
else console.log(withinBudget ? 'PASS' : 'FAIL: a budget was exceeded');
if (!smoke && !withinBudget) process.exitCode = 1;
