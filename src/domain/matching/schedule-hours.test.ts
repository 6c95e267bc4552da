import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scheduleSessionsIn } from '../job-requests/schedule-sessions';
import { countedHoursOf } from '../limits/counted-hours';
import { addDays } from '../time/civil-date-arithmetic';
import { parseCivilDate } from '../time/civil-date';
import { scheduleOf } from './matching.test-support';
import { scheduleHoursIn } from './schedule-hours';

const d = parseCivilDate;
// Tuesdays and Thursdays, 2 h 30 (3 started hours, R4 / decision 114), November–December 2026.
const twiceWeekly = scheduleOf({
  kind: 'weekly',
  slots: [
    { weekday: 2, startTime: '09:00', endTime: '12:00' },
    { weekday: 4, startTime: '13:00', endTime: '17:00' },
  ],
  startDate: d('2026-11-01'),
  endDate: d('2026-12-31'),
  minutesPerSession: 150,
});

describe('scheduleHoursIn: the started hours a schedule counts in a period (R4)', () => {
  it.each([
    ['November 2026: 4 Tuesdays + 4 Thursdays', '2026-11-01', '2026-11-30', 8 * 3],
    ['one week', '2026-11-02', '2026-11-08', 2 * 3],
    ['a Monday only', '2026-11-02', '2026-11-02', 0],
    ['before the schedule starts', '2026-10-01', '2026-10-31', 0],
    ['the year: 9 Tuesdays + 9 Thursdays', '2026-01-01', '2026-12-31', 18 * 3],
  ])('%s', (_name, from, to, hours) => {
    expect(scheduleHoursIn(twiceWeekly, d(from), d(to))).toBe(hours);
  });

  it('a one-off schedule counts once', () => {
    const once = scheduleOf({ kind: 'one_off', date: d('2026-11-26'), startTime: '09:00', endTime: '12:00', minutesPerSession: 61 });
    expect(scheduleHoursIn(once, d('2026-11-01'), d('2026-11-30'))).toBe(2);
    expect(scheduleHoursIn(once, d('2026-12-01'), d('2026-12-31'))).toBe(0);
  });

  it('property: equals the hours of the sessions scheduleSessionsIn lists', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 30, max: 240 }),
        fc.integer({ min: 0, max: 400 }),
        fc.option(fc.integer({ min: 7, max: 300 }), { nil: null }),
        fc.integer({ min: -30, max: 400 }),
        fc.integer({ min: 0, max: 120 }),
        fc.boolean(),
        (weekdays, minutes, startOffset, length, fromOffset, span, oneOff) => {
          const startDate = addDays(d('2026-01-01'), startOffset);
          const schedule = oneOff
            ? scheduleOf({ kind: 'one_off', date: startDate, startTime: '08:00', endTime: '12:00', minutesPerSession: minutes })
            : scheduleOf({
                kind: 'weekly',
                slots: weekdays.map((weekday) => ({ weekday, startTime: '08:00', endTime: '12:00' })),
                startDate,
                endDate: length === null ? null : addDays(startDate, length),
                minutesPerSession: minutes,
              });
          const from = addDays(d('2026-01-01'), fromOffset);
          const to = addDays(from, span);
          const listed = scheduleSessionsIn(schedule, from, to).reduce((sum, session) => sum + countedHoursOf(session.minutes), 0);
          expect(scheduleHoursIn(schedule, from, to)).toBe(listed);
        },
      ),
    );
  });
});
