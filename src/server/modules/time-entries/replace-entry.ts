import { eq, sql } from 'drizzle-orm';
import { countedHoursOf } from '../../../domain/limits/counted-hours';
import { hoursInMonthOf, hoursInYearOf } from '../../../domain/limits/hours-ledger';
import { parameterOn } from '../../../domain/parameters/parameter-lookup';
import type { RuleReason } from '../../../domain/rules/rule-reason';
import { parseCivilDate, yearOf } from '../../../domain/time/civil-date';
import { AppError, ruleRefused } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import type { Transaction } from '../../platform/db/database';
import { recordAudit } from '../../platform/audit/record-audit';
import { consumeChequesForEntry } from '../cheques/cheque-consumption';
import { shiftWorkedHours, workedHoursLedger } from '../participants/worked-hours';
import { timeEntries } from './schema';

type Worked = { startTime: string; endTime: string } | { minutes: number };
type Original = typeof timeEntries.$inferSelect;

const minuteOfDay = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Start and end (end after start, same day) or minutes alone, as the row stores them. */
const workedFields = (worked: Worked) => {
  if ('minutes' in worked) return { startTime: null, endTime: null, minutes: worked.minutes };
  const minutes = minuteOfDay(worked.endTime) - minuteOfDay(worked.startTime);
  if (minutes <= 0) throw new AppError('validation', 'VALIDATION_FAILED', 'The end time must be after the start time', { field: 'worked.endTime' });
  return { startTime: worked.startTime, endTime: worked.endTime, minutes };
};

/** R4 for the new hours on the original's date, with the original's hours already taken off the ledger. */
const capReasons = async (tx: Transaction, original: Original, minutes: number): Promise<RuleReason[]> => {
  const date = parseCivilDate(original.workDate);
  const year = yearOf(date);
  const ledger = await workedHoursLedger(
    tx,
    { organiserId: original.organiserId, participantId: original.participantId },
    { from: parseCivilDate(`${year}-01-01`), to: parseCivilDate(`${year}-12-31`) },
  );
  const hours = countedHoursOf(minutes);
  const reasons: RuleReason[] = [];
  const month = { cap: parameterOn('monthlyCapHours', date), used: hoursInMonthOf(ledger, date) };
  const yearly = { cap: parameterOn('yearlyCapHours', date), used: hoursInYearOf(ledger, date) };
  if (month.used + hours > month.cap) {
    reasons.push({
      code: 'HOURS_MONTH_CAP_EXCEEDED',
      rule: 'R4',
      details: { month: original.workDate.slice(0, 7), capHours: month.cap, usedHours: month.used, proposedHours: hours },
    });
  }
  if (yearly.used + hours > yearly.cap) {
    reasons.push({ code: 'HOURS_YEAR_CAP_EXCEEDED', rule: 'R4', details: { year, capHours: yearly.cap, usedHours: yearly.used, proposedHours: hours } });
  }
  return reasons;
};

/**
 * The coordinator's change of a contested entry or correction of a confirmed one: the original becomes `corrected`
 * (its row is otherwise untouched), a NEW confirmed entry on the same date points to it with the reason, and the
 * worked hours move (−old, +new) under the participant's lock, which the caller holds; the caps are asked again.
 * Cheques are consumed for the new entry; releasing the original's is the caller's (only a confirmed one had any).
 */
export const replaceEntry = async (
  tx: Transaction,
  context: RequestContext,
  original: Original,
  change: { worked: Worked; reason: string; resolution: 'changed' | null },
): Promise<string> => {
  const fields = workedFields(change.worked);
  const owner = { organiserId: original.organiserId, participantId: original.participantId };
  await shiftWorkedHours(tx, owner, { date: parseCivilDate(original.workDate), minutes: original.minutes }, -1);
  const reasons = await capReasons(tx, original, fields.minutes);
  if (reasons.length > 0) throw ruleRefused(reasons, 'The corrected hours would break a cap of wijk-werken');
  await shiftWorkedHours(tx, owner, { date: parseCivilDate(original.workDate), minutes: fields.minutes }, 1);
  await tx
    .update(timeEntries)
    .set({
      status: 'corrected',
      ...(change.resolution === null
        ? {}
        : { resolution: change.resolution, resolutionReason: change.reason, resolvedByAccountId: context.actor.accountId, resolvedAt: context.now }),
      version: sql`${timeEntries.version} + 1`,
      updatedAt: context.now,
    })
    .where(eq(timeEntries.id, original.id));
  const [created] = await tx
    .insert(timeEntries)
    .values({
      organiserId: original.organiserId,
      participantId: original.participantId,
      assignmentId: original.assignmentId,
      clientId: original.clientId,
      workDate: parseCivilDate(original.workDate),
      ...fields,
      countedHours: countedHoursOf(fields.minutes),
      status: 'confirmed',
      enteredByAccountId: context.actor.accountId,
      onBehalf: true,
      confirmDeadline: original.confirmDeadline,
      answeredVia: 'coordinator',
      answeredAt: context.now,
      answeredByAccountId: context.actor.accountId,
      correctsEntryId: original.id,
      correctionReason: change.reason,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning({ id: timeEntries.id, countedHours: timeEntries.countedHours });
  if (!created) throw new Error('The correction was not stored');
  await consumeChequesForEntry(tx, context, {
    organiserId: original.organiserId,
    clientId: original.clientId,
    timeEntryId: created.id,
    workDate: parseCivilDate(original.workDate),
    countedHours: created.countedHours,
  });
  await recordAudit(tx, context, {
    action: 'time_entry.correct',
    entityType: 'time_entry',
    entityId: original.id,
    changedFields: { correctionEntryId: created.id, reason: change.reason, minutes: { from: original.minutes, to: fields.minutes } },
  });
  await recordAudit(tx, context, {
    action: 'time_entry.create_correction',
    entityType: 'time_entry',
    entityId: created.id,
    changedFields: { correctsEntryId: original.id },
  });
  return created.id;
};
