import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chequesNeeded } from '../cheques/cheques-needed';
import { allowanceForEntries } from '../money/allowance';
import { calendarMonthKey, civilDateFromParts, daysInMonth, parseCivilDate, yearOf } from '../time/civil-date';
import { buildHoursLedger, ledgerWithEntry, type HoursLedger } from './hours-ledger';
import { checkProposedEntry, checkProposedPlan } from './limit-check';
import { longTrajectory, trajectory2024 } from './limits.test-support';
import type { TimeEntryMinutes } from './time-entry-minutes';

const d = parseCivilDate;
const entry = (date: string, minutes: number): TimeEntryMinutes => ({ date: d(date), minutes });
/** 20 entries of 3 h in March 2024 = exactly 60:00 h. */
const fullMarch = Array.from({ length: 20 }, (_, index) => entry(`2024-03-${String(index + 1).padStart(2, '0')}`, 180));
const codes = (ledger: HoursLedger, date: string, minutes: number) =>
  checkProposedEntry(ledger, trajectory2024, entry(date, minutes)).reasons.map((reason) => `${reason.rule}:${reason.code}`);

describe('hour limits (R4) and trajectory window', () => {
  it.each([
    ['R4: an entry reaching exactly 60:00 h in the month is accepted', fullMarch.slice(1), '2024-03-31', 180, []],
    ['R4: an entry making 60:15 h in the month is refused', fullMarch, '2024-03-31', 15, ['R4:HOURS_MONTH_CAP_EXCEEDED']],
    [
      'R4: 59:45 h worked in 20 entries already pay 60 h (a 2:45 entry is 3 started hours), so 15 more minutes are refused',
      [...fullMarch.slice(1), entry('2024-03-21', 165)],
      '2024-03-31',
      15,
      ['R4:HOURS_MONTH_CAP_EXCEEDED'],
    ],
    ['R4: with 59 started hours, one more entry of up to 60 minutes is accepted', [...fullMarch.slice(1), entry('2024-03-21', 120)], '2024-03-31', 60, []],
    [
      'R4: with 59 started hours, an entry of 1:01 (2 started hours) is refused',
      [...fullMarch.slice(1), entry('2024-03-21', 120)],
      '2024-03-31',
      61,
      ['R4:HOURS_MONTH_CAP_EXCEEDED'],
    ],
    ['R4: a full March does not block 1 April', fullMarch, '2024-04-01', 180, []],
    [
      'R4: leap day 29 Feb counts in February',
      [entry('2024-02-01', 1440), entry('2024-02-02', 1440), entry('2024-02-03', 720)],
      '2024-02-29',
      1,
      ['R4:HOURS_MONTH_CAP_EXCEEDED'],
    ],
    ['R5: the last day of the trajectory is accepted', [], '2024-12-31', 60, []],
    ['R5: the day after the trajectory ends is refused', [], '2025-01-01', 60, ['R5:OUTSIDE_TRAJECTORY']],
    ['R5: the day before the trajectory starts is refused', [], '2023-12-31', 60, ['R5:OUTSIDE_TRAJECTORY']],
  ] as const)('%s', (_label, existing, date, minutes, expected) => {
    expect(codes(buildHoursLedger(existing), date, minutes)).toEqual(expected);
  });

  it('R4: 31 December → 1 January: month and year counters reset', () => {
    // Exactly 630 h in 2024 with exactly 60 h in December: Jan–Oct 18 × 3 h, Nov 10 × 3 h, Dec 20 × 3 h.
    const entriesPerMonth = [18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 10, 20];
    const year = entriesPerMonth.flatMap((count, month) =>
      Array.from({ length: count }, (_, day) => entry(`2024-${String(month + 1).padStart(2, '0')}-${String(day + 1).padStart(2, '0')}`, 180)),
    );
    const ledger = buildHoursLedger(year);
    const decemberThirtyFirst = checkProposedEntry(ledger, longTrajectory, entry('2024-12-31', 60));
    expect(decemberThirtyFirst.reasons.map((reason) => reason.code).sort()).toEqual(['HOURS_MONTH_CAP_EXCEEDED', 'HOURS_YEAR_CAP_EXCEEDED']);
    expect(checkProposedEntry(ledger, longTrajectory, entry('2025-01-01', 60)).accepted).toBe(true);
  });

  it.each([
    ['R4: reaching exactly 630:00 h in the year is accepted', 180, []],
    ['R4: one minute over 630 h in the year is refused even though the month has room', 181, ['R4:HOURS_YEAR_CAP_EXCEEDED']],
  ] as const)('%s', (_label, minutes, expected) => {
    // January–November: 57 h each = 627 h, so 3 h remain for December.
    const elevenMonths = Array.from({ length: 11 }, (_, month) =>
      [10, 11, 12].map((day, index) => entry(`2024-${String(month + 1).padStart(2, '0')}-${day}`, index < 2 ? 1440 : 540)),
    ).flat();
    const decision = checkProposedEntry(buildHoursLedger(elevenMonths), longTrajectory, entry('2024-12-02', minutes));
    expect(decision.reasons.map((reason) => `${reason.rule}:${reason.code}`)).toEqual(expected);
  });

  it('R4: editing an entry does not count its old minutes twice', () => {
    const ledger = buildHoursLedger(fullMarch);
    const edited = checkProposedEntry(ledger, trajectory2024, { ...entry('2024-03-20', 180), replaces: entry('2024-03-20', 180) });
    expect(edited.accepted).toBe(true);
  });

  it('R4: a plan is refused exactly at the entry that crosses the cap', () => {
    const plan = [entry('2024-05-06', 1440), entry('2024-05-07', 1440), entry('2024-05-08', 720), entry('2024-05-09', 1)];
    const result = checkProposedPlan(buildHoursLedger([]), trajectory2024, plan);
    expect(result.decisions.map((decision) => decision.accepted)).toEqual([true, true, true, false]);
    expect(result.accepted).toBe(false);
  });

  it('R4: refusal details carry cap, used and remaining hours for the UI', () => {
    const [reason] = checkProposedEntry(buildHoursLedger(fullMarch.slice(1)), trajectory2024, entry('2024-03-31', 195)).reasons;
    expect(reason).toEqual({
      code: 'HOURS_MONTH_CAP_EXCEEDED',
      rule: 'R4',
      details: { month: '2024-03', capHours: 60, usedHours: 57, proposedMinutes: 195, proposedHours: 4, remainingHours: 3 },
    });
  });

  it('R4: 40 entries of 1:01 in one month are refused before they pay more than 60 hours', () => {
    // Two jobs of 1:01 a day on 20 days of March 2024: 40 × 61 min = 40:40 h worked, but 80 started hours to pay.
    const proposals = Array.from({ length: 40 }, (_, index) => entry(`2024-03-${String(Math.floor(index / 2) + 1).padStart(2, '0')}`, 61));
    let ledger = buildHoursLedger([]);
    const accepted: TimeEntryMinutes[] = [];
    const refusals: string[] = [];
    for (const proposed of proposals) {
      const decision = checkProposedEntry(ledger, trajectory2024, proposed);
      if (decision.accepted) {
        ledger = ledgerWithEntry(ledger, proposed);
        accepted.push(proposed);
      } else refusals.push(...decision.reasons.map((reason) => `${reason.rule}:${reason.code}`));
    }
    expect(accepted).toHaveLength(30);
    expect(new Set(refusals)).toEqual(new Set(['R4:HOURS_MONTH_CAP_EXCEEDED']));
    expect(accepted.reduce((total, paid) => total + chequesNeeded(paid.minutes), 0)).toBe(60);
    expect(allowanceForEntries(accepted).totalCents).toBe(60 * 410);
  });

  it.each([0, -5, 1.5, 1441])('rejects %s minutes as invalid input', (minutes) => {
    expect(() => checkProposedEntry(buildHoursLedger([]), trajectory2024, entry('2024-03-01', minutes))).toThrowError(
      expect.objectContaining({ code: 'INVALID_MINUTES' }),
    );
  });

  it('R4: property — for any accepted sequence, the started hours paid (cheques, allowance) stay within 60 per month and 630 per year', () => {
    const dateIn = (fromYear: number, toYear: number, months: readonly number[]) =>
      fc
        .tuple(fc.integer({ min: fromYear, max: toYear }), fc.constantFrom(...months), fc.integer({ min: 1, max: 31 }))
        .map(([year, month, day]) => civilDateFromParts(year, month, Math.min(day, daysInMonth(year, month))));
    // Dense months (December and January) fill the monthly cap, the spread over the year fills the yearly one;
    // short and odd durations (1:01, 2:05 …) are where minutes and started hours differ most.
    const date = fc.oneof(dateIn(2024, 2025, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), dateIn(2024, 2025, [1, 12]));
    const minutes = fc.oneof(
      fc.integer({ min: 1, max: 1440 }),
      fc.integer({ min: 1, max: 5 }).chain((hours) => fc.constantFrom(hours * 60 - 59, hours * 60 + 1)),
    );
    const proposals = fc.array(fc.record({ date, minutes }), { maxLength: 800, size: 'max' });
    fc.assert(
      fc.property(proposals, (entries) => {
        let ledger = buildHoursLedger([]);
        const accepted: TimeEntryMinutes[] = [];
        for (const proposed of entries) {
          if (checkProposedEntry(ledger, longTrajectory, proposed).accepted) {
            ledger = ledgerWithEntry(ledger, proposed);
            accepted.push(proposed);
          }
        }
        const paidHours = (key: (paid: TimeEntryMinutes) => number) => {
          const cheques = new Map<number, number>();
          const allowanceCents = new Map<number, number>();
          for (const paid of accepted) cheques.set(key(paid), (cheques.get(key(paid)) ?? 0) + chequesNeeded(paid.minutes));
          for (const line of allowanceForEntries(accepted).lines) allowanceCents.set(key(line), (allowanceCents.get(key(line)) ?? 0) + line.amountCents);
          return { cheques: [...cheques.values()], allowanceHours: [...allowanceCents.values()].map((cents) => cents / 410) };
        };
        const perMonth = paidHours((paid) => calendarMonthKey(paid.date));
        const perYear = paidHours((paid) => yearOf(paid.date));
        for (const hours of [...perMonth.cheques, ...perMonth.allowanceHours]) expect(hours).toBeLessThanOrEqual(60);
        for (const hours of [...perYear.cheques, ...perYear.allowanceHours]) expect(hours).toBeLessThanOrEqual(630);
      }),
      { numRuns: 100 },
    );
  });

  it('R4: property — no sequence of accepted entries ever exceeds the monthly or yearly cap', () => {
    const dateIn = fc
      .tuple(fc.integer({ min: 2024, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
      .map(([year, month, day]) => civilDateFromParts(year, month, Math.min(day, daysInMonth(year, month))));
    const proposals = fc.array(fc.record({ date: dateIn, minutes: fc.integer({ min: 1, max: 1440 }) }), { maxLength: 400 });
    fc.assert(
      fc.property(proposals, (entries) => {
        let ledger = buildHoursLedger([]);
        for (const proposed of entries) {
          if (checkProposedEntry(ledger, longTrajectory, proposed).accepted) ledger = ledgerWithEntry(ledger, proposed);
        }
        for (const hours of ledger.hoursByMonth.values()) expect(hours).toBeLessThanOrEqual(60);
        for (const hours of ledger.hoursByYear.values()) expect(hours).toBeLessThanOrEqual(630);
      }),
      { numRuns: 200 },
    );
  });

  it('R4: property — a plan accepts the same entries as checking and recording one by one', () => {
    const proposals = fc.array(
      fc.record({
        date: fc.integer({ min: 1, max: 60 }).map((day) => civilDateFromParts(2024, day > 31 ? 2 : 1, day > 31 ? Math.min(day - 31, 29) : day)),
        minutes: fc.integer({ min: 1, max: 1440 }),
      }),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(proposals, (entries) => {
        let ledger = buildHoursLedger([]);
        const oneByOne = entries.map((proposed) => {
          const accepted = checkProposedEntry(ledger, trajectory2024, proposed).accepted;
          if (accepted) ledger = ledgerWithEntry(ledger, proposed);
          return accepted;
        });
        expect(checkProposedPlan(buildHoursLedger([]), trajectory2024, entries).decisions.map((decision) => decision.accepted)).toEqual(oneByOne);
      }),
    );
  });
});
