import { scheduleSessionsIn } from '../../../domain/job-requests/schedule-sessions';
import type { JobSchedule } from '../../../domain/job-requests/job-schedule';
import type { RuleReason } from '../../../domain/rules/rule-reason';
import { addDays } from '../../../domain/time/civil-date-arithmetic';
import { earlierOf, laterOf, yearOf, type CivilDate } from '../../../domain/time/civil-date';
import type { Transaction } from '../../platform/db/database';
import { clientPlanningGate } from '../clients/client-standing';

/** As far ahead as planning looks (two years, decision 075). */
const HORIZON_DAYS = 731;

/**
 * R17 for every calendar year the schedule's sessions from today fall in (decision 155): work from 29 December to
 * 5 January needs the fee of both years, which can be paid ahead ("pay for 2027 in December", decision 111). An
 * open-ended schedule is judged on its first week: its later years are asked when they come near.
 */
export const clientGateReasons = async (tx: Transaction, organiserId: string, clientId: string, schedule: JobSchedule, today: CivilDate): Promise<RuleReason[]> => {
  const from = laterOf(today, schedule.startDate);
  const to = schedule.endDate === null ? addDays(from, 6) : earlierOf(schedule.endDate, addDays(from, HORIZON_DAYS));
  const sessionYears = scheduleSessionsIn(schedule, from, to).map((session) => yearOf(session.date));
  const years = sessionYears.length === 0 ? [yearOf(from)] : [...new Set(sessionYears)];
  const reasons: RuleReason[] = [];
  for (const year of years) {
    const verdict = await clientPlanningGate(tx, organiserId, clientId, year);
    for (const reason of verdict.reasons) {
      if (!reasons.some((known) => known.code === reason.code && reason.code !== 'CLIENT_REGISTRATION_FEE_UNPAID')) reasons.push(reason);
    }
  }
  return reasons;
};
