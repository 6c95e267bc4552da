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
  it('R4: month and year use in started hours (48:01 h worked = 49 h), remainder and the 80 % warning', () => {
    const counters = hoursCountersOn(ledger, d('2024-03-15'), trajectory2024);
    expect(counters.month).toEqual({ usedHours: 49, capHours: 60, remainingHours: 11, percentUsed: 81, nearCap: true });
    expect(counters.year).toMatchObject({ usedHours: 59, capHours: 630, remainingHours: 571, nearCap: false });
    expect(counters.remainingHours).toBe(11);
    expect(counters.warnings.map((warning) => `${warning.rule}:${warning.code}`)).toEqual(['R4:HOURS_MONTH_NEAR_CAP']);
  });

  it('R4: 47 of 60 h (78 %) gives no warning yet', () => {
    const counters = hoursCountersOn(
      buildHoursLedger([
        { date: d('2024-05-02'), minutes: 1440 },
        { date: d('2024-05-03'), minutes: 1380 },
      ]),
      d('2024-05-20'),
      trajectory2024,
    );
    expect(counters.month).toMatchObject({ usedHours: 47, percentUsed: 78, nearCap: false });
  });

  it('R4: 31 December → 1 January resets month and year counters', () => {
    expect(hoursCountersOn(ledger, d('2024-12-31'), trajectory2024).year.usedHours).toBe(59);
    const newYear = hoursCountersOn(ledger, d('2025-01-01'), { ...trajectory2024, endDate: d('2025-06-30') });
    expect([newYear.month.usedHours, newYear.year.usedHours]).toEqual([0, 0]);
  });

  it('R5: trajectory month n of 12 and the next evaluation', () => {
    expect(hoursCountersOn(ledger, d('2024-03-15'), trajectory2024).trajectory).toMatchObject({ monthNumber: 3, ofMonths: 12, nextEvaluationDate: '2024-06-30' });
  });

  it('R5: outside the trajectory nothing remains and a warning says why', () => {
    const counters = hoursCountersOn(ledger, d('2025-01-01'), trajectory2024);
    expect(counters.remainingHours).toBe(0);
    expect(counters.warnings.map((warning) => warning.code)).toEqual(['OUTSIDE_TRAJECTORY']);
  });
});
