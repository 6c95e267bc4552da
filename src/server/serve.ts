import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { count } from 'drizzle-orm';
import { createAdminExample } from './cli/create-admin-args';
import { accounts } from './platform/auth/schema';
import { systemClock } from './platform/clock';
import { loadConfig } from './platform/config';
import { DataDirLockedError } from './platform/db/data-dir-lock';
import { openDatabase } from './platform/db/open-database';
import type { JobDefinition } from './platform/jobs/job-definition';
import { startJobRunner } from './platform/jobs/start-job-runner';
import { buildApp, buildJobs } from './app';
import { demoEmail, demoOrganiserSlug, demoPassword, loadDemoData } from './demo/load-demo-data';

/** A process test's entry script may add a job kind of its own to the product's (`buildJobs`). */
export type ServeOptions = { extraJobDefinitions?: readonly JobDefinition[] };

/**
 * The server process: config, database (locked and migrated), app, job runner, signals. `main.ts` runs it with the
 * product's jobs; a process test's entry script may add a job of its own.
 */
export const serve = async ({ extraJobDefinitions = [] }: ServeOptions = {}): Promise<void> => {
  const config = loadConfig();
  const withDemo = process.argv.includes('--demo');

  const database = await openDatabase(config).catch((error: unknown) => {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  });

  if (withDemo) {
    const { created } = await loadDemoData(database.db);
    console.info(
      `${created ? 'Loaded' : 'Kept'} the demo organiser "${demoOrganiserSlug}": log in as ${demoEmail('<role>')} (admin, coordinator, …) with password ${demoPassword}`,
    );
  }

  const app = await buildApp({ config, database, clock: systemClock });
  const jobs = buildJobs(config);
  const jobRunner = startJobRunner({
    db: database.db,
    definitions: [...jobs.definitions, ...extraJobDefinitions],
    schedules: jobs.schedules,
    clock: systemClock,
    workerId: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    pollIntervalMs: config.jobPollIntervalMs,
    log: app.log.child({ component: 'jobs' }),
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    // The running job finishes first: it may still need the database.
    await jobRunner.stop();
    jobs.close();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const [accountCount] = await database.db.select({ total: count() }).from(accounts);
  if ((accountCount?.total ?? 0) === 0) {
    // The embedded database admits one process, so admin:create needs this server stopped first.
    const stopFirst = database.kind === 'pglite' ? 'stop the server (Ctrl+C), then ' : '';
    console.info(`No accounts yet. To create the first administrator, ${stopFirst}run: ${createAdminExample}`);
    console.info('Or start with the demo organiser: npm start -- --demo');
  }
  console.info(`Wijkwerk is running: open ${config.publicUrl.href} (listening on ${config.host}:${config.port}, database: ${database.kind})`);
};
