import { eq, sql } from 'drizzle-orm';
import type { Assignment } from '../../../contracts/assignments';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, ruleRefused, versionConflict } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { lockParticipantHours } from '../participants/worked-hours';
import { checkAssignmentPlanning } from './assignment-planning';
import { clientGateReasons } from './client-gate';
import { markJobRequestPlanned } from '../job-requests/mark-job-request-planned';
import { findAssignment, findOwnAssignment, presentAssignment, type AssignmentRow } from './load-assignment';
import { assignments } from './schema';

type Answer = { answer: 'accepted' } | { answer: 'declined'; reason: string };
type AnswerFields = { assignmentId: string; version: number } & Answer;
type AnswerInput = AnswerFields & { via: 'portal' | 'phone' };

const notOpen = (status: string) => new AppError('conflict', 'INVALID_STATE', 'This proposal was already answered or withdrawn', { status });

/**
 * Accepting: the sessions become firm and are checked against 60 h a month, 630 h a year and the trajectory end
 * (decision 053) on top of the participant's other planned work; a breach is refused with its rule and nothing is
 * saved. The participant's row is locked first, so two accepts for one participant run one after the other and
 * the second sees the first's hours. R17 is asked again: the client may have lost its standing since the proposal.
 */
const accept = async (tx: Transaction, context: RequestContext, row: AssignmentRow): Promise<void> => {
  const { assignment } = row;
  const today = civilDateOfInstant(context.now);
  const gate = await clientGateReasons(tx, assignment.organiserId, assignment.clientId, assignment.schedule, today);
  if (gate.length > 0) throw ruleRefused(gate, 'The client’s work may not be planned yet');
  const planning = await checkAssignmentPlanning(
    tx,
    assignment.organiserId,
    { id: assignment.participantId, pwaLastWorkedOn: row.participantPwaLastWorkedOn },
    { schedule: assignment.schedule, tentative: false, today, assignmentId: assignment.id },
  );
  if (!planning.accepted) throw ruleRefused(planning.reasons, 'Planning this would break a rule of wijk-werken');
};

const answer = async (tx: Transaction, context: RequestContext, input: AnswerInput, find: typeof findAssignment): Promise<Assignment> => {
  const before = await find(tx, context, input.assignmentId);
  await lockParticipantHours(tx, { organiserId: context.actor.organiserId, participantId: before.assignment.participantId });
  const row = await find(tx, context, input.assignmentId, true);
  if (row.assignment.version !== input.version) throw versionConflict();
  if (row.assignment.status !== 'proposed') throw notOpen(row.assignment.status);
  if (input.answer === 'accepted') await accept(tx, context, row);
  await tx
    .update(assignments)
    .set({
      status: input.answer === 'accepted' ? 'planned' : 'declined',
      statusReason: input.answer === 'declined' ? input.reason : null,
      answeredVia: input.via,
      answeredAt: context.now,
      version: sql`${assignments.version} + 1`,
      updatedAt: context.now,
    })
    .where(eq(assignments.id, row.assignment.id));
  if (input.answer === 'accepted') await markJobRequestPlanned(tx, context, row.assignment.jobRequestId);
  await recordAudit(tx, context, {
    action: input.answer === 'accepted' ? 'assignment.accept' : 'assignment.decline',
    entityType: 'assignment',
    entityId: row.assignment.id,
    changedFields: { answeredVia: input.via, ...(input.answer === 'declined' ? { reason: input.reason } : {}) },
  });
  return presentAssignment(tx, context, await find(tx, context, input.assignmentId));
};

/** The participant answers their own proposal in the portal; anyone else's is 404. */
export const answerOwnProposal = (tx: Transaction, context: RequestContext, input: AnswerFields): Promise<Assignment> =>
  answer(tx, context, { ...input, via: 'portal' }, findOwnAssignment);

/** The coordinator writes down the answer the participant gave on the phone. */
export const recordPhoneAnswer = (tx: Transaction, context: RequestContext, input: AnswerFields): Promise<Assignment> =>
  answer(tx, context, { ...input, via: 'phone' }, findAssignment);
