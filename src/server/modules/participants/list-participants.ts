import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { encodeCursor } from '../../../contracts/pagination';
import type { ListParticipantsQuery, ParticipantSummary } from '../../../contracts/participants';
import { visibleSensitiveFields } from '../../../contracts/policies/participants';
import { addMonthsClamped } from '../../../domain/time/civil-date-arithmetic';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import type { Actor } from '../../platform/auth/actor';
import { accounts } from '../../platform/auth/schema';
import type { Executor } from '../../platform/db/database';
import { containsPattern } from '../../platform/db/like-pattern';
import { reusableStatement } from '../../platform/db/reusable-statement';
import type { RequestContext } from '../../platform/http/request-context';
import { municipalities } from '../municipalities/schema';
import { participantVisibleTo, visibilityPlaceholders, visibilityShapeName, visibilityValues } from './participant-access';
import { participants } from './schema';
import { trajectorySection } from './trajectory-section';

const counsellor = alias(accounts, 'counsellor');
const coach = alias(accounts, 'coach');

/** The optional parts of the query; each combination is its own reusable statement (a few dozen in practice). */
const filterNames = ['q', 'status', 'municipalityId', 'counsellorId', 'coachId', 'benefitStatus', 'monthsLeftAtMost', 'cursor'] as const;
type ListShape = { actor: Actor; present: ReadonlySet<(typeof filterNames)[number]> };

const placeholder = sql.placeholder;

const listStatement = reusableStatement(
  ({ actor, present }: ListShape) => `participant_list_${visibilityShapeName(actor)}_${filterNames.map((name) => (present.has(name) ? '1' : '0')).join('')}`,
  (db, { actor, present }) => {
    const pattern = placeholder('pattern');
    const section = trajectorySection();
    return db
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
        latestTrajectory: section.latestJson(participants),
      })
      .from(participants)
      .leftJoin(municipalities, eq(municipalities.id, participants.municipalityId))
      .leftJoin(counsellor, eq(counsellor.id, participants.counsellorAccountId))
      .leftJoin(coach, eq(coach.id, participants.coachAccountId))
      .where(
        and(
          participantVisibleTo(visibilityPlaceholders(actor)),
          present.has('q')
            ? or(
                sql`lower(${participants.lastName} || ' ' || ${participants.firstName}) like ${pattern}`,
                sql`lower(${participants.firstName} || ' ' || ${participants.lastName}) like ${pattern}`,
                ilike(participants.email, pattern),
              )
            : undefined,
          present.has('status') ? eq(participants.status, placeholder('status')) : undefined,
          present.has('municipalityId') ? eq(participants.municipalityId, placeholder('municipalityId')) : undefined,
          present.has('counsellorId') ? eq(participants.counsellorAccountId, placeholder('counsellorId')) : undefined,
          present.has('coachId') ? eq(participants.coachAccountId, placeholder('coachId')) : undefined,
          present.has('benefitStatus') ? eq(participants.benefitStatus, placeholder('benefitStatus')) : undefined,
          present.has('monthsLeftAtMost') ? section.runningEndingBy(participants, placeholder('monthsLeftBound')) : undefined,
          present.has('cursor')
            ? sql`(${participants.lastName}, ${participants.firstName}, ${participants.id}) > (${placeholder('afterLastName')}, ${placeholder('afterFirstName')}, ${placeholder('afterId')})`
            : undefined,
        ),
      )
      .orderBy(asc(participants.lastName), asc(participants.firstName), asc(participants.id))
      .limit(placeholder('limit'));
  },
);

/**
 * The searchable list: name search, filters, keyset pages ordered by last name, first name, id, each row with its
 * latest trajectory. One statement, so the cost stays flat with the size of the caseload.
 */
export const listParticipants = async (
  db: Executor,
  context: RequestContext,
  query: ListParticipantsQuery,
): Promise<{ items: ParticipantSummary[]; nextCursor: string | null }> => {
  const { actor } = context;
  const today = civilDateOfInstant(context.now);
  const present = new Set(filterNames.filter((name) => query[name] !== undefined && query[name] !== ''));
  const rows = await listStatement(db, { actor, present }).execute({
    ...visibilityValues(actor),
    pattern: query.q === undefined ? undefined : containsPattern(query.q.toLowerCase()),
    status: query.status,
    municipalityId: query.municipalityId,
    counsellorId: query.counsellorId,
    coachId: query.coachId,
    benefitStatus: query.benefitStatus,
    monthsLeftBound: query.monthsLeftAtMost === undefined ? undefined : addMonthsClamped(today, query.monthsLeftAtMost),
    afterLastName: query.cursor?.[0],
    afterFirstName: query.cursor?.[1],
    afterId: query.cursor?.[2],
    limit: query.limit + 1,
  });

  const page = rows.slice(0, query.limit);
  const section = trajectorySection();
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
      trajectory: section.presentLatest(row.latestTrajectory, row, today),
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.lastName, last.firstName, last.id]) : null,
  };
};
