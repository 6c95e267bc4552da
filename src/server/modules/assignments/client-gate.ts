import { scheduleSessionsIn } from '../../../domain/job-requests/schedule-sessions';
import type { JobSchedule } from '../../../domain/job-requests/job-schedule';
import type { RuleReason } from '../../../domain/rules/rule-reason';
import { addDays } from '../../../domain/time/civil-date-arithmetic';
import { laterOf, yearOf, type CivilDate } from '../../../domain/time/civil-date';
import type { Transaction } from '../../platform/db/database';
import { clientPlanningGate } from '../clients/client-standing';

/**
 * R17 for the year of the schedule's first session from today. A weekly schedule that runs into the next year is
 * not refused for that year's fee now: it cannot be paid before the year starts.
 */
export const clientGateReasons = async (tx: Transaction, organiserId: string, clientId: string, schedule: JobSchedule, today: CivilDate): Promise<RuleReason[]> => {
  const from = laterOf(today, schedule.startDate);
  const first = scheduleSessionsIn(schedule, from, addDays(from, 6))[0]?.date ?? from;
  const verdict = await clientPlanningGate(tx, organiserId, clientId, yearOf(first));
  return [...verdict.reasons];
};
