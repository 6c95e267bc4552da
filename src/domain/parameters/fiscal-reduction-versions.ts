import type { ParameterVersion } from './parameter-version';
import { civilDateFromParts } from '../time/civil-date';

/**
 * The tax reduction on wijk-werkcheques paid by private persons (R21), per income year:
 * - 30 % from 2018 (the 2018 tax circular) [S10, S35];
 * - 20 % from 2020: two secondary sources in REGULATION-CHECK.md (R21) report the drop from 30 % to 20 % on 1 January
 *   2020 together with the dienstencheques (axxi.be, arobase-services.be);
 * - from 2025 unconfirmed: Flanders abolished the reduction for dienstencheques (wikifin.be) and nothing was found for
 *   wijk-werkcheques, so 20 % is kept and marked to confirm (decision 112).
 */
export function fiscalReductionVersions(): readonly ParameterVersion<number>[] {
  return [
    { validFrom: civilDateFromParts(2018, 1, 1), value: 30, sources: ['S10', 'S35'] },
    { validFrom: civilDateFromParts(2020, 1, 1), value: 20, sources: ['regulation-check'], note: 'axxi.be, arobase-services.be: 30 % → 20 % from 1 January 2020' },
    {
      validFrom: civilDateFromParts(2025, 1, 1),
      value: 20,
      sources: ['regulation-check'],
      unconfirmed: true,
      note: 'To confirm: from 2025 the reduction for dienstencheques was abolished; nothing found for wijk-werkcheques',
    },
  ];
}
