import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { openingStatusAt, type OpeningSlot } from './opening-status';

const weekdays = [1, 2, 3, 4, 5].flatMap((weekday): OpeningSlot[] => [
  { weekday, opensAt: '08:00', closesAt: '12:00' },
  { weekday, opensAt: '13:00', closesAt: '16:00' },
]);

// Brussels is UTC+1 in winter and UTC+2 in summer.
const at = (iso: string) => new Date(iso);

describe('openingStatusAt', () => {
  it.each([
    ['Tuesday 09:30 (winter) is open until 12:00', '2026-11-24T08:30:00Z', { state: 'open', closesAt: '12:00' }],
    [
      'Tuesday 12:30 is closed over lunch, opens 13:00 today',
      '2026-11-24T11:30:00Z',
      { state: 'closed', closure: null, nextOpening: { date: '2026-11-24', time: '13:00', daysAhead: 0 } },
    ],
    ['Tuesday 17:00 opens tomorrow 08:00', '2026-11-24T16:00:00Z', { state: 'closed', closure: null, nextOpening: { date: '2026-11-25', time: '08:00', daysAhead: 1 } }],
    [
      'Friday 16:00 sharp is closed, opens Monday',
      '2026-11-27T15:00:00Z',
      { state: 'closed', closure: null, nextOpening: { date: '2026-11-30', time: '08:00', daysAhead: 3 } },
    ],
    ['Summer time: 07:30 UTC is 09:30 in Brussels', '2026-07-07T07:30:00Z', { state: 'open', closesAt: '12:00' }],
    ['08:00 sharp is open', '2026-11-24T07:00:00Z', { state: 'open', closesAt: '12:00' }],
  ])('%s', (_name, instant, expected) => {
    expect(openingStatusAt(weekdays, [], at(instant))).toEqual(expected);
  });

  it('a closure keeps the office shut and names itself, and the next opening skips it', () => {
    const closure = { startsOn: '2026-12-24', endsOn: '2026-12-28', reason: 'Kerstvakantie' };
    expect(openingStatusAt(weekdays, [closure], at('2026-12-24T09:00:00Z'))).toEqual({
      state: 'closed',
      closure,
      nextOpening: { date: '2026-12-29', time: '08:00', daysAhead: 5 },
    });
  });

  it('touching slots merge, so the office closes at the end of the last one', () => {
    const slots = [
      { weekday: 2, opensAt: '08:00', closesAt: '12:00' },
      { weekday: 2, opensAt: '12:00', closesAt: '16:00' },
    ];
    expect(openingStatusAt(slots, [], at('2026-11-24T10:00:00Z'))).toEqual({ state: 'open', closesAt: '16:00' });
  });

  it('an office without hours has no next opening', () => {
    expect(openingStatusAt([], [], at('2026-11-24T10:00:00Z'))).toEqual({ state: 'closed', closure: null, nextOpening: null });
  });

  it('a 4-week summer closure: the next opening is found after it', () => {
    const closure = { startsOn: '2026-07-13', endsOn: '2026-08-09', reason: 'Zomersluiting' };
    expect(openingStatusAt(weekdays, [closure], at('2026-07-13T08:00:00Z'))).toEqual({
      state: 'closed',
      closure,
      nextOpening: { date: '2026-08-10', time: '08:00', daysAhead: 28 },
    });
  });

  it('the next opening is searched up to a year ahead, not beyond', () => {
    const longClosure = (endsOn: string) => [{ startsOn: '2026-01-05', endsOn, reason: 'Verbouwing' }];
    expect(openingStatusAt(weekdays, longClosure('2027-01-04'), at('2026-01-05T08:00:00Z'))).toMatchObject({ nextOpening: { date: '2027-01-05', daysAhead: 365 } });
    expect(openingStatusAt(weekdays, longClosure('2027-01-06'), at('2026-01-05T08:00:00Z'))).toMatchObject({ nextOpening: null });
  });

  it('without hours, or closed for the whole year ahead, there is no next opening', () => {
    const weeklyClosures = Array.from({ length: 60 }, (_, week) => {
      const monday = Temporal.PlainDate.from('2026-01-05').add({ weeks: week });
      return { startsOn: monday.toString(), endsOn: monday.add({ days: 6 }).toString(), reason: `Week ${week + 1}` };
    });
    expect(openingStatusAt([], weeklyClosures, at('2026-01-05T08:00:00Z'))).toMatchObject({ state: 'closed', nextOpening: null });
    expect(openingStatusAt(weekdays, weeklyClosures, at('2026-01-05T08:00:00Z'))).toMatchObject({ state: 'closed', nextOpening: null });
  });

  it('is open exactly when the Brussels wall clock falls inside a slot on a non-closed day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2018-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }), (instant) => {
        const status = openingStatusAt(weekdays, [], instant);
        const parts = new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Europe/Brussels',
          weekday: 'short',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }).formatToParts(instant);
        const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
        const minutes = Number(part('hour')) * 60 + Number(part('minute'));
        const isWorkday = !['Sat', 'Sun'].includes(part('weekday'));
        const expectedOpen = isWorkday && ((minutes >= 480 && minutes < 720) || (minutes >= 780 && minutes < 960));
        expect(status.state === 'open').toBe(expectedOpen);
      }),
    );
  });
});
