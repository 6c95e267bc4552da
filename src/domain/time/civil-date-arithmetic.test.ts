import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped, daysBetween, isoDayOfWeek, lastDayOfMonthsPeriod, startOfPeriodMonth } from './civil-date-arithmetic';
import { civilDateFromParts, parseCivilDate } from './civil-date';

const d = parseCivilDate;

describe('civil date arithmetic', () => {
  it.each([
    ['2024-01-01', 12, '2024-12-31'],
    ['2024-01-15', 6, '2024-07-14'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2023-12-31', 1, '2024-01-30'],
  ] as const)('a period of months from %s for %i months ends on %s (decision 103)', (start, months, end) => {
    expect(lastDayOfMonthsPeriod(d(start), months)).toBe(end);
  });

  it('clamps month addition to the month end (31 Aug + 6 months)', () => {
    expect(addMonthsClamped(d('2024-08-31'), 6)).toBe('2025-02-28');
    expect(addMonthsClamped(d('2023-08-31'), 6)).toBe('2024-02-29');
  });

  it('crosses the year and leap day with day arithmetic', () => {
    expect(addDays(d('2024-12-31'), 1)).toBe('2025-01-01');
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(daysBetween(d('2024-01-01'), d('2025-01-01'))).toBe(366);
    expect(isoDayOfWeek(d('2024-02-29'))).toBe(4);
  });

  it('property: consecutive period months tile the calendar without gaps or overlaps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2018, max: 2040 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1, max: 30 }),
        (year, month, rawDay, months) => {
          const day = Math.min(rawDay, 28 + (month === 2 ? 0 : 2));
          const start = civilDateFromParts(year, month, day);
          const end = lastDayOfMonthsPeriod(start, months);
          expect(end >= start).toBe(true);
          expect(addDays(end, 1)).toBe(startOfPeriodMonth(start, months));
          expect(startOfPeriodMonth(start, months) > startOfPeriodMonth(start, months - 1)).toBe(true);
        },
      ),
    );
  });

  describe('agrees with Temporal.PlainDate (the implementation it replaced)', () => {
    const anyDate = fc
      .tuple(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
      .map(([year, month, day]) => civilDateFromParts(year, month, Math.min(day, new Temporal.PlainYearMonth(year, month).daysInMonth)));
    const plain = (date: string) => Temporal.PlainDate.from(date);

    it('property: addDays, daysBetween and isoDayOfWeek', () => {
      fc.assert(
        fc.property(anyDate, anyDate, fc.integer({ min: -40_000, max: 40_000 }), (date, other, days) => {
          expect(addDays(date, days)).toBe(plain(date).add({ days }).toString());
          expect(daysBetween(date, other)).toBe(plain(date).until(plain(other), { largestUnit: 'days' }).days);
          expect(isoDayOfWeek(date)).toBe(plain(date).dayOfWeek);
        }),
      );
    });

    it('property: addMonthsClamped and lastDayOfMonthsPeriod (decision 103)', () => {
      fc.assert(
        fc.property(anyDate, fc.integer({ min: -240, max: 240 }), fc.integer({ min: 1, max: 240 }), (date, months, periodMonths) => {
          expect(addMonthsClamped(date, months)).toBe(plain(date).add({ months }, { overflow: 'constrain' }).toString());
          const target = plain(date).toPlainYearMonth().add({ months: periodMonths });
          const expected =
            plain(date).day > target.daysInMonth ? target.toPlainDate({ day: target.daysInMonth }) : target.toPlainDate({ day: plain(date).day }).subtract({ days: 1 });
          expect(lastDayOfMonthsPeriod(date, periodMonths)).toBe(expected.toString());
        }),
      );
    });

    it('refuses results outside the years civil dates cover, as before', () => {
      expect(() => addDays(d('1000-01-01'), -1)).toThrow(/civil date/);
      expect(() => addMonthsClamped(d('9999-12-31'), 1)).toThrow(/civil date/);
    });
  });
});
