import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import type { RuleReason } from '../rules/rule-reason';
import { addDays, lastDayOfMonthsPeriod } from '../time/civil-date-arithmetic';
import { laterOf, type CivilDate } from '../time/civil-date';
import { interimLimitCheck } from './interim-limit';
import { pwaRightLapseDate, type PwaWorkHistory } from './pwa-transitional-right';
import { trajectoryMonths } from './trajectory-duration';

/** What a participant's trajectory looks like, as recorded by the organiser. */
export type TrajectoryInput = {
  readonly startDate: CivilDate;
  /** Extensions decided at evaluations (0 or 1 under the current rules). */
  readonly extensionsGranted: number;
  /** Last day when the trajectory ended early (job, training, other trajectory, stopped); otherwise null. */
  readonly endedOn: CivilDate | null;
  /** For people bound by a PWA contract on 2017-09-30 (R6): what is known of their wijk-werk. Otherwise null. */
  readonly pwaTransitional: PwaWorkHistory | null;
  /** Days of temp work (interim) reported, for R18. */
  readonly interimWorkDates: readonly CivilDate[];
};

export type TrajectoryEndCode = 'TRAJECTORY_MAX_DURATION' | 'TRAJECTORY_ENDED' | 'INTERIM_LIMIT_EXCEEDED';

/** The days on which wijk-werk is allowed, and why it stops after `endDate`. */
export type TrajectoryWindow = {
  readonly startDate: CivilDate;
  readonly endDate: CivilDate;
  readonly endReason: RuleReason<TrajectoryEndCode>;
  /** Start of the normal month clock (R5): the trajectory start, or the PWA lapse date for ex-PWA workers (R6). */
  readonly monthClockStartDate: CivilDate;
  /** Last day covered by the PWA transitional right given the known work; null without that right. */
  readonly pwaRightActiveUntil: CivilDate | null;
};

/**
 * The window of a trajectory (R5, R6, R18): the normal trajectory runs 6 months, 12 after one extension.
 * An ex-PWA worker has no end while the PWA right lasts; from its lapse the normal rules apply, counted from the
 * lapse date (decision 106). An early end or exceeding the interim limit (R18) cuts the window short — for an ex-PWA
 * worker only after the PWA right has lapsed: before, interim work is a period without wijk-werk (decision 108).
 */
export function trajectoryWindow(input: TrajectoryInput, table: SchemeParameterTable = SCHEME_PARAMETERS): TrajectoryWindow {
  const pwaLapseDate = input.pwaTransitional === null ? null : pwaRightLapseDate(input.pwaTransitional, table);
  const monthClockStartDate = pwaLapseDate === null ? input.startDate : laterOf(input.startDate, pwaLapseDate);
  const months = trajectoryMonths(monthClockStartDate, input.extensionsGranted, table);

  let endDate = lastDayOfMonthsPeriod(monthClockStartDate, months);
  let endReason: RuleReason<TrajectoryEndCode> = {
    code: 'TRAJECTORY_MAX_DURATION',
    rule: pwaLapseDate === null ? 'R5' : 'R6',
    details: { months, monthClockStartDate },
  };

  if (input.endedOn !== null && input.endedOn < endDate) {
    endDate = input.endedOn;
    endReason = { code: 'TRAJECTORY_ENDED', rule: 'R5', details: { endedOn: input.endedOn } };
  }
  const interim = interimLimitCheck(input.interimWorkDates, table, pwaLapseDate);
  if (interim.exceeded) {
    const lastAllowedDay = addDays(interim.exceededOn, -1);
    if (lastAllowedDay < endDate) {
      endDate = lastAllowedDay;
      endReason = interim.reason;
    }
  }

  return {
    startDate: input.startDate,
    endDate,
    endReason,
    monthClockStartDate,
    pwaRightActiveUntil: pwaLapseDate === null ? null : addDays(pwaLapseDate, -1),
  };
}
