import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { openingStatusAt, type Closure, type OpeningSlot } from '../../../../domain/offices/opening-status';
import { i18n, initI18n } from '../../../i18n/i18n';
import { statusText } from './status-text';

let t: TFunction;
beforeAll(() => {
  initI18n('nl-BE');
  t = i18n.getFixedT('nl-BE');
});

// Ieper's demo week: mornings every weekday, afternoons except Wednesday.
const ieper: OpeningSlot[] = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, opensAt: '08:00', closesAt: '12:00' },
  ...(weekday === 3 ? [] : [{ weekday, opensAt: '13:00', closesAt: '16:30' }]),
]);

/** An instant given as Brussels wall-clock time in winter (UTC+1). */
const brussels = (date: string, time: string) => new Date(`${date}T${time}:00+01:00`);

const textAt = (instant: Date, slots: OpeningSlot[] = ieper, closures: Closure[] = []) => statusText(openingStatusAt(slots, closures, instant), t, 'nl-BE');

describe('the office status in words', () => {
  it('says when an open office closes', () => {
    expect(textAt(brussels('2026-11-23', '10:15'))).toBe('Nu open — sluit om 12:00');
  });

  it('says an office reopens later today', () => {
    expect(textAt(brussels('2026-11-23', '12:30'))).toBe('Nu gesloten — opent vandaag om 13:00');
  });

  it('says an office opens tomorrow', () => {
    expect(textAt(brussels('2026-11-23', '17:00'))).toBe('Nu gesloten — opent morgen om 08:00');
  });

  it('names the weekday when the next opening is later this week', () => {
    expect(textAt(brussels('2026-11-27', '17:00'))).toBe('Nu gesloten — opent maandag om 08:00');
  });

  it('names the closure and when the office opens again', () => {
    const christmas: Closure[] = [{ startsOn: '2026-12-25', endsOn: '2026-12-26', reason: 'Kerstmis' }];
    expect(textAt(brussels('2026-12-25', '10:00'), ieper, christmas)).toBe('Gesloten (Kerstmis) — opent maandag om 08:00');
  });

  it('gives the date when the next opening is more than six days away', () => {
    const holidays: Closure[] = [{ startsOn: '2026-12-21', endsOn: '2027-01-03', reason: 'Kerstvakantie' }];
    expect(textAt(brussels('2026-12-22', '10:00'), ieper, holidays)).toBe('Gesloten (Kerstvakantie) — opent op maandag 4 januari om 08:00');
  });

  it('says midnight rather than 24:00', () => {
    const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: '00:00', closesAt: '24:00' }));
    expect(textAt(brussels('2026-11-23', '23:59'), allDay)).toBe('Nu open — sluit om middernacht');
  });

  it('only says closed when no opening hours are known', () => {
    expect(textAt(brussels('2026-11-23', '10:00'), [])).toBe('Nu gesloten');
  });

  it('speaks the chosen language', () => {
    const status = openingStatusAt(ieper, [], brussels('2026-11-23', '17:00'));
    expect(statusText(status, i18n.getFixedT('fr'), 'fr')).toBe('Fermé maintenant — ouvre demain à 08:00');
    expect(statusText(status, i18n.getFixedT('en'), 'en')).toBe('Closed now — opens tomorrow at 08:00');
  });
});
