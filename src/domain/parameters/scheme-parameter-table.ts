import { fiscalReductionVersions } from './fiscal-reduction-versions';
import { kmRateVersions } from './km-rate-versions';
import type { ParameterVersion, SourceTag } from './parameter-version';
import type { ParameterName, SchemeParameterValues } from './scheme-parameter-values';
import { SCHEME_START_DATE } from './scheme-start';

/** Every scheme parameter with its dated versions, oldest first. */
export type SchemeParameterTable = {
  readonly [Name in ParameterName]: readonly ParameterVersion<SchemeParameterValues[Name]>[];
};

const fromSchemeStart = <Value>(value: Value, sources: readonly SourceTag[], unconfirmedNote?: string): readonly ParameterVersion<Value>[] => [
  unconfirmedNote === undefined
    ? { validFrom: SCHEME_START_DATE, value, sources }
    : { validFrom: SCHEME_START_DATE, value, sources, unconfirmed: true, note: unconfirmedNote },
];

/**
 * The regulation's numbers since 1 January 2018, each with its DOMAIN.md source. A legal change is a new
 * version with its own `validFrom`, never an edit of an old one, so past pay runs and limits stay reproducible.
 */
export const SCHEME_PARAMETERS: SchemeParameterTable = {
  allowancePerHourCents: fromSchemeStart(410, ['S6', 'S7', 'S8', 'S16']),
  allowanceBasis: fromSchemeStart('per_started_hour', ['S24', 'S26', 'S27', 'product'], 'Decision 101: fee per cheque earned; pro rata unconfirmed'),
  monthlyCapHours: fromSchemeStart(60, ['S6', 'S15', 'S16', 'S17', 'S19', 'seed:flyer']),
  yearlyCapHours: fromSchemeStart(630, ['S6', 'S15', 'S16', 'S17', 'S19']),
  trajectoryInitialMonths: fromSchemeStart(6, ['S20', 'S21', 'S22']),
  trajectoryExtensionMonths: fromSchemeStart(6, ['S20', 'S21', 'S22']),
  trajectoryMaxExtensions: fromSchemeStart(1, ['S20', 'S21', 'S22']),
  trajectoryMaxMonths: fromSchemeStart(12, ['S5', 'S20', 'S21', 'S22', 'seed:flyer']),
  evaluationIntervalMonths: fromSchemeStart(6, ['S20', 'S22']),
  extensionWindowDaysBeforeDue: fromSchemeStart(30, ['S22', 'product'], 'Decision 121: window around the evaluation; the regulation gives none'),
  extensionWindowDaysAfterDue: fromSchemeStart(30, ['S22', 'product'], 'Decision 121: window around the evaluation; the regulation gives none'),
  pwaRightLapseAfterInactiveMonths: fromSchemeStart(12, ['S5', 'S20', 'S23']),
  interimMaxDaysPerPeriod: fromSchemeStart(10, ['S18']),
  interimPeriodDays: fromSchemeStart(28, ['S18']),
  travelThresholdRoundTripMetres: fromSchemeStart(10_000, ['S8', 'S16', 'S26', 'seed:flyer']),
  travelAllowanceKmBasis: fromSchemeStart('all_km', ['S9', 'product'], 'Decision 104: all km once the round trip exceeds 10 km'),
  kmRateCentsPer100Km: kmRateVersions(),
  travelEstimateRoadFactorPercent: fromSchemeStart(130, ['product'], 'Decision 050: detour index of a dense road network; staff override the estimate'),
  chequePriceMinCents: fromSchemeStart(595, ['S3']),
  chequePriceMaxCents: fromSchemeStart(745, ['S3']),
  chequePriceStepCents: fromSchemeStart(50, ['S3']),
  chequeValidityMonths: fromSchemeStart(12, ['S8', 'S28']),
  clientConfirmationWorkingDays: fromSchemeStart(5, ['S64', 'product'], 'Decision 107: dienstencheque pattern; wijk-werk deadline unconfirmed'),
  clientRegistrationFeeCents: fromSchemeStart(750, ['S13', 'S31', 'S32'], 'Organiser practice; legal basis and exemptions unconfirmed'),
  fiscalReductionPercent: fiscalReductionVersions(),
  limitWarningPercent: fromSchemeStart(80, ['product']),
  accidentReportWorkingDays: fromSchemeStart(7, ['S34']),
  organiserMinimumInhabitants: fromSchemeStart(60_000, ['S33', 'S1']),
  invitationLinkValidDays: fromSchemeStart(7, ['product']),
  passwordResetLinkValidMinutes: fromSchemeStart(60, ['product']),
};
