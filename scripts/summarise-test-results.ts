// Prints one closing line for the whole suite ("N passed, N failed, N skipped") from the runners' JSON reports.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const vitestReport = z.object({
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numPendingTests: z.number(),
  numTodoTests: z.number(),
  numRuntimeErrorTestSuites: z.number().default(0),
});
const playwrightReport = z.object({ stats: z.object({ expected: z.number(), unexpected: z.number(), flaky: z.number(), skipped: z.number() }) });

const dir = process.argv[2] ?? '.tmp/results';
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
  const report: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const playwright = playwrightReport.safeParse(report);
  if (playwright.success) {
    const { stats } = playwright.data;
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    skipped += stats.skipped;
    continue;
  }
  const vitest = vitestReport.parse(report);
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + vitest.numRuntimeErrorTestSuites;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
