import { and, eq } from 'drizzle-orm';
import type { Assignment, CreateAssignmentRequest } from '../../../contracts/assignments';
import { estimatedTravelDistance } from '../../../domain/geography/travel-distance';
import { scheduleSessionsIn } from '../../../domain/job-requests/schedule-sessions';
import type { FactorLine } from '../../../domain/matching/matching-result';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { civilTimeText } from '../../../domain/time/civil-time';
import { laterOf } from '../../../domain/time/civil-date';
import { addDays } from '../../../domain/time/civil-date-arithmetic';
import { recordAudit } from '../../platform/audit/record-audit';
import { memberships } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import { AppError, notFound, ruleRefused } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { jobRequests } from '../job-requests/schema';
import { queueMessage } from '../messages/queue-message';
import { participants } from '../participants/schema';
import { checkAssignmentPlanning } from './assignment-planning';
import { clientGateReasons } from './client-gate';
import { findAssignment, presentAssignment } from './load-assignment';
import { assignments } from './schema';

/** A job request takes proposals while it is new or in matching; planned, finished or cancelled work does not. */
const openForProposals: readonly string[] = ['new', 'matching'];

const distanceOf = (input: CreateAssignmentRequest, homePostcode: string, placePostcode: string, onDate: Parameters<typeof estimatedTravelDistance>[2]) => {
  if (input.oneWayMetres !== undefined) {
    return { oneWayMetres: input.oneWayMetres, roundTripMetres: input.roundTripMetres ?? 2 * input.oneWayMetres, distanceSource: 'staff' as const };
  }
  const estimate = estimatedTravelDistance(homePostcode, placePostcode, onDate);
  return estimate.known
    ? { oneWayMetres: estimate.oneWayMetres, roundTripMetres: input.roundTripMetres ?? estimate.roundTripMetres, distanceSource: 'estimate' as const }
    : { oneWayMetres: null, roundTripMetres: input.roundTripMetres ?? null, distanceSource: 'estimate' as const };
};

/** The coach named on the proposal must be a coach of this organiser; without one the participant's own coach goes along. */
const coachOf = async (tx: Transaction, organiserId: string, requested: string | null | undefined, participantCoach: string | null) => {
  if (requested === undefined) return participantCoach;
  if (requested === null) return null;
  const [membership] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organiserId, organiserId), eq(memberships.accountId, requested), eq(memberships.role, 'coach')));
  if (!membership) throw notFound('Coach');
  return requested;
};

/**
 * A proposal (issue 10): the participant is asked to do the job request's work. It copies the request's activity,
 * place and schedule; the distance is the staff's or the postcode estimate (decision 050). Its sessions are
 * tentative, so breaking a cap only warns (decision 053); R17 refuses a client that may not be planned. The
 * participant is told in their own language and channel.
 */
export const createAssignment = async (tx: Transaction, context: RequestContext, input: CreateAssignmentRequest & { publicUrl: URL }): Promise<Assignment> => {
  const { organiserId } = context.actor;
  const [jobRequest] = await tx
    .select()
    .from(jobRequests)
    .where(and(eq(jobRequests.id, input.jobRequestId), eq(jobRequests.organiserId, organiserId)));
  if (!jobRequest) throw notFound('Job request');
  const [participant] = await tx
    .select()
    .from(participants)
    .where(and(eq(participants.id, input.participantId), eq(participants.organiserId, organiserId)));
  if (!participant) throw notFound('Participant');
  if (!openForProposals.includes(jobRequest.status)) {
    throw new AppError('conflict', 'INVALID_STATE', 'This job request takes no proposals now', { status: jobRequest.status });
  }
  const today = civilDateOfInstant(context.now);
  const { schedule } = jobRequest;
  const gate = await clientGateReasons(tx, organiserId, jobRequest.clientId, schedule, today);
  if (gate.length > 0) throw ruleRefused(gate, 'The client’s work may not be planned yet');
  const planning = await checkAssignmentPlanning(tx, organiserId, participant, { schedule, tentative: true, today, assignmentId: null });

  const firstSession = scheduleSessionsIn(schedule, laterOf(today, schedule.startDate), addDays(laterOf(today, schedule.startDate), 6))[0];
  const coachAccountId = await coachOf(tx, organiserId, input.coachAccountId, participant.coachAccountId);
  const matchFactors: FactorLine[] = input.matchFactors ?? [];
  const [created] = await tx
    .insert(assignments)
    .values({
      organiserId,
      jobRequestId: jobRequest.id,
      participantId: participant.id,
      clientId: jobRequest.clientId,
      activityCode: jobRequest.activityCode,
      placeStreet: jobRequest.placeStreet,
      placePostcode: jobRequest.placePostcode,
      placeCity: jobRequest.placeCity,
      schedule,
      ...distanceOf(input, participant.postcode, jobRequest.placePostcode, laterOf(today, schedule.startDate)),
      coachAccountId,
      status: 'proposed',
      matchFactors,
      proposedByAccountId: context.actor.accountId,
      proposedAt: context.now,
      createdAt: context.now,
      updatedAt: context.now,
    })
    // The partial unique index: one open proposal or planned assignment per participant and request.
    .onConflictDoNothing()
    .returning({ id: assignments.id });
  if (!created) throw new AppError('conflict', 'ALREADY_EXISTS', 'This participant already has this job proposed or planned');
  await recordAudit(tx, context, {
    action: 'assignment.propose',
    entityType: 'assignment',
    entityId: created.id,
    changedFields: { jobRequestId: jobRequest.id, participantId: participant.id, warnings: planning.reasons.map((reason) => reason.code) },
  });
  const row = await findAssignment(tx, context, created.id);
  await queueMessage(tx, context, {
    recipient: { kind: 'participant', participantId: participant.id },
    template: 'assignment-proposed',
    data: {
      clientName: row.clientName,
      city: jobRequest.placeCity,
      firstDate: firstSession?.date ?? schedule.startDate,
      startTime: civilTimeText(firstSession?.startMinute ?? schedule.slots[0]?.startMinute ?? 0),
      weekly: schedule.kind === 'weekly',
      portalUrl: new URL('/mijn-planning', input.publicUrl).toString(),
    },
  });
  return presentAssignment(tx, context, row);
};
