import { and, asc, desc, eq, exists, inArray, isNull, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TrajectorySummary } from '../../../contracts/trajectories';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { accounts } from '../../platform/auth/schema';
import { participantVisibleTo } from '../participants/participant-access';
import { participants } from '../participants/schema';
import type { TrajectorySection } from '../participants/trajectory-section';
import { describeTrajectory } from './describe-trajectory';
import { evaluations, trajectories } from './schema';

const counsellorAccount = alias(accounts, 'counsellor_account');

/** The trajectories as the participant record, list and reminders show them; the app composer hands this to participants. */
export const participantTrajectories: TrajectorySection = {
  ofParticipant: async (tx, context, owner) => {
    const organiserId = context.actor.organiserId;
    const today = civilDateOfInstant(context.now);
    const trajectoryRows = await tx
      .select()
      .from(trajectories)
      .where(and(eq(trajectories.organiserId, organiserId), eq(trajectories.participantId, owner.id)))
      .orderBy(desc(trajectories.startDate));
    const evaluationRows = trajectoryRows.length
      ? await tx
          .select({ evaluation: evaluations, counsellorName: counsellorAccount.displayName })
          .from(evaluations)
          .innerJoin(counsellorAccount, eq(counsellorAccount.id, evaluations.recordedBy))
          .where(and(eq(evaluations.organiserId, organiserId), inArray(evaluations.trajectoryId, trajectoryRows.map((t) => t.id))))
          .orderBy(asc(evaluations.heldOn))
      : [];
    return trajectoryRows.map((trajectory) =>
      describeTrajectory(
        trajectory,
        evaluationRows.filter((e) => e.evaluation.trajectoryId === trajectory.id).map((e) => ({ ...e.evaluation, counsellorName: e.counsellorName })),
        owner.pwaLastWorkedOn,
        today,
      ),
    );
  },

  latestOf: async (tx, context, owners) => {
    if (owners.length === 0) return new Map();
    const today = civilDateOfInstant(context.now);
    const trajectoryRows = await tx
      .select()
      .from(trajectories)
      .where(and(eq(trajectories.organiserId, context.actor.organiserId), inArray(trajectories.participantId, owners.map((owner) => owner.id))))
      .orderBy(desc(trajectories.startDate));
    const latest = new Map<string, TrajectorySummary>();
    for (const owner of owners) {
      const row = trajectoryRows.find((trajectory) => trajectory.participantId === owner.id);
      if (!row) continue;
      const { id, startDate, endDate, status, monthNumber, ofMonths, monthsLeft, nextEvaluationDate } = describeTrajectory(row, [], owner.pwaLastWorkedOn, today);
      latest.set(owner.id, { id, startDate, endDate, status, monthNumber, ofMonths, monthsLeft, nextEvaluationDate });
    }
    return latest;
  },

  runningEndingBy: (tx, date) =>
    exists(
      tx
        .select({ one: sql`1` })
        .from(trajectories)
        .where(and(eq(trajectories.participantId, participants.id), isNull(trajectories.endedOn), lte(trajectories.plannedEndDate, date))),
    ),

  evaluationsDue: async (tx, context, { horizon }) => {
    const today = civilDateOfInstant(context.now);
    const active = await tx
      .select({ trajectory: trajectories, firstName: participants.firstName, lastName: participants.lastName, pwaLastWorkedOn: participants.pwaLastWorkedOn })
      .from(trajectories)
      .innerJoin(participants, eq(participants.id, trajectories.participantId))
      .where(and(participantVisibleTo(context.actor), isNull(trajectories.endedOn)));
    return active.flatMap(({ trajectory, firstName, lastName, pwaLastWorkedOn }) => {
      const due = describeTrajectory(trajectory, [], pwaLastWorkedOn, today).nextEvaluationDate;
      return due !== null && due <= horizon
        ? [{ kind: 'evaluation_due' as const, participantId: trajectory.participantId, participantName: `${firstName} ${lastName}`, dueOn: due }]
        : [];
    });
  },
};
