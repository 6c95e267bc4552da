import { parameterOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import { verdictFromReasons, type RuleVerdict } from '../rules/rule-reason';
import { addDays } from '../time/civil-date-arithmetic';
import type { CivilDate } from '../time/civil-date';
import { trajectoryPeriods } from './trajectory-duration';

/** When the evaluation that may extend a trajectory falls due, and the days around it on which it may do so (R5). */
export type ExtensionWindow = {
  readonly dueDate: CivilDate;
  readonly opensOn: CivilDate;
  readonly closesOn: CivilDate;
};

/**
 * The extension belongs to the 6-monthly evaluation, which falls due on the current period's last day. It may be
 * decided from `extensionWindowDaysBeforeDue` days before that day until `extensionWindowDaysAfterDue` days after
 * it (decision 121), so an appointment that slips a little still extends, and day 1 never does. The parameters
 * are read on the start date, like every other number of the trajectory.
 */
export function extensionWindowOf(startDate: CivilDate, extensionsGranted: number, table: SchemeParameterTable = SCHEME_PARAMETERS): ExtensionWindow {
  const { currentEndDate: dueDate } = trajectoryPeriods(startDate, extensionsGranted, table);
  return {
    dueDate,
    opensOn: addDays(dueDate, -parameterOn('extensionWindowDaysBeforeDue', startDate, table)),
    closesOn: addDays(dueDate, parameterOn('extensionWindowDaysAfterDue', startDate, table)),
  };
}

export type ExtensionWindowRequest = {
  readonly startDate: CivilDate;
  readonly extensionsGranted: number;
  /** The day the evaluation was held. */
  readonly requestedOn: CivilDate;
};

/** Whether `requestedOn` lies in the extension window; the refusal names the due date and both window ends. */
export function checkExtensionWindow(
  request: ExtensionWindowRequest,
  table: SchemeParameterTable = SCHEME_PARAMETERS,
): RuleVerdict<'TRAJECTORY_EXTENSION_OUTSIDE_WINDOW'> {
  const window = extensionWindowOf(request.startDate, request.extensionsGranted, table);
  const inside = window.opensOn <= request.requestedOn && request.requestedOn <= window.closesOn;
  return verdictFromReasons(inside ? [] : [{ code: 'TRAJECTORY_EXTENSION_OUTSIDE_WINDOW', rule: 'R5', details: { ...window, requestedOn: request.requestedOn } }]);
}
