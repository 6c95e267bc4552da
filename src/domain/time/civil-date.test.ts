import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './civil-date-arithmetic';
import { calendarMonthKey, civilDateFromParts, daysInMonth, epochDayOf, isCivilDate, monthOf, parseCivilDate, yearOf } from './civil-date';

describe('civil dates', () => {
  it.each(['2024-02-29', '2018-01-01', '2040-12-31'])('accepts %s', (text) => {
    expect(parseCivilDate(text)).toBe(text);
  });

  it.each(['2023-02-29', '2024-13-01', '2024-00-10', '2024-1-5', '2024-01-01T00:00:00Z', '', '20240101'])('rejects %s with INVALID_CIVIL_DATE', (text) => {
    expect(() => parseCivilDate(text)).toThrowError(expect.objectContaining({ code: 'INVALID_CIVIL_DATE' }));
  });

  it('leap years: 29 Feb exists in 2024 and 2000, not in 2023 or 2100', () => {
    expect([2024, 2000, 2023, 2100].map((year) => daysInMonth(year, 2))).toEqual([29, 29, 28, 28]);
  });

  it('reads year, month and a consecutive month key from the digits', () => {
    const date = parseCivilDate('2024-12-31');
    expect([yearOf(date), monthOf(date)]).toEqual([2024, 12]);
    expect(calendarMonthKey(parseCivilDate('2025-01-01')) - calendarMonthKey(date)).toBe(1);
  });

  it('epoch days: 1970-01-01 is day 0, and the difference of two dates is the days between them', () => {
    expect([epochDayOf(parseCivilDate('1970-01-01')), epochDayOf(parseCivilDate('2024-03-01')) - epochDayOf(parseCivilDate('2024-02-28'))]).toEqual([0, 2]);
    fc.assert(
      fc.property(
        fc.integer({ min: 2018, max: 2040 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: -800, max: 800 }),
        (year, month, day, days) => {
          const date = civilDateFromParts(year, month, day);
          expect(epochDayOf(addDays(date, days)) - epochDayOf(date)).toBe(daysBetween(date, addDays(date, days)));
        },
      ),
    );
  });

  it('property: parts → text → parts round-trips for every valid date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const valid = day <= daysInMonth(year, month);
        const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(isCivilDate(text)).toBe(valid);
        if (valid) {
          const date = civilDateFromParts(year, month, day);
          expect([yearOf(date), monthOf(date)]).toEqual([year, month]);
        }
      }),
    );
  });
});
