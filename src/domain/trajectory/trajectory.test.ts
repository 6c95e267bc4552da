import { describe, expect, it } from 'vitest';
import { parseCivilDate, type CivilDate } from '../time/civil-date';
import { interimLimitCheck } from './interim-limit';
import { monthsElapsed } from './months-elapsed';
import { pwaRightLapseDate, pwaTransitionalRightOn, type PwaWorkHistory } from './pwa-transitional-right';
import { trajectoryPeriods } from './trajectory-duration';
import { checkTrajectoryExtension } from './trajectory-extension';
import { evaluationDueDates, trajectoryProgressOn } from './trajectory-progress';
import { trajectoryWindow, type TrajectoryInput } from './trajectory-window';

const d = parseCivilDate;
/** An ex-PWA worker whose every wijk-werk day is recorded in the platform (no last date from before it). */
const recordedHere = (workedDates: readonly CivilDate[]): PwaWorkHistory => ({ lastWorkedBeforeRecords: null, workedDates });
/** An ex-PWA worker of whom only the last work day before the platform's records is known. */
const lastWorkedOn = (date: string, workedDates: readonly CivilDate[] = []): PwaWorkHistory => ({ lastWorkedBeforeRecords: d(date), workedDates });
const normal = (overrides: Partial<TrajectoryInput> = {}): TrajectoryInput => ({
  startDate: d('2024-01-15'),
  extensionsGranted: 1,
  endedOn: null,
  pwaTransitional: null,
  interimWorkDates: [],
  ...overrides,
});

describe('trajectory duration and extension (R5)', () => {
  it.each([
    ['R5: 6 months then 12 months from 2024-01-15', '2024-01-15', { initialEndDate: '2024-07-14', maximumEndDate: '2025-01-14' }],
    ['R5: start on the 1st ends on the last day of the 12th month', '2024-01-01', { initialEndDate: '2024-06-30', maximumEndDate: '2024-12-31' }],
    ['R5: 31 Aug + 6 months clamps to 28 Feb', '2024-08-31', { initialEndDate: '2025-02-28', maximumEndDate: '2025-08-30' }],
    ['R5: leap year, 31 Aug 2023 + 6 months ends 29 Feb 2024', '2023-08-31', { initialEndDate: '2024-02-29', maximumEndDate: '2024-08-30' }],
    ['R5: leap day start 2024-02-29 + 12 months ends 2025-02-28', '2024-02-29', { initialEndDate: '2024-08-28', maximumEndDate: '2025-02-28' }],
  ] as const)('%s', (_label, start, expected) => {
    expect(trajectoryPeriods(d(start), 0)).toMatchObject(expected);
  });

  it.each([
    ['R5: first extension at the 6-month evaluation is allowed', 0, '2024-07-14', []],
    ['R5: a second extension is refused', 1, '2024-12-01', ['TRAJECTORY_EXTENSION_LIMIT_REACHED']],
    ['R5: extending more than 30 days after the 6-month evaluation is refused', 0, '2024-08-14', ['TRAJECTORY_EXTENSION_OUTSIDE_WINDOW']],
  ] as const)('%s', (_label, extensionsGranted, requestedOn, codes) => {
    const verdict = checkTrajectoryExtension({ startDate: d('2024-01-15'), extensionsGranted, endedOn: null, requestedOn: d(requestedOn) });
    expect(verdict.reasons.map((reason) => reason.code)).toEqual(codes);
    expect(verdict.allowed).toBe(codes.length === 0);
  });
});

describe('trajectory window and progress (R5)', () => {
  it('R5: the window of an extended trajectory ends 12 months − 1 day after the start', () => {
    const window = trajectoryWindow(normal());
    expect(window).toMatchObject({ startDate: '2024-01-15', endDate: '2025-01-14', endReason: { code: 'TRAJECTORY_MAX_DURATION', rule: 'R5' } });
  });

  it('R5: without extension the window ends after 6 months', () => {
    expect(trajectoryWindow(normal({ extensionsGranted: 0 })).endDate).toBe('2024-07-14');
  });

  it('R5: an early end (job found) shortens the window', () => {
    expect(trajectoryWindow(normal({ endedOn: d('2024-03-31') }))).toMatchObject({ endDate: '2024-03-31', endReason: { code: 'TRAJECTORY_ENDED' } });
  });

  it.each([
    ['R5: first day is month 1 of 12, evaluation due on 2024-07-14', '2024-01-15', 1, '2024-07-14'],
    ['R5: 2024-02-14 is still month 1', '2024-02-14', 1, '2024-07-14'],
    ['R5: 2024-02-15 is month 2', '2024-02-15', 2, '2024-07-14'],
    ['R5: the evaluation day itself is due that day', '2024-07-14', 6, '2024-07-14'],
    ['R5: after the first evaluation the next is at the end', '2024-07-15', 7, '2025-01-14'],
    ['R5: the last valid day is month 12', '2025-01-14', 12, '2025-01-14'],
  ] as const)('%s', (_label, date, monthNumber, nextEvaluationDate) => {
    expect(trajectoryProgressOn(trajectoryWindow(normal()), d(date))).toMatchObject({ regime: 'normal', monthNumber, ofMonths: 12, nextEvaluationDate });
  });

  it('R5: the day after the end has no progress', () => {
    expect(trajectoryProgressOn(trajectoryWindow(normal()), d('2025-01-15'))).toBeNull();
  });

  it('R5: evaluations are due every 6 months', () => {
    expect(evaluationDueDates(trajectoryWindow(normal()))).toEqual(['2024-07-14', '2025-01-14']);
  });

  it('months elapsed copes with month-end clamping', () => {
    expect(monthsElapsed(d('2024-01-31'), d('2024-02-29'))).toBe(0);
    expect(monthsElapsed(d('2024-01-31'), d('2024-03-01'))).toBe(1);
    expect(monthsElapsed(d('2024-01-31'), d('2024-03-31'))).toBe(2);
  });
});

describe('PWA transitional right (R6)', () => {
  const lastWorked = d('2023-03-15');
  const history: CivilDate[] = ['2018-02-01', '2018-12-10', '2019-11-01', '2020-09-20', '2021-06-01', '2022-05-20'].map(d).concat(lastWorked);

  it.each([
    ['R6: after 11 months without wijk-werk the right is still active', '2024-02-15', 'active'],
    ['R6: on the last day of the 12 months (2024-03-15) still active', '2024-03-15', 'active'],
    ['R6: the day after 12 inactive months (2024-03-16) it has lapsed', '2024-03-16', 'lapsed'],
    ['R6: after 13 months without wijk-werk the right has lapsed', '2024-04-15', 'lapsed'],
  ] as const)('%s', (_label, date, status) => {
    expect(pwaTransitionalRightOn(recordedHere(history), d(date)).status).toBe(status);
  });

  it('R6: an earlier gap of more than 12 months ends the right for good', () => {
    const withGap = [d('2018-03-01'), d('2019-05-01'), d('2024-01-01')];
    expect(pwaTransitionalRightOn(recordedHere(withGap), d('2024-01-02'))).toEqual({ status: 'lapsed', lapsedOn: '2019-03-02' });
  });

  it('R6: someone who never did wijk-werk loses the right on 2019-01-01', () => {
    expect(pwaRightLapseDate(recordedHere([]))).toBe('2019-01-01');
  });

  it('R6: while active, an ex-PWA worker has no 12-month limit (month 40, no end)', () => {
    const window = trajectoryWindow({ ...normal({ startDate: d('2018-01-01'), extensionsGranted: 0 }), pwaTransitional: recordedHere(history) });
    expect(window.pwaRightActiveUntil).toBe('2024-03-15');
    expect(trajectoryProgressOn(window, d('2021-04-20'))).toMatchObject({
      regime: 'pwa_transitional',
      monthNumber: 40,
      ofMonths: null,
      nextEvaluationDate: '2021-06-30',
    });
  });

  it('R6: after the lapse the normal rules apply from the lapse date (13 months inactive = month 2 of a normal trajectory)', () => {
    const window = trajectoryWindow({ ...normal({ startDate: d('2018-01-01') }), pwaTransitional: recordedHere(history) });
    expect(window).toMatchObject({ monthClockStartDate: '2024-03-16', endDate: '2025-03-15', endReason: { rule: 'R6' } });
    expect(trajectoryProgressOn(window, d('2024-04-16'))).toMatchObject({ regime: 'normal', monthNumber: 2, ofMonths: 12 });
  });
});

describe('PWA transitional right with a recorded last work date (R6)', () => {
  // Last PWA-era work recorded on the participant: 2025-06-10; no time entries yet; trajectory started 2026-01-05.
  const recorded = lastWorkedOn('2025-06-10');
  const window = trajectoryWindow(normal({ startDate: d('2026-01-05'), extensionsGranted: 0, pwaTransitional: recorded }));

  it('R6: last PWA work 2025-06-10, trajectory from 2026-01-05: the right is active until 2026-06-10 and lapses on 2026-06-11', () => {
    expect(pwaRightLapseDate(recorded)).toBe('2026-06-11');
    expect(window).toMatchObject({ startDate: '2026-01-05', pwaRightActiveUntil: '2026-06-10', monthClockStartDate: '2026-06-11' });
  });

  it.each([
    ['R6: on the start day 2026-01-05 there is no 12-month limit (month 1, no "of 12")', '2026-01-05', 'pwa_transitional', 1, null],
    ['R6: on 2026-06-10 (12 months after the last work) the right still holds', '2026-06-10', 'pwa_transitional', 6, null],
    ['R6: on 2026-06-11 the right has lapsed: month 1 of a normal trajectory', '2026-06-11', 'normal', 1, 12],
  ] as const)('%s', (_label, date, regime, monthNumber, ofMonths) => {
    expect(trajectoryProgressOn(window, d(date))).toMatchObject({ regime, monthNumber, ofMonths });
  });

  it('R6: after the lapse on 2026-06-11 the normal 6 months run to 2026-12-10', () => {
    expect(window).toMatchObject({ endDate: '2026-12-10', endReason: { code: 'TRAJECTORY_MAX_DURATION', rule: 'R6' } });
  });

  it('R6: work registered later (2026-03-02) extends the right to 2027-03-02', () => {
    expect(pwaRightLapseDate(lastWorkedOn('2025-06-10', [d('2026-03-02')]))).toBe('2027-03-03');
  });

  it('R6: a 12-month gap after the recorded date still ends the right, even when work resumes (2024-01-10, then 2025-02-01)', () => {
    expect(pwaRightLapseDate(lastWorkedOn('2024-01-10', [d('2025-02-01')]))).toBe('2025-01-11');
  });

  it('R6: a recorded last date before the scheme (2017-06-30) counts from 2018-01-01, so the right lapsed on 2019-01-01', () => {
    expect(pwaRightLapseDate(lastWorkedOn('2017-06-30'))).toBe('2019-01-01');
  });

  it('R6: on a date before the recorded last work day the right is active (no gap is assumed before it)', () => {
    expect(pwaTransitionalRightOn(recorded, d('2025-01-02'))).toMatchObject({ status: 'active', lastWorkedOn: null });
    expect(pwaTransitionalRightOn(recorded, d('2025-06-11'))).toEqual({ status: 'active', lastWorkedOn: '2025-06-10', lapsesOnWithoutWork: '2026-06-11' });
  });
});

describe('interim limit (R18)', () => {
  const days = (dates: string[]) => dates.map(d);
  const tenDays = ['2024-03-01', '2024-03-04', '2024-03-05', '2024-03-06', '2024-03-07', '2024-03-08', '2024-03-11', '2024-03-12', '2024-03-13', '2024-03-14'];

  it('R18: 10 days of temp work in 28 days is allowed', () => {
    expect(interimLimitCheck(days(tenDays)).exceeded).toBe(false);
  });

  it('R18: an 11th day within 28 days ends the right on that day', () => {
    const result = interimLimitCheck(days([...tenDays, '2024-03-28']));
    expect(result).toMatchObject({ exceeded: true, exceededOn: '2024-03-28', reason: { code: 'INTERIM_LIMIT_EXCEEDED', rule: 'R18' } });
  });

  it('R18: an 11th day 28 days after the first falls in a new window', () => {
    expect(interimLimitCheck(days([...tenDays, '2024-03-29'])).exceeded).toBe(false);
  });

  it('R18: exceeding the interim limit ends the trajectory window the day before', () => {
    const window = trajectoryWindow(normal({ interimWorkDates: days([...tenDays, '2024-03-28']) }));
    expect(window).toMatchObject({ endDate: '2024-03-27', endReason: { code: 'INTERIM_LIMIT_EXCEEDED', rule: 'R18' } });
  });

  describe('for an ex-PWA worker (R18 with R6, decision 108)', () => {
    // Last wijk-werk 2024-02-29: the PWA right holds until 2025-02-28 without more work; 11 interim days in March 2024.
    const exPwa = (interimWorkDates: readonly CivilDate[], workedDates: readonly CivilDate[] = []) =>
      trajectoryWindow(normal({ startDate: d('2024-01-15'), extensionsGranted: 0, pwaTransitional: lastWorkedOn('2024-02-29', workedDates), interimWorkDates }));
    const elevenDays = days([...tenDays, '2024-03-28']);

    it('R18/R6: an 11th interim day in 28 days (2024-03-28) does not end the right of an ex-PWA worker', () => {
      expect(exPwa(elevenDays)).toMatchObject({ pwaRightActiveUntil: '2025-02-28', endDate: '2025-08-31', endReason: { code: 'TRAJECTORY_MAX_DURATION', rule: 'R6' } });
    });

    it('R18/R6: the interim months count as months without wijk-werk: back on 2025-02-10, the right runs on to 2026-02-10', () => {
      expect(exPwa(elevenDays, [d('2025-02-10')])).toMatchObject({ pwaRightActiveUntil: '2026-02-10' });
    });

    it('R18/R6: once the PWA right has lapsed (2025-03-01), exceeding the interim limit ends the window as for anyone', () => {
      const march2025 = days([
        '2025-03-03',
        '2025-03-04',
        '2025-03-05',
        '2025-03-06',
        '2025-03-07',
        '2025-03-10',
        '2025-03-11',
        '2025-03-12',
        '2025-03-13',
        '2025-03-14',
        '2025-03-17',
      ]);
      expect(exPwa([...elevenDays, ...march2025])).toMatchObject({ endDate: '2025-03-16', endReason: { code: 'INTERIM_LIMIT_EXCEEDED', rule: 'R18' } });
    });
  });
});
