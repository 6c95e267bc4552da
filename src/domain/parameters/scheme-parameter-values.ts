/** How the hourly allowance is computed from minutes worked (decision 101). */
export type AllowanceBasis = 'per_started_hour' | 'per_minute_pro_rata';

/** Which kilometres the travel allowance pays once the round trip exceeds the threshold (decision 104). */
export type TravelAllowanceKmBasis = 'all_km' | 'km_above_threshold';

/** The value type of every scheme parameter, by name. Units are in the names (Cents, Hours, Metres, Months, Days). */
export type SchemeParameterValues = {
  readonly allowancePerHourCents: number;
  readonly allowanceBasis: AllowanceBasis;
  /** R4 caps, in started hours per time entry (decision 114). */
  readonly monthlyCapHours: number;
  readonly yearlyCapHours: number;
  readonly trajectoryInitialMonths: number;
  readonly trajectoryExtensionMonths: number;
  readonly trajectoryMaxExtensions: number;
  readonly trajectoryMaxMonths: number;
  readonly evaluationIntervalMonths: number;
  /** R5: the extension is decided at the evaluation, from this many days before its due date … */
  readonly extensionWindowDaysBeforeDue: number;
  /** … until this many days after it (decision 121). */
  readonly extensionWindowDaysAfterDue: number;
  readonly pwaRightLapseAfterInactiveMonths: number;
  readonly interimMaxDaysPerPeriod: number;
  readonly interimPeriodDays: number;
  readonly travelThresholdRoundTripMetres: number;
  readonly travelAllowanceKmBasis: TravelAllowanceKmBasis;
  /** Travel allowance rate in euro cents per 100 km, i.e. hundredths of a cent per km (1734 = €0.1734/km). */
  readonly kmRateCentsPer100Km: number;
  /** Road distance estimated as the straight line between postcode centroids × this percentage (decision 050). */
  readonly travelEstimateRoadFactorPercent: number;
  readonly chequePriceMinCents: number;
  readonly chequePriceMaxCents: number;
  readonly chequePriceStepCents: number;
  readonly chequeValidityMonths: number;
  readonly clientConfirmationWorkingDays: number;
  readonly clientRegistrationFeeCents: number;
  readonly fiscalReductionPercent: number;
  readonly limitWarningPercent: number;
  readonly accidentReportWorkingDays: number;
  readonly organiserMinimumInhabitants: number;
  /** How long an account invitation link works, from the moment it is sent (decision 040). */
  readonly invitationLinkValidDays: number;
  /** How long a password-reset link works (decision 040). */
  readonly passwordResetLinkValidMinutes: number;
};

export type ParameterName = keyof SchemeParameterValues;
