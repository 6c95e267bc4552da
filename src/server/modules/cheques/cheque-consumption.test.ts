import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { chequeLedgerSchema, type RecordChequePurchaseRequest } from '../../../contracts/cheques';
import { parseCivilDate } from '../../../domain/time/civil-date';
import { auditEvents } from '../../platform/audit/schema';
import { registerClientThroughApi } from '../../testing/client-fixtures';
import { buildMunicipality } from '../../testing/participant-fixtures';
import { setUpOrganiser, useTestApp } from '../../testing/test-app';
import { consumeChequesForEntry, releaseChequesOfEntry } from './cheque-consumption';
import { chequeConsumptionLots, chequeConsumptions } from './schema';

describe('cheque consumption face: FIFO over valid lots (R8, R13), idempotent per entry, release, one ledger lock', () => {
  const t = useTestApp();
  const db = () => t.app.database.db;

  const setUp = async () => {
    const own = await setUpOrganiser(t.app, ['admin', 'coordinator']);
    await buildMunicipality(db(), own.organiser.id, 'Veurne', ['8630']);
    // In effect from 1 January 2021 (R9): every purchase below has a price.
    expect(
      (await own.sessions.admin.request({ method: 'POST', url: '/api/cheque-price/decisions', payload: { priceCents: 695, decidedOn: '2020-06-01' } })).statusCode,
    ).toBe(201);
    const client = await registerClientThroughApi(own.sessions.coordinator, { name: `Gezin ${randomUUID().slice(0, 6)}` });
    const clientId = client.id;
    const buy = async (body: RecordChequePurchaseRequest) => {
      const response = await own.sessions.coordinator.request({ method: 'POST', url: `/api/clients/${clientId}/cheque-purchases`, payload: body });
      expect(response.statusCode, response.body).toBe(201);
      return chequeLedgerSchema.parse(response.json());
    };
    const ledger = async () => chequeLedgerSchema.parse((await own.sessions.coordinator.request({ method: 'GET', url: `/api/clients/${clientId}/cheques` })).json());
    const job = { organiserId: own.organiser.id, jobId: randomUUID(), now: new Date('2026-11-24T09:00:00Z') };
    const consume = (timeEntryId: string, workDate: string, countedHours: number) =>
      db().transaction((tx) =>
        consumeChequesForEntry(tx, job, { organiserId: own.organiser.id, clientId, timeEntryId, workDate: parseCivilDate(workDate), countedHours }),
      );
    const release = (timeEntryId: string, reason = 'Prestatie afgewezen') =>
      db().transaction((tx) => releaseChequesOfEntry(tx, job, { organiserId: own.organiser.id, timeEntryId, reason }));
    const consumptionOf = async (timeEntryId: string) => db().select().from(chequeConsumptions).where(eq(chequeConsumptions.timeEntryId, timeEntryId));
    return { own, clientId, buy, ledger, consume, release, consumptionOf };
  };

  it('takes the oldest valid lot first, then the next; a second call for the same entry creates nothing', async () => {
    const { buy, ledger, consume, consumptionOf } = await setUp();
    await buy({ kind: 'electronic', purchasedOn: '2026-01-10', chequeCount: 3 });
    const bought = await buy({ kind: 'paper', purchasedOn: '2026-03-01', serialFrom: 100_100, serialTo: 100_104 });
    const [first, second] = bought.lots;
    expect(bought.balance).toBe(8);
    expect(second).toMatchObject({ chequeCount: 5, priceCents: 695, amountCents: 3475, lastValidDate: '2027-02-28', appliedExtensionId: null });

    const entry = randomUUID();
    await consume(entry, '2026-04-01', 4);
    await consume(entry, '2026-04-01', 4);
    const rows = await consumptionOf(entry);
    expect(rows).toEqual([expect.objectContaining({ chequesNeeded: 4, chequesCovered: 4, uncoveredCount: 0 })]);
    const lots = await t.app.database.db
      .select()
      .from(chequeConsumptionLots)
      .where(eq(chequeConsumptionLots.consumptionId, rows[0]?.id ?? ''));
    expect(lots.map((lot) => [lot.purchaseId, lot.chequeCount])).toEqual([
      [first?.id, 3],
      [second?.id, 1],
    ]);
    const after = await ledger();
    expect(after.balance).toBe(4);
    expect(after.lots.map((lot) => [lot.status, lot.remaining])).toEqual([
      ['used_up', 0],
      ['valid', 4],
    ]);
    expect(after.consumptions).toEqual([expect.objectContaining({ timeEntryId: entry, chequesCovered: 4, released: false })]);
  });

  it('skips a lot expired on the work date or bought after it; what no lot covers is uncovered; R13 extension counts', async () => {
    const { buy, ledger, consume, consumptionOf, own } = await setUp();
    // Bought 2025-06-01: last valid 2026-05-31. Bought 2026-07-01: not yet there on 2026-06-15.
    await buy({ kind: 'electronic', purchasedOn: '2025-06-01', chequeCount: 2 });
    await buy({ kind: 'electronic', purchasedOn: '2026-07-01', chequeCount: 2 });
    const late = randomUUID();
    await consume(late, '2026-06-15', 2);
    expect(await consumptionOf(late)).toEqual([expect.objectContaining({ chequesCovered: 0, uncoveredCount: 2 })]);
    const shown = await ledger();
    expect(shown.uncoveredHours).toBe(2);
    expect(shown.lots.map((lot) => lot.status)).toEqual(['expired', 'valid']);
    expect(shown.balance).toBe(2);
    const uncovered = await own.sessions.coordinator.request({ method: 'GET', url: '/api/cheques/uncovered' });
    expect(uncovered.json()).toMatchObject({ items: [{ timeEntryId: late, uncoveredCount: 2, workDate: '2026-06-15' }] });

    // Issued 2021-03-01: 15 months instead of 12 (MB 19 April 2021), so still valid on 2022-05-15.
    const covid = await buy({ kind: 'electronic', purchasedOn: '2021-03-01', chequeCount: 1 });
    expect(covid.lots.find((lot) => lot.purchasedOn === '2021-03-01')).toMatchObject({
      lastValidDate: '2022-05-31',
      appliedExtensionId: 'covid-2021-issued-through-2021-03-29',
    });
    const extended = randomUUID();
    await consume(extended, '2022-05-15', 1);
    expect(await consumptionOf(extended)).toEqual([expect.objectContaining({ chequesCovered: 1, uncoveredCount: 0 })]);
  });

  it('a release gives the cheques back once, is audited, and a later consumption may take them', async () => {
    const { buy, ledger, consume, release, consumptionOf, own, clientId } = await setUp();
    await buy({ kind: 'electronic', purchasedOn: '2026-10-01', chequeCount: 2 });
    const entry = randomUUID();
    await consume(entry, '2026-11-02', 2);
    expect((await ledger()).balance).toBe(0);
    await release(entry);
    await release(entry);
    await release(randomUUID());
    const rows = await consumptionOf(entry);
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row.releasesConsumptionId !== null)).toMatchObject({ chequesCovered: -2, reason: 'Prestatie afgewezen' });
    const after = await ledger();
    expect(after.balance).toBe(2);
    expect(after.consumptions).toEqual([expect.objectContaining({ released: true, releaseReason: 'Prestatie afgewezen' })]);
    const next = randomUUID();
    await consume(next, '2026-11-03', 2);
    expect(await consumptionOf(next)).toEqual([expect.objectContaining({ chequesCovered: 2 })]);
    const audit = await db().select().from(auditEvents).where(eq(auditEvents.entityId, clientId));
    expect(audit.filter((row) => row.organiserId === own.organiser.id).map((row) => row.action)).toEqual(
      expect.arrayContaining(['cheques.purchase', 'cheques.consume', 'cheques.release']),
    );
    expect(audit.find((row) => row.action === 'cheques.release')).toMatchObject({ actorRole: 'system', actorAccountId: null });
  });

  it('two consumptions at once never take the same cheques', async () => {
    const { buy, ledger, consume, consumptionOf } = await setUp();
    await buy({ kind: 'electronic', purchasedOn: '2026-10-01', chequeCount: 3 });
    const entries = [randomUUID(), randomUUID()];
    await Promise.all(entries.map((entry) => consume(entry, '2026-11-05', 2)));
    const rows = (await Promise.all(entries.map(consumptionOf))).flat();
    expect(rows.reduce((total, row) => total + row.chequesCovered, 0)).toBe(3);
    expect(rows.reduce((total, row) => total + row.uncoveredCount, 0)).toBe(1);
    expect((await ledger()).balance).toBe(0);
  });
});
