import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countedHoursOf } from '../limits/counted-hours';
import { buildHoursLedger } from '../limits/hours-ledger';
import { longTrajectory, trajectory2024 } from '../limits/limits.test-support';
import { calendarMonthKey, civilDateFromParts, parseCivilDate, yearOf } from '../time/civil-date';
import { checkPlannedSessions, type SessionToPlan } from './planning-check';

const d = parseCivilDate;
const session = (date: string, minutes: number, tentative = false): SessionToPlan => ({ date: d(date), minutes, tentative });
/** 51 started hours already in March 2024 (17 entries of 3 h). */
const marchLedger = buildHoursLedger(Array.from({ length: 17 }, (_, index) => ({ date: civilDateFromParts(2024, 3, index + 1), minutes: 180 })));
const outcomes = (result: ReturnType<typeof checkPlannedSessions>) =>
  result.sessions.map((entry) => `${entry.session.date}:${entry.outcome}${entry.reasons.map((reason) => `:${reason.rule}:${reason.code}`).join('')}`);

describe('planning check (R4, R5; decision 053)', () => {
  it('R4: with 51 h used in March, three 3-hour sessions fit (60 h) and the fourth is refused', () => {
    const result = checkPlannedSessions(marchLedger, trajectory2024, [
      session('2024-03-19', 180),
      session('2024-03-21', 180),
      session('2024-03-26', 180),
      session('2024-03-28', 180),
    ]);
    expect(outcomes(result)).toEqual(['2024-03-19:planned', '2024-03-21:planned', '2024-03-26:planned', '2024-03-28:refused:R4:HOURS_MONTH_CAP_EXCEEDED']);
    expect(result.accepted).toBe(false);
    expect(result.sessions[3]?.reasons[0]?.details).toMatchObject({ capHours: 60, usedHours: 60, proposedHours: 3, remainingHours: 0 });
  });

  it('R4: a session of 2:01 counts 3 started hours against the cap (decision 114)', () => {
    const result = checkPlannedSessions(marchLedger, trajectory2024, [session('2024-03-19', 180), session('2024-03-21', 180), session('2024-03-26', 121)]);
    expect(outcomes(result)).toEqual(['2024-03-19:planned', '2024-03-21:planned', '2024-03-26:planned']);
    expect(checkPlannedSessions(marchLedger, trajectory2024, [session('2024-03-19', 241), session('2024-03-21', 241)]).accepted).toBe(false);
  });

  it('R4: 628 h used in the year leaves room for 2 started hours, whatever the month', () => {
    const elevenMonths = Array.from({ length: 11 }, (_, month) =>
      [1, 2, 3].map((day, index) => ({ date: civilDateFromParts(2024, month + 1, day), minutes: index < 2 ? 1440 : 540 })),
    ).flat();
    const year = buildHoursLedger([...elevenMonths, { date: d('2024-12-01'), minutes: 60 }]);
    expect(year.hoursByYear.get(2024)).toBe(628);
    const result = checkPlannedSessions(year, longTrajectory, [session('2024-12-03', 120), session('2024-12-10', 60)]);
    expect(outcomes(result)).toEqual(['2024-12-03:planned', '2024-12-10:refused:R4:HOURS_YEAR_CAP_EXCEEDED']);
  });

  it("R5: a session after the trajectory's last day is refused with the trajectory rule", () => {
    const result = checkPlannedSessions(buildHoursLedger([]), trajectory2024, [session('2024-12-31', 120), session('2025-01-07', 120)]);
    expect(outcomes(result)).toEqual(['2024-12-31:planned', '2025-01-07:refused:R5:OUTSIDE_TRAJECTORY']);
  });

  it('R4, R5: tentative sessions that would break a rule are warnings, and the plan is accepted', () => {
    const result = checkPlannedSessions(marchLedger, trajectory2024, [session('2024-03-26', 180), session('2024-03-28', 600, true), session('2025-01-02', 60, true)]);
    expect(outcomes(result)).toEqual(['2024-03-26:planned', '2024-03-28:warning:R4:HOURS_MONTH_CAP_EXCEEDED', '2025-01-02:warning:R5:OUTSIDE_TRAJECTORY']);
    expect(result.accepted).toBe(true);
  });

  it('R4: an earlier tentative session never takes the room of a later firm one', () => {
    const result = checkPlannedSessions(marchLedger, trajectory2024, [session('2024-03-19', 540, true), session('2024-03-28', 540)]);
    expect(outcomes(result)).toEqual(['2024-03-19:warning:R4:HOURS_MONTH_CAP_EXCEEDED', '2024-03-28:planned']);
  });

  it('R4: property — the firm sessions planned never take a month past 60 h or a year past 630 h; tentative ones are never refused', () => {
    const anySession = fc.record({
      date: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 28 })).map(([month, day]) => civilDateFromParts(2024, month, day)),
      minutes: fc.integer({ min: 1, max: 600 }),
      tentative: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(anySession, { maxLength: 60 }), (sessions) => {
        const result = checkPlannedSessions(marchLedger, longTrajectory, sessions);
        const byMonth = new Map(marchLedger.hoursByMonth);
        const byYear = new Map(marchLedger.hoursByYear);
        for (const entry of result.sessions) {
          if (entry.session.tentative) expect(entry.outcome).not.toBe('refused');
          if (entry.session.tentative || entry.outcome !== 'planned') continue;
          const month = calendarMonthKey(entry.session.date);
          byMonth.set(month, (byMonth.get(month) ?? 0) + countedHoursOf(entry.session.minutes));
          byYear.set(yearOf(entry.session.date), (byYear.get(yearOf(entry.session.date)) ?? 0) + countedHoursOf(entry.session.minutes));
        }
        for (const hours of byMonth.values()) expect(hours).toBeLessThanOrEqual(60);
        for (const hours of byYear.values()) expect(hours).toBeLessThanOrEqual(630);
        expect(result.accepted).toBe(result.sessions.every((entry) => entry.outcome !== 'refused'));
      }),
    );
  });
});
