import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { count, eq, sql } from 'drizzle-orm';
import { buildJobs } from '../src/server/app';
import { queueMessage } from '../src/server/modules/messages/queue-message';
import { messages } from '../src/server/modules/messages/schema';
import { offices } from '../src/server/modules/offices/schema';
import { recordAudit } from '../src/server/platform/audit/record-audit';
import { accounts, memberships } from '../src/server/platform/auth/schema';
import { systemClock } from '../src/server/platform/clock';
import { loadConfig } from '../src/server/platform/config';
import type { Transaction } from '../src/server/platform/db/database';
import { openDatabase } from '../src/server/platform/db/open-database';
import type { RequestContext } from '../src/server/platform/http/request-context';
import { runDueJobs } from '../src/server/platform/jobs/run-due-jobs';
import { organisers } from '../src/server/platform/tenancy/schema';
import { startTestSmtpServer } from '../src/server/testing/test-smtp-server';

/**
 * Issue 9: queuing a message adds under 2 ms to the transaction that causes it, and how many messages a second the
 * delivery job hands to a local SMTP server. The same small change (a version bump with its audit row) is timed with
 * and without `queueMessage`, interleaved so both see the same machine; then queued messages are delivered by the
 * product's `deliver-message` job to an SMTP server on the loopback address. On the embedded database, or the
 * PostgreSQL in DATABASE_URL. Exits with status 1 when the 2 ms budget is exceeded. BENCH_SMOKE=1: a few runs, no verdict.
 */
const smoke = process.env.BENCH_SMOKE === '1';
const transactions = smoke ? 20 : 1_000;
const deliveries = smoke ? 10 : 500;
const budgetMs = 2;

const smtp = await startTestSmtpServer();
const dataDir = mkdtempSync(join(tmpdir(), 'wijkwerk-bench-outbox-'));
const config = loadConfig({
  ...process.env,
  DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  WEB_DIST_DIR: '/nonexistent',
  SMTP_URL: smtp.url,
  MAIL_FROM: 'Wijk-werken Bench <noreply@bench.example>',
});
const database = await openDatabase(config);
const jobs = buildJobs(config);

const percentile = (sorted: readonly number[], fraction: number): number => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), mean: times.reduce((sum, time) => sum + time, 0) / times.length };
};

try {
  const db = database.db;
  const [organiser] = await db
    .insert(organisers)
    .values({ slug: `bench-${randomUUID().slice(0, 8)}`, name: 'Wijk-werken Bench' })
    .returning();
  if (!organiser) throw new Error('no organiser');
  await db.insert(offices).values({
    organiserId: organiser.id,
    name: 'Kantoor Ieper',
    phone: '057 00 00 00',
    email: 'ieper@bench.example',
    street: 'Markt 1',
    postcode: '8900',
    city: 'Ieper',
  });
  const [recipient] = await db.insert(accounts).values({ email: 'counsellor@bench.example', displayName: 'Els Bench', passwordHash: 'not used' }).returning();
  if (!recipient) throw new Error('no account');
  await db.insert(memberships).values({ organiserId: organiser.id, accountId: recipient.id, role: 'counsellor', agency: 'vdab' });

  const context = (): RequestContext => ({
    actor: {
      accountId: recipient.id,
      organiserId: organiser.id,
      role: 'coordinator',
      agency: null,
      sessionTokenHash: 'bench',
      sessionStage: 'complete',
      csrfToken: 'bench',
    },
    requestId: randomUUID(),
    ip: '127.0.0.1',
    now: new Date(),
  });
  const change = async (tx: Transaction, requestContext: RequestContext) => {
    await tx
      .update(organisers)
      .set({ version: sql`${organisers.version} + 1` })
      .where(eq(organisers.id, organiser.id));
    await recordAudit(tx, requestContext, { action: 'bench.change', entityType: 'organiser', entityId: organiser.id });
  };
  const data = { candidateName: 'Adinda Vermeersch', referredOn: '2026-11-24', decision: 'declined' as const, reason: 'Koos voor een opleiding.' };
  const withoutMessage = () => db.transaction((tx) => change(tx, context()));
  const withMessage = () =>
    db.transaction(async (tx) => {
      const requestContext = context();
      await change(tx, requestContext);
      await queueMessage(tx, requestContext, { recipient: { kind: 'account', accountId: recipient.id }, template: 'referral-decided', data });
    });

  for (let warmup = 0; warmup < 20; warmup += 1) {
    await withoutMessage();
    await withMessage();
  }
  const plain: number[] = [];
  const queued: number[] = [];
  for (let round = 0; round < transactions; round += 1) {
    for (const [run, times] of round % 2 === 0
      ? ([
          [withoutMessage, plain],
          [withMessage, queued],
        ] as const)
      : ([
          [withMessage, queued],
          [withoutMessage, plain],
        ] as const)) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
  }
  const without = summary(plain);
  const withQueue = summary(queued);
  const added = withQueue.p50 - without.p50;
  console.log(`engine: ${database.kind}; ${transactions} transactions each`);
  console.log(`${'transaction'.padEnd(28)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'mean ms'.padStart(8)}`);
  for (const [name, figures] of [
    ['without queueMessage', without],
    ['with queueMessage', withQueue],
  ] as const) {
    console.log(`${name.padEnd(28)} ${figures.p50.toFixed(3).padStart(8)} ${figures.p95.toFixed(3).padStart(8)} ${figures.mean.toFixed(3).padStart(8)}`);
  }
  console.log(`queueMessage adds (p50): ${added.toFixed(3)} ms (budget ${budgetMs} ms)`);

  // Delivery: what the warm-up and the timing queued, plus enough to measure; the job sends each to the SMTP server.
  const [{ pending } = { pending: 0 }] = await db.select({ pending: count() }).from(messages).where(eq(messages.status, 'queued'));
  for (let index = pending; index < deliveries; index += 1) await withMessage();
  const total = Math.max(pending, deliveries);
  const start = performance.now();
  await runDueJobs({ db, definitions: jobs.definitions, schedules: [], clock: systemClock, workerId: 'bench' });
  await smtp.waitFor(total);
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `delivered ${smtp.received.length} messages to the local SMTP server in ${seconds.toFixed(2)} s: ${(smtp.received.length / seconds).toFixed(1)} messages/s`,
  );

  if (!smoke && added > budgetMs) {
    console.error(`queueMessage adds ${added.toFixed(3)} ms, over the ${budgetMs} ms budget`);
    process.exitCode = 1;
  }
} finally {
  jobs.close();
  await database.close();
  await smtp.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
