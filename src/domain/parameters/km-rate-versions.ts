import type { ParameterVersion } from './parameter-version';
import { roundHalfUpDivide } from '../money/rounding';
import { civilDateFromParts } from '../time/civil-date';

/** The last year for which the +2 % indexation is generated; lookups after it keep that year's rate. */
export const KM_RATE_INDEXATION_LAST_YEAR = 2100;

/**
 * The travel-allowance rate per 1 January [S9]: 15 ct/km in 2018–2023, 17 ct/km from 2024, then +2 % every
 * 1 January from 2025. Each year's rate is the previous year's published (rounded) rate × 1.02, rounded half up
 * to 0.01 ct/km (decision 102): 2025 = 17.34 ct, 2026 = 17.69 ct, 2027 = 18.04 ct.
 */
export function kmRateVersions(): readonly ParameterVersion<number>[] {
  const versions: ParameterVersion<number>[] = [
    { validFrom: civilDateFromParts(2018, 1, 1), value: 1500, sources: ['S8', 'S9'] },
    { validFrom: civilDateFromParts(2024, 1, 1), value: 1700, sources: ['S9'] },
  ];
  let rate = 1700;
  for (let year = 2025; year <= KM_RATE_INDEXATION_LAST_YEAR; year += 1) {
    rate = roundHalfUpDivide(rate * 102, 100);
    versions.push({
      validFrom: civilDateFromParts(year, 1, 1),
      value: rate,
      sources: ['S9'],
      note: 'DERIVED: +2 % on the previous rate, rounded half up to 0.01 ct/km (decision 102)',
    });
  }
  return versions;
}
