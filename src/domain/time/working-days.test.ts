import { describe, expect, it } from 'vitest';
import { easterSunday } from './belgian-public-holidays';
import { parseCivilDate } from './civil-date';
import { addWorkingDays, isWorkingDay } from './working-days';

describe('working days', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
  ] as const)('Easter %i is %s', (year, easter) => {
    expect(easterSunday(year)).toBe(easter);
  });

  it('skips weekends and Belgian public holidays', () => {
    expect(isWorkingDay(parseCivilDate('2024-12-25'))).toBe(false);
    expect(isWorkingDay(parseCivilDate('2025-04-21'))).toBe(false);
    expect(addWorkingDays(parseCivilDate('2024-12-20'), 5)).toBe('2024-12-30');
    expect(addWorkingDays(parseCivilDate('2024-06-03'), 5)).toBe('2024-06-10');
  });
});
