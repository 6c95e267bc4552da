import { and, eq, isNull } from 'drizzle-orm';
import { chequesNeeded } from '../../../domain/cheques/cheques-needed';
import type { CivilDate } from '../../../domain/time/civil-date';
import { recordChangeAudit, type JobAuditContext } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { clients } from '../clients/schema';
import { clientLots } from './client-lots';
import { chequeConsumptionLots, chequeConsumptions } from './schema';

/**
 * The client's ledger lock: the client's row, so two consumptions (or a consumption and a correction) for one
 * client run one after the other and never take the same cheques. `no key update` leaves inserts that only point
 * to the client free.
 */
export const lockClientLedger = async (tx: Transaction, organiserId: string, clientId: string): Promise<void> => {
  const rows = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.organiserId, organiserId)))
    .for('no key update');
  if (rows.length !== 1) throw notFound('Client');
};

/**
 * A confirmed time entry takes one cheque per counted (started) hour (R8), FIFO from the oldest purchase lot still
 * valid on the work date (R13); what no lot covers is stored as uncovered for follow-up. Idempotent per time entry:
 * a second call for the same entry creates nothing.
 */
export const consumeChequesForEntry = async (
  tx: Transaction,
  context: RequestContext | JobAuditContext,
  input: { organiserId: string; clientId: string; timeEntryId: string; workDate: CivilDate; countedHours: number },
): Promise<void> => {
  const { organiserId, clientId, timeEntryId, workDate, countedHours } = input;
  // countedHours are started hours already; chequesNeeded of whole hours in minutes keeps R8 the one rule.
  const needed = chequesNeeded(countedHours * 60);
  await lockClientLedger(tx, organiserId, clientId);
  const [existing] = await tx
    .select({ id: chequeConsumptions.id })
    .from(chequeConsumptions)
    .where(and(eq(chequeConsumptions.organiserId, organiserId), eq(chequeConsumptions.timeEntryId, timeEntryId), isNull(chequeConsumptions.releasesConsumptionId)));
  if (existing) return;
  const taken: { purchaseId: string; chequeCount: number }[] = [];
  let open = needed;
  for (const lot of await clientLots(tx, { organiserId, clientId })) {
    if (open === 0) break;
    if (lot.remaining <= 0 || lot.purchasedOn > workDate || lot.lastValidDate < workDate) continue;
    const take = Math.min(open, lot.remaining);
    taken.push({ purchaseId: lot.id, chequeCount: take });
    open -= take;
  }
  const [consumption] = await tx
    .insert(chequeConsumptions)
    .values({
      organiserId,
      clientId,
      timeEntryId,
      workDate,
      chequesNeeded: needed,
      chequesCovered: needed - open,
      uncoveredCount: open,
      createdAt: context.now,
    })
    .returning({ id: chequeConsumptions.id });
  if (!consumption) throw new Error('The consumption was not stored');
  if (taken.length > 0) await tx.insert(chequeConsumptionLots).values(taken.map((lot) => ({ organiserId, consumptionId: consumption.id, ...lot })));
  await recordChangeAudit(tx, context, {
    action: 'cheques.consume',
    entityType: 'client',
    entityId: clientId,
    changedFields: { consumptionId: consumption.id, timeEntryId, workDate, chequesNeeded: needed, uncoveredCount: open, lots: taken },
  });
};

/**
 * An entry corrected or rejected gives its cheques back: a release row pointing to the consumption. Nothing happens
 * when the entry consumed nothing or was released already.
 */
export const releaseChequesOfEntry = async (
  tx: Transaction,
  context: RequestContext | JobAuditContext,
  input: { organiserId: string; timeEntryId: string; reason: string },
): Promise<void> => {
  const { organiserId, timeEntryId, reason } = input;
  const [found] = await tx
    .select()
    .from(chequeConsumptions)
    .where(and(eq(chequeConsumptions.organiserId, organiserId), eq(chequeConsumptions.timeEntryId, timeEntryId), isNull(chequeConsumptions.releasesConsumptionId)));
  if (!found) return;
  await lockClientLedger(tx, organiserId, found.clientId);
  const [release] = await tx
    .insert(chequeConsumptions)
    .values({
      organiserId,
      clientId: found.clientId,
      timeEntryId,
      workDate: found.workDate,
      chequesNeeded: -found.chequesNeeded,
      chequesCovered: -found.chequesCovered,
      uncoveredCount: -found.uncoveredCount,
      releasesConsumptionId: found.id,
      reason,
      createdAt: context.now,
    })
    .onConflictDoNothing()
    .returning({ id: chequeConsumptions.id });
  if (!release) return;
  await recordChangeAudit(tx, context, {
    action: 'cheques.release',
    entityType: 'client',
    entityId: found.clientId,
    changedFields: { consumptionId: found.id, releaseId: release.id, timeEntryId, chequesCovered: found.chequesCovered, reason },
  });
};
