import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isoDayOfWeek } from '../time/civil-date-arithmetic';
import { civilDateFromParts, daysInMonth, parseCivilDate, type CivilDate } from '../time/civil-date';
import { checkJobSchedule, type JobSchedule, type JobScheduleInput } from './job-schedule';
import { scheduleSessionsIn } from './schedule-sessions';

const d = parseCivilDate;
const weekly: JobScheduleInput = {
  kind: 'weekly',
  slots: [
    { weekday: 2, startTime: '09:00', endTime: '12:00' },
    { weekday: 4, startTime: '13:00', endTime: '17:00' },
  ],
  startDate: d('2026-05-01'),
  endDate: d('2026-06-30'),
  minutesPerSession: 180,
};
const valid = (input: JobScheduleInput): JobSchedule => {
  const checked = checkJobSchedule(input);
  if (!checked.valid) throw new Error(JSON.stringify(checked.problems));
  return checked.schedule;
};

describe('job request schedule (decision 052)', () => {
  it('a weekly pattern becomes slots in minutes', () => {
    expect(valid(weekly)).toEqual({
      kind: 'weekly',
      startDate: '2026-05-01',
      endDate: '2026-06-30',
      slots: [
        { weekday: 2, startMinute: 540, endMinute: 720 },
        { weekday: 4, startMinute: 780, endMinute: 1020 },
      ],
      minutesPerSession: 180,
    });
  });

  it('a one-off request is one slot on the weekday of its date, which is both its start and end', () => {
    expect(valid({ kind: 'one_off', date: d('2026-05-05'), startTime: '14:00', endTime: '24:00', minutesPerSession: 120 })).toEqual({
      kind: 'one_off',
      startDate: '2026-05-05',
      endDate: '2026-05-05',
      slots: [{ weekday: 2, startMinute: 840, endMinute: 1440 }],
      minutesPerSession: 120,
    });
  });

  it('a weekly request may run until further notice', () => {
    expect(valid({ ...weekly, endDate: null }).endDate).toBeNull();
  });

  const slot = (startTime: string, endTime: string, weekday = 2) => ({ ...weekly, slots: [{ weekday, startTime, endTime }] });
  it.each([
    ['a schedule that ends before it starts', { ...weekly, endDate: d('2026-04-30') }, ['SCHEDULE_END_BEFORE_START:endDate']],
    ['a weekly pattern without a day', { ...weekly, slots: [] }, ['SCHEDULE_NO_SLOT:slots']],
    ['weekday 8', slot('09:00', '12:00', 8), ['SCHEDULE_WEEKDAY_INVALID:slots.0.weekday']],
    ['a time without its leading zero', slot('9:00', '12:00'), ['SCHEDULE_TIME_INVALID:slots.0.startTime']],
    ['25:00', slot('09:00', '25:00'), ['SCHEDULE_TIME_INVALID:slots.0.endTime']],
    ['24:00 as a start', slot('24:00', '24:00'), ['SCHEDULE_TIME_INVALID:slots.0.startTime']],
    ['a slot that ends before it starts (sessions do not cross midnight)', slot('22:00', '02:00'), ['SCHEDULE_TIME_END_NOT_AFTER_START:slots.0.endTime']],
    ['a slot that ends when it starts', slot('09:00', '09:00'), ['SCHEDULE_TIME_END_NOT_AFTER_START:slots.0.endTime']],
    ['R4: a session of 0 minutes', { ...weekly, minutesPerSession: 0 }, ['SCHEDULE_SESSION_MINUTES_INVALID:minutesPerSession']],
    ['R4: a session of 1.5 minutes', { ...weekly, minutesPerSession: 1.5 }, ['SCHEDULE_SESSION_MINUTES_INVALID:minutesPerSession']],
    ['R4: a session longer than a day', { ...weekly, minutesPerSession: 1441 }, ['SCHEDULE_SESSION_LONGER_THAN_DAY:minutesPerSession']],
    ['a 4-hour session in a 3-hour slot', { ...weekly, minutesPerSession: 240 }, ['SCHEDULE_SESSION_LONGER_THAN_SLOT:minutesPerSession']],
    [
      'two slots overlapping on one weekday',
      {
        ...weekly,
        slots: [
          { weekday: 2, startTime: '09:00', endTime: '12:00' },
          { weekday: 2, startTime: '11:00', endTime: '14:00' },
        ],
      },
      ['SCHEDULE_SLOTS_OVERLAP:slots.1'],
    ],
    [
      'a week from Wednesday to Sunday for a Tuesday job',
      { ...slot('09:00', '12:00'), startDate: d('2026-05-06'), endDate: d('2026-05-10') },
      ['SCHEDULE_NO_SESSION_IN_PERIOD:endDate'],
    ],
    [
      'every problem at once',
      { ...weekly, endDate: d('2026-04-01'), minutesPerSession: 2000, slots: [{ weekday: 0, startTime: '12:00', endTime: '11:00' }] },
      [
        'SCHEDULE_SESSION_LONGER_THAN_DAY:minutesPerSession',
        'SCHEDULE_END_BEFORE_START:endDate',
        'SCHEDULE_WEEKDAY_INVALID:slots.0.weekday',
        'SCHEDULE_TIME_END_NOT_AFTER_START:slots.0.endTime',
      ],
    ],
  ] as const)('%s is refused', (_label, input, expected) => {
    const checked = checkJobSchedule(input);
    expect(checked.valid ? [] : checked.problems.map((problem) => `${problem.code}:${problem.field}`)).toEqual(expected);
  });

  it('a one-off request ending before it starts is impossible: its end is its date', () => {
    expect(checkJobSchedule({ kind: 'one_off', date: d('2026-05-05'), startTime: '12:00', endTime: '09:00', minutesPerSession: 60 })).toMatchObject({
      valid: false,
      problems: [{ code: 'SCHEDULE_TIME_END_NOT_AFTER_START', field: 'time.endTime' }],
    });
  });
});

describe('sessions of a schedule (decision 052)', () => {
  it('every Tuesday 09:00 and Thursday 13:00 of May 2026, for 3 hours', () => {
    const sessions = scheduleSessionsIn(valid(weekly), d('2026-05-01'), d('2026-05-31'));
    expect(sessions.map((session) => `${session.date} ${session.startMinute}-${session.endMinute}`)).toEqual([
      '2026-05-05 540-720',
      '2026-05-07 780-960',
      '2026-05-12 540-720',
      '2026-05-14 780-960',
      '2026-05-19 540-720',
      '2026-05-21 780-960',
      '2026-05-26 540-720',
      '2026-05-28 780-960',
    ]);
  });

  it('the window is cut to the wanted start and end', () => {
    expect(scheduleSessionsIn(valid(weekly), d('2026-01-01'), d('2026-05-06')).map((session) => session.date)).toEqual(['2026-05-05']);
    expect(scheduleSessionsIn(valid(weekly), d('2026-06-29'), d('2026-12-31')).map((session) => session.date)).toEqual(['2026-06-30']);
    expect(scheduleSessionsIn(valid(weekly), d('2026-07-01'), d('2026-12-31'))).toEqual([]);
  });

  it('a one-off request has one session, on its date', () => {
    const oneOff = valid({ kind: 'one_off', date: d('2026-05-05'), startTime: '09:00', endTime: '12:00', minutesPerSession: 90 });
    expect(scheduleSessionsIn(oneOff, d('2026-01-01'), d('2026-12-31'))).toEqual([{ date: '2026-05-05', startMinute: 540, endMinute: 630, minutes: 90 }]);
  });

  it('R4: on the Sundays summer time starts (29 March 2026) and ends (25 October 2026) a 09:00 session still lasts 3 hours of wall time', () => {
    const sundays = valid({ ...weekly, slots: [{ weekday: 7, startTime: '09:00', endTime: '12:00' }], startDate: d('2026-03-01'), endDate: d('2026-10-31') });
    const onChangeDays = scheduleSessionsIn(sundays, d('2026-03-01'), d('2026-10-31')).filter(
      (session) => session.date === '2026-03-29' || session.date === '2026-10-25',
    );
    expect(onChangeDays).toEqual([
      { date: '2026-03-29', startMinute: 540, endMinute: 720, minutes: 180 },
      { date: '2026-10-25', startMinute: 540, endMinute: 720, minutes: 180 },
    ]);
  });

  it("property: sessions fall on the slots' weekdays inside both windows, once per slot and week, in order", () => {
    const anyDate = fc
      .tuple(fc.integer({ min: 2024, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
      .map(([year, month, day]) => civilDateFromParts(year, month, Math.min(day, daysInMonth(year, month))));
    const weekdays = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(
        weekdays,
        anyDate,
        fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
        anyDate,
        fc.integer({ min: 0, max: 120 }),
        (days, start, length, from, windowDays) => {
          const end = length === null ? null : addDays(start, length);
          const matchingDays = (first: CivilDate, last: CivilDate): number => {
            let count = 0;
            for (let offset = 0; offset <= daysBetween(first, last); offset += 1) if (days.includes(isoDayOfWeek(addDays(first, offset)))) count += 1;
            return count;
          };
          const checked = checkJobSchedule({
            ...weekly,
            slots: days.map((weekday) => ({ weekday, startTime: '08:00', endTime: '12:00' })),
            startDate: start,
            endDate: end,
            minutesPerSession: 60,
          });
          if (!checked.valid) {
            // Only a period without any of the weekdays is refused.
            expect(checked.problems.map((problem) => problem.code)).toEqual(['SCHEDULE_NO_SESSION_IN_PERIOD']);
            expect(end !== null && matchingDays(start, end)).toBe(0);
            return;
          }
          const to = addDays(from, windowDays);
          const sessions = scheduleSessionsIn(checked.schedule, from, to);
          const first: CivilDate = from > start ? from : start;
          const last: CivilDate = end !== null && end < to ? end : to;
          expect(sessions).toHaveLength(last < first ? 0 : matchingDays(first, last));
          for (const session of sessions) {
            expect(days).toContain(isoDayOfWeek(session.date));
            expect(session.date >= first && session.date <= last).toBe(true);
          }
          expect([...sessions].sort((left, right) => (left.date < right.date ? -1 : left.date > right.date ? 1 : 0))).toEqual(sessions);
        },
      ),
      { numRuns: 200 },
    );
  });
});
