import { parseCivilDate } from '../time/civil-date';

/** Wijk-werken replaced the PWA on 1 January 2018 [S5, S17]; no rule exists before this date. */
export const SCHEME_START_DATE = parseCivilDate('2018-01-01');

/** The PWA transitional right (R6) belongs to people bound by a PWA contract on this date [S5, S20, S23]. */
export const PWA_REFERENCE_DATE = parseCivilDate('2017-09-30');
