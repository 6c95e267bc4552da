import { and, asc, desc, eq, exists, ilike, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { encodeCursor } from '../../../contracts/pagination';
import type { ListParticipantsQuery, ParticipantSummary } from '../../../contracts/participants';
import { addMonthsClamped } from '../../../domain/time/civil-date-arithmetic';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import type { Actor } from '../../platform/auth/actor';
import { accounts } from '../../platform/auth/schema';
import type { Database } from '../../platform/db/database';
import { municipalities } from '../municipalities/schema';
import { describeTrajectory } from '../trajectories/describe-trajectory';
import { trajectories } from '../trajectories/schema';
import { participantVisibleTo } from './participant-access';
import { visibleSensitiveFields } from './policy';
import { participants } from './schema';
import { containsPattern } from '../../platform/db/like-pattern';

const counsellor = alias(accounts, 'counsellor');
const coach = alias(accounts, 'coach');


/**
 * The searchable list: name search, filters, keyset pages ordered by last name, first name, id. Only the page's
 * trajectories are loaded, so the cost stays flat with the size of the caseload.
 */
export const listParticipants = async (
  db: Database,
  actor: Actor,
  query: ListParticipantsQuery,
  now: Date,
): Promise<{ items: ParticipantSummary[]; nextCursor: string | null }> => {
  const today = civilDateOfInstant(now);
  const after = query.cursor;
  const pattern = query.q ? containsPattern(query.q.toLowerCase()) : undefined;
  const monthsLeftBound = query.monthsLeftAtMost === undefined ? undefined : addMonthsClamped(today, query.monthsLeftAtMost);
  const rows = await db
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      status: participants.status,
      benefitStatus: participants.benefitStatus,
      pwaLastWorkedOn: participants.pwaLastWorkedOn,
      municipality: municipalities.nameNl,
      counsellorId: counsellor.id,
      counsellorName: counsellor.displayName,
      coachId: coach.id,
      coachName: coach.displayName,
    })
    .from(participants)
    .leftJoin(municipalities, eq(municipalities.id, participants.municipalityId))
    .leftJoin(counsellor, eq(counsellor.id, participants.counsellorAccountId))
    .leftJoin(coach, eq(coach.id, participants.coachAccountId))
    .where(
      and(
        participantVisibleTo(actor),
        pattern
          ? or(
              sql`lower(${participants.lastName} || ' ' || ${participants.firstName}) like ${pattern}`,
              sql`lower(${participants.firstName} || ' ' || ${participants.lastName}) like ${pattern}`,
              ilike(participants.email, pattern),
            )
          : undefined,
        query.status ? eq(participants.status, query.status) : undefined,
        query.municipalityId ? eq(participants.municipalityId, query.municipalityId) : undefined,
        query.counsellorId ? eq(participants.counsellorAccountId, query.counsellorId) : undefined,
        query.coachId ? eq(participants.coachAccountId, query.coachId) : undefined,
        query.benefitStatus ? eq(participants.benefitStatus, query.benefitStatus) : undefined,
        monthsLeftBound
          ? exists(
              db
                .select({ one: sql`1` })
                .from(trajectories)
                .where(
                  and(
                    eq(trajectories.participantId, participants.id),
                    isNull(trajectories.endedOn),
                    lte(trajectories.plannedEndDate, monthsLeftBound),
                  ),
                ),
            )
          : undefined,
        after
          ? sql`(${participants.lastName}, ${participants.firstName}, ${participants.id}) > (${after[0]}, ${after[1]}, ${after[2]})`
          : undefined,
      ),
    )
    .orderBy(asc(participants.lastName), asc(participants.firstName), asc(participants.id))
    .limit(query.limit + 1);

  const page = rows.slice(0, query.limit);
  const trajectoryRows = page.length
    ? await db
        .select()
        .from(trajectories)
        .where(and(eq(trajectories.organiserId, actor.organiserId), inArray(trajectories.participantId, page.map((row) => row.id))))
        .orderBy(desc(trajectories.startDate))
    : [];
  const showsBenefitStatus = visibleSensitiveFields(actor.role).includes('benefitStatus');
  const last = page.at(-1);
  return {
    items: page.map((row) => {
      const latest = trajectoryRows.find((trajectory) => trajectory.participantId === row.id);
      const detail = latest ? describeTrajectory(latest, [], row.pwaLastWorkedOn, today) : null;
      return {
        id: row.id,
        firstName: row.firstName,
        lastName: row.lastName,
        municipality: row.municipality,
        status: row.status,
        ...(showsBenefitStatus ? { benefitStatus: row.benefitStatus } : {}),
        counsellor: row.counsellorId && row.counsellorName ? { accountId: row.counsellorId, name: row.counsellorName } : null,
        coach: row.coachId && row.coachName ? { accountId: row.coachId, name: row.coachName } : null,
        trajectory: detail
          ? {
              id: detail.id,
              startDate: detail.startDate,
              endDate: detail.endDate,
              status: detail.status,
              monthNumber: detail.monthNumber,
              ofMonths: detail.ofMonths,
              monthsLeft: detail.monthsLeft,
              nextEvaluationDate: detail.nextEvaluationDate,
            }
          : null,
      };
    }),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.lastName, last.firstName, last.id]) : null,
  };
};
