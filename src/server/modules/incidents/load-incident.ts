import { and, desc, eq, sql } from 'drizzle-orm';
import type { Incident, IncidentList, IncidentListQuery } from '../../../contracts/incidents';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { accounts } from '../../platform/auth/schema';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { participants } from '../participants/schema';
import { incidents } from './schema';

const incidentQuery = (db: Executor) =>
  db
    .select({ incident: incidents, firstName: participants.firstName, lastName: participants.lastName, reportedByName: accounts.displayName })
    .from(incidents)
    .innerJoin(participants, eq(participants.id, incidents.participantId))
    .leftJoin(accounts, eq(accounts.id, incidents.reportedBy));

type IncidentRow = Awaited<ReturnType<typeof incidentQuery>>[number];

const present = ({ incident, firstName, lastName, reportedByName }: IncidentRow, today: string): Incident => ({
  id: incident.id,
  participant: { id: incident.participantId, name: `${firstName} ${lastName}` },
  assignmentId: incident.assignmentId,
  occurredOn: incident.occurredOn,
  occurredAt: incident.occurredAt,
  location: incident.location,
  description: incident.description,
  injuries: incident.injuries,
  witnesses: incident.witnesses,
  reportDeadline: incident.reportDeadline,
  overdue: incident.status === 'open' && today > incident.reportDeadline,
  status: incident.status,
  filedByRole: incident.filedByRole,
  reportedOn: incident.reportedOn,
  vdabReference: incident.vdabReference,
  reportedBy: reportedByName,
  version: incident.version,
});

/** One incident of the actor's organiser as its read route shows it, or 404. */
export const findIncident = async (db: Executor, context: RequestContext, { incidentId }: { incidentId: string }): Promise<Incident> => {
  const [row] = await incidentQuery(db).where(and(eq(incidents.id, incidentId), eq(incidents.organiserId, context.actor.organiserId)));
  if (!row) throw notFound('Incident');
  return present(row, civilDateOfInstant(context.now));
};

/** The organiser's incidents: open ones first by deadline (the overdue at the top), then the rest, newest first. */
export const listIncidents = async (db: Executor, context: RequestContext, { status }: IncidentListQuery): Promise<IncidentList> => {
  const rows = await incidentQuery(db)
    .where(and(eq(incidents.organiserId, context.actor.organiserId), status === undefined ? undefined : eq(incidents.status, status)))
    .orderBy(
      sql`${incidents.status} = 'open' desc`,
      sql`case when ${incidents.status} = 'open' then ${incidents.reportDeadline} end asc`,
      desc(incidents.occurredOn),
      desc(incidents.createdAt),
    );
  const today = civilDateOfInstant(context.now);
  return { incidents: rows.map((row) => present(row, today)) };
};
