import { and, asc, desc, eq, gt, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { UncoveredCheques } from '../../../contracts/cheques';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { clients } from '../clients/schema';
import { chequeConsumptions } from './schema';

const releases = alias(chequeConsumptions, 'releases');

// A follow-up list: the latest few hundred are what staff can act on.
const listLimit = 500;

/** Hours of confirmed entries that no cheque covered and that were not released, newest first, for follow-up. */
export const listUncoveredCheques = async (db: Executor, context: RequestContext): Promise<UncoveredCheques> => {
  const { organiserId } = context.actor;
  const rows = await db
    .select({
      consumptionId: chequeConsumptions.id,
      clientId: chequeConsumptions.clientId,
      clientName: clients.name,
      timeEntryId: chequeConsumptions.timeEntryId,
      workDate: chequeConsumptions.workDate,
      uncoveredCount: chequeConsumptions.uncoveredCount,
    })
    .from(chequeConsumptions)
    .innerJoin(clients, eq(clients.id, chequeConsumptions.clientId))
    .leftJoin(releases, eq(releases.releasesConsumptionId, chequeConsumptions.id))
    .where(
      and(
        eq(chequeConsumptions.organiserId, organiserId),
        isNull(chequeConsumptions.releasesConsumptionId),
        gt(chequeConsumptions.uncoveredCount, 0),
        isNull(releases.id),
      ),
    )
    .orderBy(desc(chequeConsumptions.workDate), asc(clients.name), asc(chequeConsumptions.id))
    .limit(listLimit);
  return { items: rows };
};
