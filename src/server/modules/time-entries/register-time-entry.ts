import { and, eq, inArray } from 'drizzle-orm';
import type { RegisterTimeEntryRequest, TimeEntry, TimeEntryCheck } from '../../../contracts/time-entries';
import type { ErrorCode } from '../../../contracts/errors';
import { checkProposedEntry } from '../../../domain/limits/limit-check';
import { countedHoursOf } from '../../../domain/limits/counted-hours';
import { parameterOn } from '../../../domain/parameters/parameter-lookup';
import type { RuleReason } from '../../../domain/rules/rule-reason';
import { parseCivilDate, type CivilDate } from '../../../domain/time/civil-date';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { civilTimeMinutes } from '../../../domain/time/civil-time';
import { addWorkingDays } from '../../../domain/time/working-days';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Executor, Transaction } from '../../platform/db/database';
import { AppError, notFound, ruleRefused } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { assignments } from '../assignments/schema';
import { lockParticipantHours, shiftWorkedHours } from '../participants/worked-hours';
import { findEntryParticipant, type EntryOwner, type OwnerParticipant } from './entry-participant';
import { latestTrajectoryWindow } from '../trajectories/latest-trajectory-window';
import { findTimeEntry, presentTimeEntry } from './present-time-entry';
import { countersOutput, yearLedger } from './read-hours-counters';
import { timeEntries } from './schema';

/** A refusal that is not a scheme rule: shown with its own code, and `rule: null`. */
type EntryRefusal = {
  readonly code: Extract<ErrorCode, 'TIME_ENTRY_IN_FUTURE' | 'TIME_ENTRY_OVERLAP' | 'ASSIGNMENT_NOT_WORKABLE'>;
  readonly rule: null;
  readonly details: Readonly<Record<string, string | number | null>>;
};

type Refusal = EntryRefusal | RuleReason;

/** Entries whose hours count (decision 130): what may not overlap the new one. */
const countingStatuses = ['registered', 'contested', 'confirmed'] as const;

type Worked = { readonly workDate: CivilDate; readonly startMinute: number | null; readonly endMinute: number | null; readonly minutes: number };

/** The worked minutes of a request: end minus start (same day, 24:00 allowed as end), or the duration given. */
const workedOf = (input: RegisterTimeEntryRequest): Worked => {
  const workDate = parseCivilDate(input.workDate);
  if (input.startTime === undefined || input.endTime === undefined) {
    return { workDate, startMinute: null, endMinute: null, minutes: input.minutes ?? 0 };
  }
  const startMinute = civilTimeMinutes(input.startTime) ?? 0;
  const endMinute = civilTimeMinutes(input.endTime, true) ?? 0;
  if (endMinute <= startMinute) {
    throw new AppError('validation', 'TIME_ENTRY_END_BEFORE_START', 'The end time must be after the start time', {
      issues: [{ path: 'endTime', message: 'The end time must be after the start time' }],
    });
  }
  return { workDate, startMinute, endMinute, minutes: endMinute - startMinute };
};

const overlapRefusals = async (db: Executor, participant: OwnerParticipant, worked: Worked): Promise<EntryRefusal[]> => {
  if (worked.startMinute === null || worked.endMinute === null) return [];
  const sameDay = await db
    .select({ id: timeEntries.id, startTime: timeEntries.startTime, endTime: timeEntries.endTime })
    .from(timeEntries)
    .where(
      and(
        eq(timeEntries.organiserId, participant.organiserId),
        eq(timeEntries.participantId, participant.id),
        eq(timeEntries.workDate, worked.workDate),
        inArray(timeEntries.status, countingStatuses),
      ),
    );
  const { startMinute, endMinute } = worked;
  const clash = sameDay.find((other) => {
    const otherStart = other.startTime === null ? null : civilTimeMinutes(other.startTime);
    const otherEnd = other.endTime === null ? null : civilTimeMinutes(other.endTime, true);
    return otherStart !== null && otherEnd !== null && startMinute < otherEnd && otherStart < endMinute;
  });
  if (!clash) return [];
  return [{ code: 'TIME_ENTRY_OVERLAP', rule: null, details: { entryId: clash.id, startTime: clash.startTime, endTime: clash.endTime } }];
};

type Judgement = {
  readonly participant: OwnerParticipant;
  readonly assignment: { id: string; clientId: string };
  readonly worked: Worked;
  readonly refusals: readonly Refusal[];
  readonly check: TimeEntryCheck;
};

/**
 * Every reason the entry may not be saved: the assignment is not the participant's (404) or not planned or ended,
 * the date is in the future, the times overlap another counting entry that day, or R4/R5 (caps of started hours
 * on the worked days, trajectory window). No closed periods exist yet, so none is checked.
 */
const judge = async (db: Executor, context: RequestContext, owner: EntryOwner, input: RegisterTimeEntryRequest, participant: OwnerParticipant): Promise<Judgement> => {
  const [assignment] = await db
    .select({ id: assignments.id, clientId: assignments.clientId, status: assignments.status })
    .from(assignments)
    .where(and(eq(assignments.id, input.assignmentId), eq(assignments.organiserId, participant.organiserId), eq(assignments.participantId, participant.id)));
  if (!assignment) throw notFound(owner.self ? 'Assignment' : 'Assignment of this participant');
  const worked = workedOf(input);
  const today = civilDateOfInstant(context.now);
  const refusals: Refusal[] = [];
  if (assignment.status !== 'planned' && assignment.status !== 'ended') {
    refusals.push({ code: 'ASSIGNMENT_NOT_WORKABLE', rule: null, details: { status: assignment.status } });
  }
  if (worked.workDate > today) refusals.push({ code: 'TIME_ENTRY_IN_FUTURE', rule: null, details: { workDate: worked.workDate, today } });
  refusals.push(...(await overlapRefusals(db, participant, worked)));
  const ledger = await yearLedger(db, participant, worked.workDate);
  const window = await latestTrajectoryWindow(db, participant);
  if (window === null) refusals.push({ code: 'TRAJECTORY_NOT_STARTED', rule: 'R5' });
  else refusals.push(...checkProposedEntry(ledger, window, { date: worked.workDate, minutes: worked.minutes }).reasons);
  const check: TimeEntryCheck = {
    accepted: refusals.length === 0,
    minutes: worked.minutes,
    countedHours: countedHoursOf(worked.minutes),
    refusals: refusals.map((refusal) => ({ ...refusal })),
    counters: countersOutput(ledger, worked.workDate, window),
  };
  return { participant, assignment, worked, refusals, check };
};

const refusedError = (refusals: readonly Refusal[]): AppError => {
  const ruleReasons = refusals.filter((refusal): refusal is RuleReason => refusal.rule !== null);
  const [other] = refusals.filter((refusal): refusal is EntryRefusal => refusal.rule === null);
  if (!other) return ruleRefused(ruleReasons, 'Registering these hours would break a rule of wijk-werken');
  return new AppError('ruleRefused', other.code, 'These hours cannot be registered', { rule: null, reasons: refusals });
};

/** The "check before saving": what registering would say, and the counters of the work date; nothing is saved. */
export const checkTimeEntry = async (
  db: Executor,
  context: RequestContext,
  { owner, ...input }: RegisterTimeEntryRequest & { owner: EntryOwner },
): Promise<TimeEntryCheck> => (await judge(db, context, owner, input, await findEntryParticipant(db, context, owner))).check;

/**
 * Registers hours (status registered) for the participant, by themselves or by a coordinator on their behalf. The
 * participant's hours lock is taken before anything is read, so two registrations at once are judged one after
 * the other and cannot together pass a cap (decision 130). The client's deadline is `clientConfirmationWorkingDays`
 * working days from today (decision 107).
 */
export const registerTimeEntry = async (
  tx: Transaction,
  context: RequestContext,
  { owner, ...input }: RegisterTimeEntryRequest & { owner: EntryOwner },
): Promise<TimeEntry> => {
  const participant = await findEntryParticipant(tx, context, owner);
  await lockParticipantHours(tx, { organiserId: participant.organiserId, participantId: participant.id });
  const { assignment, worked, refusals } = await judge(tx, context, owner, input, participant);
  if (refusals.length > 0) throw refusedError(refusals);
  const today = civilDateOfInstant(context.now);
  const countedHours = countedHoursOf(worked.minutes);
  const [inserted] = await tx
    .insert(timeEntries)
    .values({
      organiserId: participant.organiserId,
      participantId: participant.id,
      assignmentId: assignment.id,
      clientId: assignment.clientId,
      workDate: worked.workDate,
      startTime: input.startTime ?? null,
      endTime: input.endTime ?? null,
      minutes: worked.minutes,
      countedHours,
      status: 'registered',
      enteredByAccountId: context.actor.accountId,
      onBehalf: !owner.self,
      confirmDeadline: addWorkingDays(today, parameterOn('clientConfirmationWorkingDays', today)),
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning({ id: timeEntries.id });
  if (!inserted) throw new Error('The time entry was not stored');
  await shiftWorkedHours(tx, { organiserId: participant.organiserId, participantId: participant.id }, { date: worked.workDate, minutes: worked.minutes }, 1);
  await recordAudit(tx, context, {
    action: 'time_entry.register',
    entityType: 'time_entry',
    entityId: inserted.id,
    changedFields: {
      participantId: participant.id,
      assignmentId: assignment.id,
      workDate: worked.workDate,
      startTime: input.startTime ?? null,
      endTime: input.endTime ?? null,
      minutes: worked.minutes,
      countedHours,
      onBehalf: !owner.self,
    },
  });
  return presentTimeEntry(await findTimeEntry(tx, context, inserted.id));
};
