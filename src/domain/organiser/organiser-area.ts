import { parameterOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import { verdictFromReasons, type RuleVerdict } from '../rules/rule-reason';
import type { CivilDate } from '../time/civil-date';

/**
 * R19: an organiser's area covers at least 60,000 inhabitants (smaller municipalities cooperate). A check for the
 * organiser's configuration screen; the platform does not block daily work on it.
 */
export function checkOrganiserArea(inhabitants: number, date: CivilDate, table: SchemeParameterTable = SCHEME_PARAMETERS): RuleVerdict<'ORGANISER_AREA_TOO_SMALL'> {
  const minimum = parameterOn('organiserMinimumInhabitants', date, table);
  return verdictFromReasons(inhabitants >= minimum ? [] : [{ code: 'ORGANISER_AREA_TOO_SMALL', rule: 'R19', details: { inhabitants, minimumInhabitants: minimum } }]);
}
