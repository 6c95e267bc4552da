import { and, eq } from 'drizzle-orm';
import type { JobRequestDetail } from '../../../contracts/job-requests';
import { jobRequestTransitions } from '../../../contracts/job-requests';
import type { JobSchedule } from '../../../domain/job-requests/job-schedule';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { activityLabels } from '../activities/activity-rules';
import { clientPlanningGate } from '../clients/client-standing';
import { clients } from '../clients/schema';
import { municipalities } from '../municipalities/schema';
import { findJobRequest, type JobRequestRow } from './job-request-access';

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The stored schedule (minutes) as the form shows it (HH:MM). */
export const scheduleView = (schedule: JobSchedule): JobRequestDetail['schedule'] => ({
  kind: schedule.kind,
  startDate: schedule.startDate,
  endDate: schedule.endDate,
  slots: schedule.slots.map((slot) => ({ weekday: slot.weekday, startTime: hhmm(slot.startMinute), endTime: hhmm(slot.endMinute) })),
  minutesPerSession: schedule.minutesPerSession,
});

/** A request as its page shows it: client, activity label, place and municipality, schedule, moves allowed now, R17. */
export const loadJobRequestDetail = async (db: Transaction, context: RequestContext, row: JobRequestRow): Promise<JobRequestDetail> => {
  const { organiserId } = context.actor;
  const [client] = await db
    .select()
    .from(clients)
    .where(and(eq(clients.organiserId, organiserId), eq(clients.id, row.clientId)));
  if (!client) throw notFound('Client');
  const [municipality] = row.placeMunicipalityId
    ? await db.select({ id: municipalities.id, name: municipalities.nameNl }).from(municipalities).where(eq(municipalities.id, row.placeMunicipalityId))
    : [];
  const labels = await activityLabels(db, organiserId, [row.activityCode]);
  const year = Number(row.schedule.startDate.slice(0, 4));
  const gate = await clientPlanningGate(db, organiserId, client.id, year);
  return {
    id: row.id,
    client: { id: client.id, name: client.name, clientNumber: client.clientNumber, category: client.category },
    activity: { code: row.activityCode, label: labels.get(row.activityCode) ?? row.activityCode },
    description: row.description,
    place: { street: row.placeStreet, postcode: row.placePostcode, city: row.placeCity },
    placeIsClientAddress: row.placeStreet === client.street && row.placePostcode === client.postcode && row.placeCity === client.city,
    municipality: municipality ?? null,
    schedule: scheduleView(row.schedule),
    wishedTiming: row.wishedTiming,
    status: row.status,
    statusReason: row.statusReason,
    origin: row.origin,
    nextStatuses: [...jobRequestTransitions[row.status]],
    planning: { year, allowed: gate.allowed, reasons: [...gate.reasons] },
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
};

export const findJobRequestDetail = async (db: Transaction, context: RequestContext, { jobRequestId }: { jobRequestId: string }): Promise<JobRequestDetail> =>
  loadJobRequestDetail(db, context, await findJobRequest(db, context.actor, jobRequestId));
