import { and, eq } from 'drizzle-orm';
import { loadConfig } from '../platform/config';
import { openDatabase } from '../platform/db/open-database';
import { enqueueJob } from '../platform/jobs/enqueue-job';
import { jobs } from '../platform/jobs/schema';
import { organisers } from '../platform/tenancy/schema';
import { participants } from '../modules/participants/schema';
import { demoOrganiserSlug, loadDemoData } from '../demo/load-demo-data';

/**
 * Run before the browser journeys' server starts, on the same data folder: the demo data plus what the product
 * cannot yet make by itself. No module defines a job yet, so the "Taken" journey gets one failed job of a kind no
 * server knows; retried, the real runner fails it again ("Unknown job kind").
 * The client-to-calendar journey needs a wijk-werker matching can rank: the demo's login Jan Vermeulen (Ieper, an
 * active trajectory, free on Tuesday mornings) chooses mowing, which the Westhoek municipalities chose too.
 */
const database = await openDatabase(loadConfig());
try {
  await loadDemoData(database.db);
  const [organiser] = await database.db.select({ id: organisers.id }).from(organisers).where(eq(organisers.slug, demoOrganiserSlug));
  if (!organiser) throw new Error('The demo organiser is missing');
  await database.db.transaction(async (tx) => {
    const created = await enqueueJob(tx, { kind: 'journey.undeliverable', payload: {}, organiserId: organiser.id, dedupeKey: 'journey.undeliverable' });
    if (!created) return;
    await tx
      .update(jobs)
      .set({ status: 'failed', attempts: 3, maxAttempts: 3, lastError: 'Connection refused by the mail server', finishedAt: new Date() })
      .where(eq(jobs.id, created.id));
  });
  await database.db
    .update(participants)
    .set({ activityCodes: ['small_garden_maintenance.mowing'] })
    .where(and(eq(participants.organiserId, organiser.id), eq(participants.firstName, 'Jan'), eq(participants.lastName, 'Vermeulen')));
} finally {
  await database.close();
}
