import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDateFromParts, daysInMonth, parseCivilDate } from '../time/civil-date';
import { parameterOn, parameterTableIssues, parameterVersionOn, schemeParametersOn } from './parameter-lookup';
import { SCHEME_PARAMETERS } from './scheme-parameter-table';
import type { ParameterName } from './scheme-parameter-values';
import { SCHEME_START_DATE } from './scheme-start';

const d = parseCivilDate;
const parameterNames = Object.keys(SCHEME_PARAMETERS) as ParameterName[];

const civilDateBetween = (fromYear: number, toYear: number) =>
  fc
    .tuple(fc.integer({ min: fromYear, max: toYear }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([year, month, day]) => civilDateFromParts(year, month, Math.min(day, daysInMonth(year, month))));

describe('scheme parameters', () => {
  it('the table is sorted and defined from the scheme start', () => {
    expect(parameterTableIssues(SCHEME_PARAMETERS, SCHEME_START_DATE)).toEqual([]);
  });

  it.each([
    ['R10: allowance €4.10 per hour', 'allowancePerHourCents', '2018-01-01', 410],
    ['R4: monthly cap 60 h', 'monthlyCapHours', '2026-03-01', 60],
    ['R4: yearly cap 630 h', 'yearlyCapHours', '2026-03-01', 630],
    ['R5: trajectory max 12 months', 'trajectoryMaxMonths', '2026-03-01', 12],
    ['R11: threshold round trip 10 km', 'travelThresholdRoundTripMetres', '2026-03-01', 10000],
    ['R11: km rate 15 ct on 2023-12-31', 'kmRateCentsPer100Km', '2023-12-31', 1500],
    ['R11: km rate 17 ct on 2024-01-01', 'kmRateCentsPer100Km', '2024-01-01', 1700],
    ['R11: km rate 17 ct on 2024-12-31', 'kmRateCentsPer100Km', '2024-12-31', 1700],
    ['R11: km rate 17.34 ct on 2025-01-01', 'kmRateCentsPer100Km', '2025-01-01', 1734],
    ['R11: km rate 17.69 ct on 2026-01-01', 'kmRateCentsPer100Km', '2026-01-01', 1769],
    ['R11: km rate 18.04 ct on 2027-06-30', 'kmRateCentsPer100Km', '2027-06-30', 1804],
    ['R11: distance estimates use a road factor of 130 % (decision 050)', 'travelEstimateRoadFactorPercent', '2026-03-01', 130],
    ['R9: cheque price minimum €5.95', 'chequePriceMinCents', '2026-03-01', 595],
    ['R9: cheque price maximum €7.45', 'chequePriceMaxCents', '2026-03-01', 745],
    ['R13: cheque valid 12 months', 'chequeValidityMonths', '2026-03-01', 12],
    ['R17: registration fee €7.50', 'clientRegistrationFeeCents', '2026-03-01', 750],
    ['R21: tax reduction 30 % on 2019-12-31', 'fiscalReductionPercent', '2019-12-31', 30],
    ['R21: tax reduction 20 % on 2020-01-01', 'fiscalReductionPercent', '2020-01-01', 20],
    ['decision 040: an invitation link works 7 days', 'invitationLinkValidDays', '2026-11-24', 7],
    ['decision 040: a password-reset link works 60 minutes', 'passwordResetLinkValidMinutes', '2026-11-24', 60],
  ] as const)('%s', (_label, name, date, value) => {
    expect(parameterOn(name, d(date))).toBe(value);
  });

  it('every version names its source', () => {
    expect(parameterVersionOn('kmRateCentsPer100Km', d('2024-05-01')).sources).toEqual(['S9']);
    expect(parameterVersionOn('clientConfirmationWorkingDays', d('2024-05-01')).unconfirmed).toBe(true);
    expect(parameterVersionOn('fiscalReductionPercent', d('2024-12-31')).unconfirmed).toBeUndefined();
    expect(parameterVersionOn('fiscalReductionPercent', d('2025-01-01'))).toMatchObject({ value: 20, unconfirmed: true, sources: ['regulation-check'] });
  });

  it('refuses dates before 1 January 2018 with a typed error', () => {
    expect(() => parameterOn('monthlyCapHours', d('2017-12-31'))).toThrowError(expect.objectContaining({ code: 'DATE_BEFORE_SCHEME_START' }));
  });

  it('property: every parameter is defined for every date from 2018-01-01 to 2040-12-31', () => {
    fc.assert(
      fc.property(civilDateBetween(2018, 2040), (date) => {
        const snapshot = schemeParametersOn(date);
        for (const name of parameterNames) expect(snapshot[name]).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it('property: the km rate never decreases and is a whole number of 0.01 ct/km', () => {
    fc.assert(
      fc.property(civilDateBetween(2018, 2040), civilDateBetween(2018, 2040), (first, second) => {
        const [earlier, later] = first <= second ? [first, second] : [second, first];
        const earlierRate = parameterOn('kmRateCentsPer100Km', earlier);
        expect(Number.isInteger(earlierRate)).toBe(true);
        expect(parameterOn('kmRateCentsPer100Km', later)).toBeGreaterThanOrEqual(earlierRate);
      }),
    );
  });
});
