import { addDays } from './civil-date-arithmetic';
import { civilDateFromParts, type CivilDate } from './civil-date';

/** Easter Sunday (Gregorian, anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return civilDateFromParts(year, month, day);
}

/**
 * The ten Belgian legal public holidays of a year (wettelijke feestdagen). Used to count working days for
 * deadlines; regional or sector holidays (11 July, 27 September) are deliberately not included.
 */
export function belgianPublicHolidays(year: number): readonly CivilDate[] {
  const easter = easterSunday(year);
  return [
    civilDateFromParts(year, 1, 1),
    addDays(easter, 1),
    civilDateFromParts(year, 5, 1),
    addDays(easter, 39),
    addDays(easter, 50),
    civilDateFromParts(year, 7, 21),
    civilDateFromParts(year, 8, 15),
    civilDateFromParts(year, 11, 1),
    civilDateFromParts(year, 11, 11),
    civilDateFromParts(year, 12, 25),
  ];
}
