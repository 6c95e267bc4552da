import { describe, expect, it } from 'vitest';
import { parseCivilDate } from './civil-date';
import { instantOfCivilTime } from './instant-of-civil-time';

describe('instantOfCivilTime (Europe/Brussels wall clock to instant)', () => {
  it.each([
    ['07:00 in winter is 06:00 UTC', '2026-03-28', 7, 0, '2026-03-28T06:00:00.000Z'],
    ['07:00 on the spring-forward day is already summer time, 05:00 UTC', '2026-03-29', 7, 0, '2026-03-29T05:00:00.000Z'],
    ['02:30 does not exist on the spring-forward day: it becomes 03:30 summer time', '2026-03-29', 2, 30, '2026-03-29T01:30:00.000Z'],
    ['07:00 on the last summer-time day is 05:00 UTC', '2026-10-24', 7, 0, '2026-10-24T05:00:00.000Z'],
    ['07:00 on the fall-back day is winter time again, 06:00 UTC', '2026-10-25', 7, 0, '2026-10-25T06:00:00.000Z'],
    ['02:30 happens twice on the fall-back day: the first (summer) one counts', '2026-10-25', 2, 30, '2026-10-25T00:30:00.000Z'],
    ['midnight at new year', '2027-01-01', 0, 0, '2026-12-31T23:00:00.000Z'],
  ])('%s', (_case, date, hour, minute, expected) => {
    expect(new Date(instantOfCivilTime(parseCivilDate(date), { hour, minute })).toISOString()).toBe(expected);
  });
});
