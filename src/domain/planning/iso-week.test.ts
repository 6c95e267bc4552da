import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time/civil-date-arithmetic';
import { civilDateFromParts, parseCivilDate } from '../time/civil-date';
import { isoWeekOf, isoWeekRange } from './iso-week';

describe('ISO weeks of the planner', () => {
  it.each([
    ['2026-W49', '2026-11-30', '2026-12-06'],
    ['2026-W01', '2025-12-29', '2026-01-04'],
    ['2026-W53', '2026-12-28', '2027-01-03'],
    ['2027-W01', '2027-01-04', '2027-01-10'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
  ])('%s runs from %s to %s', (week, from, to) => {
    expect(isoWeekRange(week)).toEqual({ from, to });
  });

  it.each(['2025-W53', '2026-W00', '2026-W54', '2026-49', 'W49'])('%s is no week', (week) => {
    expect(isoWeekRange(week)).toBeNull();
  });

  it.each([
    ['2026-12-02', '2026-W49'],
    ['2027-01-01', '2026-W53'],
    ['2025-12-29', '2026-W01'],
  ])('%s falls in %s', (date, week) => {
    expect(isoWeekOf(parseCivilDate(date))).toBe(week);
  });

  it('every day lies in the week isoWeekOf names, Monday to Sunday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 0, max: 365 }), (year, offset) => {
        const date = addDays(civilDateFromParts(year, 1, 1), offset);
        const range = isoWeekRange(isoWeekOf(date));
        expect(range).not.toBeNull();
        expect(range && range.from <= date && date <= range.to).toBe(true);
      }),
    );
  });
});
