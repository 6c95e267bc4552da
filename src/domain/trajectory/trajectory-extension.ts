import { parameterOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import { verdictFromReasons, type RuleReason, type RuleVerdict } from '../rules/rule-reason';
import type { CivilDate } from '../time/civil-date';
import { checkExtensionWindow } from './extension-window';

export type TrajectoryExtensionCode =
  'TRAJECTORY_EXTENSION_LIMIT_REACHED' | 'TRAJECTORY_EXTENSION_OUTSIDE_WINDOW' | 'TRAJECTORY_EXTENSION_BEFORE_START' | 'TRAJECTORY_ALREADY_ENDED';

export type TrajectoryExtensionRequest = {
  readonly startDate: CivilDate;
  readonly extensionsGranted: number;
  readonly endedOn: CivilDate | null;
  /** The evaluation date on which the counsellor extends. */
  readonly requestedOn: CivilDate;
};

/**
 * Whether a trajectory may be extended on `requestedOn` (R5: one extension of 6 months, decided at the 6-monthly
 * evaluation, so only in the window around its due date — `checkExtensionWindow`). Returns every reason; the
 * window is not mentioned when no extension is left or the date lies before the start.
 */
export function checkTrajectoryExtension(request: TrajectoryExtensionRequest, table: SchemeParameterTable = SCHEME_PARAMETERS): RuleVerdict<TrajectoryExtensionCode> {
  const reasons: RuleReason<TrajectoryExtensionCode>[] = [];
  const maxExtensions = parameterOn('trajectoryMaxExtensions', request.startDate, table);
  const limitReached = request.extensionsGranted >= maxExtensions;

  if (limitReached) {
    reasons.push({ code: 'TRAJECTORY_EXTENSION_LIMIT_REACHED', rule: 'R5', details: { maxExtensions } });
  }
  if (request.requestedOn < request.startDate) {
    reasons.push({ code: 'TRAJECTORY_EXTENSION_BEFORE_START', rule: 'R5', details: { startDate: request.startDate } });
  } else if (!limitReached) {
    reasons.push(...checkExtensionWindow(request, table).reasons);
  }
  if (request.endedOn !== null && request.requestedOn > request.endedOn) {
    reasons.push({ code: 'TRAJECTORY_ALREADY_ENDED', rule: 'R5', details: { endedOn: request.endedOn } });
  }
  return verdictFromReasons(reasons);
}
