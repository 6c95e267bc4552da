import { and, asc, desc, eq, exists, getTableColumns, ilike, isNull, lte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { encodeCursor } from '../../../contracts/pagination';
import type { ListParticipantsQuery, ParticipantSummary } from '../../../contracts/participants';
import { addMonthsClamped } from '../../../domain/time/civil-date-arithmetic';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import type { Actor } from '../../platform/auth/actor';
import { accounts } from '../../platform/auth/schema';
import type { Database } from '../../platform/db/database';
import { containsPattern } from '../../platform/db/like-pattern';
import { reusableStatement } from '../../platform/db/reusable-statement';
import { municipalities } from '../municipalities/schema';
import { describeTrajectory } from '../trajectories/describe-trajectory';
import { trajectories } from '../trajectories/schema';
import { participantVisibleTo, visibilityPlaceholders, visibilityShapeName, visibilityValues } from './participant-visibility';
import { visibleSensitiveFields } from './policy';
import { participants } from './schema';

const counsellor = alias(accounts, 'counsellor');
const coach = alias(accounts, 'coach');

/** The optional parts of the query; each combination is its own reusable statement. */
const filterNames = ['q', 'status', 'municipalityId', 'counsellorId', 'coachId', 'benefitStatus', 'monthsLeftAtMost', 'cursor'] as const;
type ListShape = { actor: Actor; present: ReadonlySet<(typeof filterNames)[number]> };

const shapeOf = (actor: Actor, query: ListParticipantsQuery): ListShape => ({
  actor,
  present: new Set(filterNames.filter((name) => query[name] !== undefined)),
});

const placeholder = sql.placeholder;

const listStatement = reusableStatement(
  ({ actor, present }: ListShape) => `participant_list_${visibilityShapeName(actor)}_${filterNames.map((name) => (present.has(name) ? '1' : '0')).join('')}`,
  (db, { actor, present }) => {
    const pattern = placeholder('pattern');
    // The participant's latest trajectory, in the same statement (the list shows where each one stands).
    const latest = db
      .select(getTableColumns(trajectories))
      .from(trajectories)
      .where(and(eq(trajectories.organiserId, placeholder('organiserId')), eq(trajectories.participantId, participants.id)))
      .orderBy(desc(trajectories.startDate))
      .limit(1)
      .as('latest');
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
        latest: {
          id: latest.id,
          organiserId: latest.organiserId,
          participantId: latest.participantId,
          startDate: latest.startDate,
          extensionsGranted: latest.extensionsGranted,
          pwaTransitional: latest.pwaTransitional,
          plannedEndDate: latest.plannedEndDate,
          endedOn: latest.endedOn,
          outcome: latest.outcome,
          outcomeReason: latest.outcomeReason,
          version: latest.version,
          createdAt: latest.createdAt,
        },
      })
      .from(participants)
      .leftJoin(municipalities, eq(municipalities.id, participants.municipalityId))
      .leftJoin(counsellor, eq(counsellor.id, participants.counsellorAccountId))
      .leftJoin(coach, eq(coach.id, participants.coachAccountId))
      .leftJoinLateral(latest, sql`true`)
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
          present.has('monthsLeftAtMost')
            ? exists(
                db
                  .select({ one: sql`1` })
                  .from(trajectories)
                  .where(
                    and(
                      eq(trajectories.participantId, participants.id),
                      isNull(trajectories.endedOn),
                      lte(trajectories.plannedEndDate, placeholder('monthsLeftBound')),
                    ),
                  ),
              )
            : undefined,
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
 * The searchable list: name search, filters, keyset pages ordered by last name, first name, id, each with its
 * latest trajectory. One statement, so the cost stays flat with the size of the caseload.
 */
export const listParticipants = async (
  db: Database,
  actor: Actor,
  query: ListParticipantsQuery,
  now: Date,
): Promise<{ items: ParticipantSummary[]; nextCursor: string | null }> => {
  const today = civilDateOfInstant(now);
  const rows = await listStatement(db, shapeOf(actor, query)).execute({
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
  const showsBenefitStatus = visibleSensitiveFields(actor.role).includes('benefitStatus');
  const last = page.at(-1);
  return {
    items: page.map((row) => {
      const detail = row.latest ? describeTrajectory(row.latest, [], row.pwaLastWorkedOn, today) : null;
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
