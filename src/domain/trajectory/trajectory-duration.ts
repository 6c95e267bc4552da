import { parameterOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import { lastDayOfMonthsPeriod } from '../time/civil-date-arithmetic';
import type { CivilDate } from '../time/civil-date';

/** Months a normal trajectory lasts after `extensionsGranted` extensions: 6, then 12, never more than the maximum (R5). */
export function trajectoryMonths(startDate: CivilDate, extensionsGranted: number, table: SchemeParameterTable = SCHEME_PARAMETERS): number {
  const initial = parameterOn('trajectoryInitialMonths', startDate, table);
  const extension = parameterOn('trajectoryExtensionMonths', startDate, table);
  const maxExtensions = parameterOn('trajectoryMaxExtensions', startDate, table);
  const maximum = parameterOn('trajectoryMaxMonths', startDate, table);
  const counted = Math.min(Math.max(extensionsGranted, 0), maxExtensions);
  return Math.min(initial + counted * extension, maximum);
}

/** The initial period's last day, the last day after all allowed extensions, and the current last day (R5). */
export type TrajectoryPeriods = {
  readonly initialEndDate: CivilDate;
  readonly maximumEndDate: CivilDate;
  readonly currentEndDate: CivilDate;
};

/**
 * The end dates of a normal trajectory starting on `startDate` (decision 103: 2024-01-15 + 12 months ends
 * 2025-01-14; 2023-08-31 + 6 months ends 2024-02-29).
 */
export function trajectoryPeriods(startDate: CivilDate, extensionsGranted: number, table: SchemeParameterTable = SCHEME_PARAMETERS): TrajectoryPeriods {
  const maxExtensions = parameterOn('trajectoryMaxExtensions', startDate, table);
  return {
    initialEndDate: lastDayOfMonthsPeriod(startDate, trajectoryMonths(startDate, 0, table)),
    maximumEndDate: lastDayOfMonthsPeriod(startDate, trajectoryMonths(startDate, maxExtensions, table)),
    currentEndDate: lastDayOfMonthsPeriod(startDate, trajectoryMonths(startDate, extensionsGranted, table)),
  };
}
