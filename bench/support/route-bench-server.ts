import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import pg from 'pg';
import { and, eq } from 'drizzle-orm';
import { demoEmail, demoOrganiserSlug, demoPassword, loadDemoData } from '../../src/server/demo/load-demo-data';
import { accounts } from '../../src/server/platform/auth/schema';
import { systemClock } from '../../src/server/platform/clock';
import { loadConfig } from '../../src/server/platform/config';
import type { DatabaseHandle } from '../../src/server/platform/db/database';
import { openPostgres } from '../../src/server/platform/db/open-database';
import { createPgliteClient, openPglite } from '../../src/server/platform/db/open-pglite';
import { findPgliteTemplate } from '../../src/server/platform/db/pglite-template';
import { buildApp } from '../../src/server/app';
import { organisers } from '../../src/server/platform/tenancy/schema';
import { municipalities } from '../../src/server/modules/municipalities/schema';
import { offices } from '../../src/server/modules/offices/schema';
import { caseNotes, documents, participants } from '../../src/server/modules/participants/schema';
import { referrals } from '../../src/server/modules/referrals/schema';
import { seedParticipants } from './seed-participants';

/**
 * The server half of bench:routes, in its own process so the load generator does not share its event loop: the
 * demo organiser plus BENCH_PARTICIPANTS bulk participants, the real app and the raw baseline on loopback ports.
 * Reports where to aim (ports, cookies, ids) over IPC and serves until disconnected.
 */
export type RouteBenchTargets = {
  kind: string;
  appUrl: string;
  baselineUrl: string;
  cookies: Record<'coordinator' | 'admin' | 'counsellor', string>;
  ids: { participant: string; historyParticipant: string; referral: string; office: string; account: string; organiserSlug: string };
  seededParticipants: number;
};

type RawQuery = (text: string, params: unknown[]) => Promise<{ rows: unknown[] }>;

const participantCount = Number(process.env.BENCH_PARTICIPANTS ?? 1000);
const databaseUrl = process.env.DATABASE_URL || undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'wijkwerk-bench-routes-'));
const config = loadConfig({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', PUBLIC_URL: '' });

/** The app's database plus a query function on the same driver for the baseline (PGlite: the same client). */
const openBoth = async (): Promise<{ database: DatabaseHandle; raw: RawQuery; closeRaw: () => Promise<void> }> => {
  if (databaseUrl) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    return { database: await openPostgres(databaseUrl), raw: (text, params) => pool.query(text, params), closeRaw: () => pool.end() };
  }
  const client = createPgliteClient(join(dataDir, 'pglite'), findPgliteTemplate());
  return { database: await openPglite(client), raw: (text, params) => client.query(text, params), closeRaw: () => Promise.resolve() };
};

const { database, raw, closeRaw } = await openBoth();
const db = database.db;
await loadDemoData(db);
const [organiser] = await db.select().from(organisers).where(eq(organisers.slug, demoOrganiserSlug));
if (!organiser) throw new Error('no demo organiser');
const organiserId = organiser.id;
const accountIdOf = async (role: string): Promise<string> => {
  const [row] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.email, demoEmail(role)));
  if (!row) throw new Error(`no demo ${role}`);
  return row.id;
};
const [coordinatorId, counsellorId, coachId] = [await accountIdOf('coordinator'), await accountIdOf('counsellor'), await accountIdOf('coach')];
const municipalityIds = (await db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.organiserId, organiserId))).map((row) => row.id);
await seedParticipants(db, { organiserId, count: participantCount, municipalityIds, counsellorAccountId: counsellorId, coachAccountId: coachId });

// A full referral page (the web asks 25) and a participant page with notes and a document besides the demo's agreement,
// trajectory and evaluation.
const now = new Date();
await db.insert(referrals).values(
  Array.from({ length: 60 }, (_, index) => ({
    organiserId,
    agency: 'vdab' as const,
    channel: 'portal' as const,
    counsellorAccountId: counsellorId,
    counsellorName: 'Ornella Declercq',
    firstName: 'Kandidaat',
    lastName: `Nummer ${index}`,
    postcode: '8900',
    benefitStatus: 'unemployment_benefit' as const,
    agreements: 'Twee voormiddagen per week.',
    receivedAt: new Date(now.getTime() - index * 60_000),
  })),
);
const [detailParticipant, historyParticipant] = await db
  .select({ id: participants.id })
  .from(participants)
  .where(and(eq(participants.organiserId, organiserId), eq(participants.counsellorAccountId, counsellorId)))
  .orderBy(participants.createdAt)
  .limit(2);
const [referral] = await db.select({ id: referrals.id }).from(referrals).where(eq(referrals.organiserId, organiserId)).limit(1);
const [office] = await db.select({ id: offices.id }).from(offices).where(eq(offices.organiserId, organiserId)).limit(1);
if (!detailParticipant || !historyParticipant || !referral || !office) throw new Error('seed incomplete');
await db.insert(caseNotes).values(
  ['Eerste gesprek: wil graag in de groenzorg.', 'Afspraak met de werkcoach gepland.'].map((body, index) => ({
    organiserId,
    participantId: detailParticipant.id,
    authorAccountId: coordinatorId,
    body,
    visibility: index === 0 ? ('staff' as const) : ('shared_with_counsellor' as const),
    createdAt: now,
  })),
);
await db.insert(documents).values({
  organiserId,
  participantId: detailParticipant.id,
  type: 'other',
  fileName: 'attest.pdf',
  mimeType: 'application/pdf',
  sizeBytes: 9,
  content: Buffer.from('%PDF-1.4\n'),
  uploadedBy: coordinatorId,
  uploadedAt: now,
});
await db.execute('analyze');

const app = await buildApp({ config, database, clock: systemClock, logger: false });
const logIn = async (role: string): Promise<string> => {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { email: demoEmail(role), password: demoPassword } });
  if (response.statusCode !== 200) throw new Error(`login as ${role}: ${response.statusCode} ${response.body}`);
  return response.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
};
const cookies = { coordinator: await logIn('coordinator'), admin: await logIn('admin'), counsellor: await logIn('counsellor') };

// The yardstick: what Fastify and the driver cost for one indexed SELECT of 20 participants on the same data.
const baseline = Fastify({ logger: false });
const baselineSql = 'select id, first_name, last_name, status from participants where organiser_id = $1 order by last_name, first_name, id limit 20';
baseline.get('/baseline', async () => (await raw(baselineSql, [organiserId])).rows);

const appAddress = await app.listen({ host: '127.0.0.1', port: 0 });
const baselineAddress = await baseline.listen({ host: '127.0.0.1', port: 0 });

const targets: RouteBenchTargets = {
  kind: database.kind,
  appUrl: appAddress,
  baselineUrl: `${baselineAddress}/baseline`,
  cookies,
  ids: {
    participant: detailParticipant.id,
    historyParticipant: historyParticipant.id,
    referral: referral.id,
    office: office.id,
    account: counsellorId,
    organiserSlug: demoOrganiserSlug,
  },
  seededParticipants: participantCount,
};
process.send?.({ ready: targets });

let closing = false;
const close = async () => {
  if (closing) return;
  closing = true;
  await app.close();
  await baseline.close();
  await closeRaw();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.on('disconnect', () => void close());
process.on('SIGTERM', () => void close());
