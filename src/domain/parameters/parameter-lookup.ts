import { DomainInputError } from '../errors/domain-input-error';
import type { CivilDate } from '../time/civil-date';
import type { ParameterVersion } from './parameter-version';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from './scheme-parameter-table';
import type { ParameterName, SchemeParameterValues } from './scheme-parameter-values';

/**
 * The version of a parameter in force on `date` (with its source, for explanations).
 * @throws DomainInputError `DATE_BEFORE_SCHEME_START` for dates before the first version (2018-01-01).
 */
export function parameterVersionOn<Name extends ParameterName>(
  name: Name,
  date: CivilDate,
  table: SchemeParameterTable = SCHEME_PARAMETERS,
): ParameterVersion<SchemeParameterValues[Name]> {
  const versions: readonly ParameterVersion<SchemeParameterValues[Name]>[] = table[name];
  // Versions are few and sorted; scanning from the newest finds current dates in one step.
  for (let index = versions.length - 1; index >= 0; index -= 1) {
    const version = versions[index];
    if (version !== undefined && version.validFrom <= date) return version;
  }
  throw new DomainInputError('DATE_BEFORE_SCHEME_START', `No value of ${name} is defined on ${date}`, { parameter: name, date });
}

/** The value of a scheme parameter on `date`. Throws like {@link parameterVersionOn}. */
export function parameterOn<Name extends ParameterName>(name: Name, date: CivilDate, table: SchemeParameterTable = SCHEME_PARAMETERS): SchemeParameterValues[Name] {
  return parameterVersionOn(name, date, table).value;
}

/** Every scheme parameter's value on `date`, e.g. to show "the rules that applied" next to a pay run. */
export function schemeParametersOn(date: CivilDate, table: SchemeParameterTable = SCHEME_PARAMETERS): SchemeParameterValues {
  const value = <Name extends ParameterName>(name: Name): SchemeParameterValues[Name] => parameterOn(name, date, table);
  return {
    allowancePerHourCents: value('allowancePerHourCents'),
    allowanceBasis: value('allowanceBasis'),
    monthlyCapHours: value('monthlyCapHours'),
    yearlyCapHours: value('yearlyCapHours'),
    trajectoryInitialMonths: value('trajectoryInitialMonths'),
    trajectoryExtensionMonths: value('trajectoryExtensionMonths'),
    trajectoryMaxExtensions: value('trajectoryMaxExtensions'),
    trajectoryMaxMonths: value('trajectoryMaxMonths'),
    evaluationIntervalMonths: value('evaluationIntervalMonths'),
    extensionWindowDaysBeforeDue: value('extensionWindowDaysBeforeDue'),
    extensionWindowDaysAfterDue: value('extensionWindowDaysAfterDue'),
    pwaRightLapseAfterInactiveMonths: value('pwaRightLapseAfterInactiveMonths'),
    interimMaxDaysPerPeriod: value('interimMaxDaysPerPeriod'),
    interimPeriodDays: value('interimPeriodDays'),
    travelThresholdRoundTripMetres: value('travelThresholdRoundTripMetres'),
    travelAllowanceKmBasis: value('travelAllowanceKmBasis'),
    kmRateCentsPer100Km: value('kmRateCentsPer100Km'),
    travelEstimateRoadFactorPercent: value('travelEstimateRoadFactorPercent'),
    chequePriceMinCents: value('chequePriceMinCents'),
    chequePriceMaxCents: value('chequePriceMaxCents'),
    chequePriceStepCents: value('chequePriceStepCents'),
    chequeValidityMonths: value('chequeValidityMonths'),
    clientConfirmationWorkingDays: value('clientConfirmationWorkingDays'),
    clientRegistrationFeeCents: value('clientRegistrationFeeCents'),
    fiscalReductionPercent: value('fiscalReductionPercent'),
    limitWarningPercent: value('limitWarningPercent'),
    accidentReportWorkingDays: value('accidentReportWorkingDays'),
    organiserMinimumInhabitants: value('organiserMinimumInhabitants'),
    invitationLinkValidDays: value('invitationLinkValidDays'),
    passwordResetLinkValidMinutes: value('passwordResetLinkValidMinutes'),
  };
}

/** Problems that would make lookups wrong: versions out of order or a parameter undefined at scheme start. */
export function parameterTableIssues(table: SchemeParameterTable, schemeStart: CivilDate): readonly string[] {
  const issues: string[] = [];
  for (const [name, versions] of Object.entries(table) as [ParameterName, readonly ParameterVersion<unknown>[]][]) {
    const first = versions[0];
    if (first === undefined || first.validFrom > schemeStart) issues.push(`${name}: not defined from ${schemeStart}`);
    for (let index = 1; index < versions.length; index += 1) {
      const previous = versions[index - 1];
      const current = versions[index];
      if (previous !== undefined && current !== undefined && previous.validFrom >= current.validFrom) {
        issues.push(`${name}: versions not in strictly ascending validFrom order at ${current.validFrom}`);
      }
    }
  }
  return issues;
}
