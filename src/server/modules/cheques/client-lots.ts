import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/database';
import { chequeConsumptionLots, chequeConsumptions, chequePurchases } from './schema';

type Owner = { organiserId: string; clientId: string };

const releases = alias(chequeConsumptions, 'releases');

/**
 * The client's purchase lots (reversal rows left out) in FIFO order, oldest purchase first, each with the cheques
 * consumptions still hold (a consumption holds them while no release points to it) and its reversal, if any.
 */
export const clientLots = async (db: Executor, { organiserId, clientId }: Owner) => {
  const purchases = await db
    .select()
    .from(chequePurchases)
    .where(and(eq(chequePurchases.organiserId, organiserId), eq(chequePurchases.clientId, clientId)))
    .orderBy(asc(chequePurchases.purchasedOn), asc(chequePurchases.recordedAt), asc(chequePurchases.id));
  const used = await db
    .select({ purchaseId: chequeConsumptionLots.purchaseId, used: sql<number>`sum(${chequeConsumptionLots.chequeCount})::int` })
    .from(chequeConsumptionLots)
    .innerJoin(chequeConsumptions, eq(chequeConsumptions.id, chequeConsumptionLots.consumptionId))
    .leftJoin(releases, eq(releases.releasesConsumptionId, chequeConsumptions.id))
    .where(and(eq(chequeConsumptions.organiserId, organiserId), eq(chequeConsumptions.clientId, clientId), isNull(releases.id)))
    .groupBy(chequeConsumptionLots.purchaseId);
  const usedBy = new Map(used.map((row) => [row.purchaseId, Number(row.used)]));
  const reversals = new Map(purchases.filter((row) => row.reversesPurchaseId !== null).map((row) => [row.reversesPurchaseId, row]));
  return purchases
    .filter((row) => row.reversesPurchaseId === null)
    .map((row) => {
      const reversal = reversals.get(row.id) ?? null;
      const usedCount = usedBy.get(row.id) ?? 0;
      return { ...row, used: usedCount, remaining: reversal ? 0 : row.chequeCount - usedCount, reversal };
    });
};

export type ClientLot = Awaited<ReturnType<typeof clientLots>>[number];
