import { and, eq } from 'drizzle-orm';
import type { Incident, ReportIncidentRequest } from '../../../contracts/incidents';
import { accidentReportDeadline } from '../../../domain/insurance/accident-report-deadline';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { parseCivilDate } from '../../../domain/time/civil-date';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { assignments } from '../assignments/schema';
import { visibleClientIdsOfContact } from '../clients/client-contact-access';
import { findVisibleParticipant } from '../participants/participant-access';
import { participants } from '../participants/schema';
import { findIncident } from './load-incident';
import { incidents } from './schema';

type ReportInput = Omit<ReportIncidentRequest, 'participantId'> & { participantId: string | null };

const findAssignment = async (tx: Transaction, organiserId: string, assignmentId: string) => {
  const [row] = await tx
    .select({ participantId: assignments.participantId, clientId: assignments.clientId })
    .from(assignments)
    .where(and(eq(assignments.id, assignmentId), eq(assignments.organiserId, organiserId)));
  if (!row) throw notFound('Assignment');
  return row;
};

/**
 * Whom the incident happened to, as the reporter may name them: staff a participant they may see; a wijk-werker
 * themselves; a client contact the participant of an assignment at their client. An assignment named must be that
 * participant's (404 otherwise, as for anyone else's).
 */
const affectedParticipant = async (tx: Transaction, context: RequestContext, input: ReportInput): Promise<string> => {
  const { actor } = context;
  const assignment = input.assignmentId ? await findAssignment(tx, actor.organiserId, input.assignmentId) : null;
  if (actor.role === 'client') {
    if (assignment === null || !(await visibleClientIdsOfContact(tx, actor)).includes(assignment.clientId)) throw notFound('Assignment');
    return assignment.participantId;
  }
  let participantId: string;
  if (actor.role === 'participant') {
    const [own] = await tx
      .select({ id: participants.id })
      .from(participants)
      .where(and(eq(participants.organiserId, actor.organiserId), eq(participants.accountId, actor.accountId)));
    if (!own) throw notFound('Participant');
    participantId = own.id;
  } else {
    participantId = (await findVisibleParticipant(tx, actor, input.participantId ?? '')).id;
  }
  if (assignment !== null && assignment.participantId !== participantId) throw notFound('Assignment');
  return participantId;
};

/** Files an incident (R20) with its VDAB deadline of 7 working days after the day it happened. */
export const reportIncident = async (tx: Transaction, context: RequestContext, input: ReportInput): Promise<Incident> => {
  if (input.occurredOn > civilDateOfInstant(context.now)) {
    throw new AppError('validation', 'VALIDATION_FAILED', 'An incident is reported after it happened', {
      issues: [{ path: 'body.occurredOn', message: 'in the future' }],
    });
  }
  const participantId = await affectedParticipant(tx, context, input);
  const reportDeadline = accidentReportDeadline(parseCivilDate(input.occurredOn));
  const [row] = await tx
    .insert(incidents)
    .values({
      organiserId: context.actor.organiserId,
      participantId,
      assignmentId: input.assignmentId ?? null,
      occurredOn: input.occurredOn,
      occurredAt: input.occurredAt ?? null,
      location: input.location,
      description: input.description,
      injuries: input.injuries,
      witnesses: input.witnesses,
      reportDeadline,
      filedBy: context.actor.accountId,
      filedByRole: context.actor.role,
      createdAt: context.now,
    })
    .returning({ id: incidents.id });
  if (!row) throw new Error('incident not stored');
  await recordAudit(tx, context, {
    action: 'incident.create',
    entityType: 'incident',
    entityId: row.id,
    changedFields: { participantId, assignmentId: input.assignmentId ?? null, occurredOn: input.occurredOn, injuries: input.injuries, reportDeadline },
  });
  return findIncident(tx, context, { incidentId: row.id });
};
