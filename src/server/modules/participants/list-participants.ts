import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { encodeCursor } from '../../../contracts/pagination';
import type { ListParticipantsQuery, ParticipantSummary } from '../../../contracts/participants';
import { addMonthsClamped } from '../../../domain/time/civil-date-arithmetic';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { accounts } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { municipalities } from '../municipalities/schema';
import { participantVisibleTo } from './participant-access';
import { visibleSensitiveFields } from '../../../contracts/policies/participants';
import { participants } from './schema';
import { trajectorySection } from './trajectory-section';
import { containsPattern } from '../../platform/db/like-pattern';

const counsellor = alias(accounts, 'counsellor');
const coach = alias(accounts, 'coach');


/**
 * The searchable list: name search, filters, keyset pages ordered by last name, first name, id. Only the page's
 * trajectories are loaded, so the cost stays flat with the size of the caseload.
 */
export const listParticipants = async (
  tx: Transaction,
  context: RequestContext,
  query: ListParticipantsQuery,
): Promise<{ items: ParticipantSummary[]; nextCursor: string | null }> => {
  const { actor } = context;
  const today = civilDateOfInstant(context.now);
  const after = query.cursor;
  const pattern = query.q ? containsPattern(query.q.toLowerCase()) : undefined;
  const monthsLeftBound = query.monthsLeftAtMost === undefined ? undefined : addMonthsClamped(today, query.monthsLeftAtMost);
  const rows = await tx
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
        monthsLeftBound ? trajectorySection().runningEndingBy(tx, monthsLeftBound) : undefined,
        after
          ? sql`(${participants.lastName}, ${participants.firstName}, ${participants.id}) > (${after[0]}, ${after[1]}, ${after[2]})`
          : undefined,
      ),
    )
    .orderBy(asc(participants.lastName), asc(participants.firstName), asc(participants.id))
    .limit(query.limit + 1);

  const page = rows.slice(0, query.limit);
  const latestTrajectories = await trajectorySection().latestOf(tx, context, page);
  const showsBenefitStatus = visibleSensitiveFields(actor.role).includes('benefitStatus');
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      firstName: row.firstName,
      lastName: row.lastName,
      municipality: row.municipality,
      status: row.status,
      ...(showsBenefitStatus ? { benefitStatus: row.benefitStatus } : {}),
      counsellor: row.counsellorId && row.counsellorName ? { accountId: row.counsellorId, name: row.counsellorName } : null,
      coach: row.coachId && row.coachName ? { accountId: row.coachId, name: row.coachName } : null,
      trajectory: latestTrajectories.get(row.id) ?? null,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.lastName, last.firstName, last.id]) : null,
  };
};
