import { parameterOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import type { CivilDate } from '../time/civil-date';
import { addWorkingDays } from '../time/working-days';

/**
 * Last day on which a client can confirm or contest hours registered on `registeredOn`: 5 working days later
 * (UNCONFIRMED for wijk-werk; the dienstencheque pattern [S64], decision 107). Afterwards the hours count as confirmed.
 */
export function clientConfirmationDeadline(registeredOn: CivilDate, table: SchemeParameterTable = SCHEME_PARAMETERS): CivilDate {
  return addWorkingDays(registeredOn, parameterOn('clientConfirmationWorkingDays', registeredOn, table));
}

/** True when unanswered hours registered on `registeredOn` count as confirmed on `today`. */
export function isAutoConfirmedOn(registeredOn: CivilDate, today: CivilDate, table: SchemeParameterTable = SCHEME_PARAMETERS): boolean {
  return today > clientConfirmationDeadline(registeredOn, table);
}
