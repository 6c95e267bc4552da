import { parseCivilDate } from '../time/civil-date';

/** Wijk-werken replaced the PWA on 1 January 2018 [S5, S17]; no rule exists before this date. */
export const SCHEME_START_DATE = parseCivilDate('2018-01-01');
