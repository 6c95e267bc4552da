import { eq, sql } from 'drizzle-orm';
import type { Assignment } from '../../../contracts/assignments';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, versionConflict } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { findAssignment, presentAssignment } from './load-assignment';
import { assignments } from './schema';

/** What the coordinator may do to close an assignment, from which status. */
const transitions = {
  withdraw: { from: 'proposed', to: 'withdrawn' },
  end: { from: 'planned', to: 'ended' },
  cancel: { from: 'planned', to: 'cancelled' },
} as const;

export type CloseAction = keyof typeof transitions;

/**
 * Withdraw a proposal, end planned work that is done, or cancel planned work, always with a reason; a stale
 * version is 409, a wrong status 409 INVALID_STATE. Closed assignments no longer count for the caps.
 */
export const closeAssignment = async (
  tx: Transaction,
  context: RequestContext,
  input: { assignmentId: string; version: number; reason: string; action: CloseAction },
): Promise<Assignment> => {
  const { from, to } = transitions[input.action];
  const row = await findAssignment(tx, context, input.assignmentId, true);
  if (row.assignment.version !== input.version) throw versionConflict();
  if (row.assignment.status !== from) {
    throw new AppError('conflict', 'INVALID_STATE', `Only a ${from} assignment can be ${to}`, { status: row.assignment.status });
  }
  await tx
    .update(assignments)
    .set({ status: to, statusReason: input.reason, version: sql`${assignments.version} + 1`, updatedAt: context.now })
    .where(eq(assignments.id, row.assignment.id));
  await recordAudit(tx, context, {
    action: `assignment.${input.action}`,
    entityType: 'assignment',
    entityId: row.assignment.id,
    changedFields: { reason: input.reason },
  });
  return presentAssignment(tx, context, await findAssignment(tx, context, input.assignmentId));
};
