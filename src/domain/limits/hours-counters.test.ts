import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../time/civil-date';
import { buildHoursLedger } from './hours-ledger';
import { hoursCountersOn } from './hours-counters';
import { trajectory2024 } from './limits.test-support';

const d = parseCivilDate;
const ledger = buildHoursLedger([
  { date: d('2024-03-04'), minutes: 1440 },
  { date: d('2024-03-05'), minutes: 1440 },
  { date: d('2024-03-31'), minutes: 1 },
  { date: d('2024-12-31'), minutes: 600 },
]);

describe('hour counters (R4, R5)', () => {
  it('R4: month and year use, remainder and the 80 % warning', () => {
    const counters = hoursCountersOn(ledger, d('2024-03-15'), trajectory2024);
    expect(counters.month).toEqual({ usedMinutes: 2881, capMinutes: 3600, remainingMinutes: 719, percentUsed: 80, nearCap: true });
    expect(counters.year).toMatchObject({ usedMinutes: 3481, capMinutes: 37800, remainingMinutes: 34319, nearCap: false });
    expect(counters.remainingMinutes).toBe(719);
    expect(counters.warnings.map((warning) => `${warning.rule}:${warning.code}`)).toEqual(['R4:HOURS_MONTH_NEAR_CAP']);
  });

  it('R4: 79 % gives no warning yet', () => {
    const counters = hoursCountersOn(buildHoursLedger([{ date: d('2024-05-02'), minutes: 1440 }, { date: d('2024-05-03'), minutes: 1404 }]), d('2024-05-20'), trajectory2024);
    expect(counters.month).toMatchObject({ percentUsed: 79, nearCap: false });
  });

  it('R4: 31 December → 1 January resets month and year counters', () => {
    expect(hoursCountersOn(ledger, d('2024-12-31'), trajectory2024).year.usedMinutes).toBe(3481);
    const newYear = hoursCountersOn(ledger, d('2025-01-01'), { ...trajectory2024, endDate: d('2025-06-30') });
    expect([newYear.month.usedMinutes, newYear.year.usedMinutes]).toEqual([0, 0]);
  });

  it('R5: trajectory month n of 12 and the next evaluation', () => {
    expect(hoursCountersOn(ledger, d('2024-03-15'), trajectory2024).trajectory).toMatchObject({ monthNumber: 3, ofMonths: 12, nextEvaluationDate: '2024-06-30' });
  });

  it('R5: outside the trajectory nothing remains and a warning says why', () => {
    const counters = hoursCountersOn(ledger, d('2025-01-01'), trajectory2024);
    expect(counters.remainingMinutes).toBe(0);
    expect(counters.warnings.map((warning) => warning.code)).toEqual(['OUTSIDE_TRAJECTORY']);
  });
});
