import { parameterOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import type { CivilDate } from '../time/civil-date';
import { addWorkingDays } from '../time/working-days';

/**
 * R20: the VDAB insures wijk-werkers; an accident is reported to the VDAB contact within 7 working days [S34].
 * Returns the last day to report an accident that happened on `accidentDate`.
 */
export function accidentReportDeadline(accidentDate: CivilDate, table: SchemeParameterTable = SCHEME_PARAMETERS): CivilDate {
  return addWorkingDays(accidentDate, parameterOn('accidentReportWorkingDays', accidentDate, table));
}
