import { and, asc, desc, eq } from 'drizzle-orm';
import type { ChequeLedger } from '../../../contracts/cheques';
import { chequesNeeded } from '../../../domain/cheques/cheques-needed';
import { scheduleSessionsIn } from '../../../domain/job-requests/schedule-sessions';
import { addDays } from '../../../domain/time/civil-date-arithmetic';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { assignments } from '../assignments/schema';
import { visibleClientIdsOfContact } from '../clients/client-contact-access';
import { clients } from '../clients/schema';
import { clientLots, type ClientLot } from './client-lots';
import { chequeConsumptions } from './schema';

const expiringWindowDays = 60;
const planningWindowDays = 28;

const lotStatus = (lot: ClientLot, today: string) => {
  if (lot.reversal) return 'reversed' as const;
  if (lot.remaining <= 0) return 'used_up' as const;
  return lot.lastValidDate < today ? ('expired' as const) : ('valid' as const);
};

const plannedChequesOf = async (db: Executor, organiserId: string, clientId: string, from: ReturnType<typeof civilDateOfInstant>) => {
  const rows = await db
    .select({ schedule: assignments.schedule })
    .from(assignments)
    .where(and(eq(assignments.organiserId, organiserId), eq(assignments.clientId, clientId), eq(assignments.status, 'planned')));
  const to = addDays(from, planningWindowDays - 1);
  return rows.flatMap((row) => scheduleSessionsIn(row.schedule, from, to)).reduce((total, session) => total + chequesNeeded(session.endMinute - session.startMinute), 0);
};

/** A client's ledger as staff and the client see it: lots, balance, what expires soon, history, the coming weeks. */
const ledgerOf = async (db: Executor, context: RequestContext, clientId: string): Promise<ChequeLedger> => {
  const { organiserId } = context.actor;
  const today = civilDateOfInstant(context.now);
  const soon = addDays(today, expiringWindowDays);
  const lots = await clientLots(db, { organiserId, clientId });
  const shown = lots.map((lot) => {
    const status = lotStatus(lot, today);
    return {
      id: lot.id,
      kind: lot.kind,
      serialFrom: lot.serialFrom,
      serialTo: lot.serialTo,
      chequeCount: lot.chequeCount,
      remaining: status === 'valid' ? lot.remaining : 0,
      purchasedOn: lot.purchasedOn,
      lastValidDate: lot.lastValidDate,
      appliedExtensionId: lot.appliedExtensionId,
      priceCents: lot.priceCents,
      amountCents: lot.amountCents,
      status,
      expiringSoon: status === 'valid' && lot.lastValidDate <= soon,
      reversal: lot.reversal ? { id: lot.reversal.id, reason: lot.reversal.reason ?? '', recordedAt: lot.reversal.recordedAt.toISOString() } : null,
    };
  });
  const rows = await db
    .select()
    .from(chequeConsumptions)
    .where(and(eq(chequeConsumptions.organiserId, organiserId), eq(chequeConsumptions.clientId, clientId)))
    .orderBy(desc(chequeConsumptions.workDate), asc(chequeConsumptions.createdAt), asc(chequeConsumptions.id));
  const releases = new Map(rows.filter((row) => row.releasesConsumptionId !== null).map((row) => [row.releasesConsumptionId, row]));
  const consumptions = rows
    .filter((row) => row.releasesConsumptionId === null)
    .map((row) => {
      const release = releases.get(row.id);
      return {
        id: row.id,
        timeEntryId: row.timeEntryId,
        workDate: row.workDate,
        chequesNeeded: row.chequesNeeded,
        chequesCovered: row.chequesCovered,
        uncoveredCount: row.uncoveredCount,
        released: release !== undefined,
        releaseReason: release?.reason ?? null,
      };
    });
  const balance = shown.reduce((total, lot) => total + lot.remaining, 0);
  const plannedChequesNext4Weeks = await plannedChequesOf(db, organiserId, clientId, today);
  return {
    clientId,
    today,
    balance,
    expiringWithin60Days: shown.filter((lot) => lot.expiringSoon).reduce((total, lot) => total + lot.remaining, 0),
    lots: shown,
    consumptions,
    uncoveredHours: consumptions.filter((row) => !row.released).reduce((total, row) => total + row.uncoveredCount, 0),
    plannedChequesNext4Weeks,
    shortfallWarning: plannedChequesNext4Weeks > balance,
  };
};

/** Staff: one client of the organiser (404 for another organiser's id). */
export const loadChequeLedger = async (db: Executor, context: RequestContext, { clientId }: { clientId: string }): Promise<ChequeLedger> => {
  const [client] = await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.organiserId, context.actor.organiserId)));
  if (!client) throw notFound('Client');
  return ledgerOf(db, context, clientId);
};

/** "Mijn cheques": the ledger of the client the contact's login works for. */
export const loadOwnChequeLedger = async (db: Executor, context: RequestContext): Promise<ChequeLedger> => {
  const [clientId] = await visibleClientIdsOfContact(db, context.actor);
  if (clientId === undefined) throw notFound('Client');
  return ledgerOf(db, context, clientId);
};
