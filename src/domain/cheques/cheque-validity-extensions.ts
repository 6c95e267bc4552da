import type { SourceTag } from '../parameters/parameter-version';
import { parseCivilDate, type CivilDate } from '../time/civil-date';

/** How an exceptional measure lengthens cheque validity, as dated data. */
export type ChequeValidityExtensionRule =
  | {
      /** Cheques issued up to `issuedThrough` and not yet expired on `stillValidOn` get `validityMonths` instead of 12. */
      readonly kind: 'validity_months_for_issue_dates';
      readonly issuedThrough: CivilDate;
      readonly stillValidOn: CivilDate;
      readonly validityMonths: number;
    }
  | {
      /** Cheques whose normal last valid day falls in the range get `extraMonths` more. */
      readonly kind: 'extra_months_for_expiry_dates';
      readonly expiringFrom: CivilDate;
      readonly expiringThrough: CivilDate;
      readonly extraMonths: number;
    };

export type ChequeValidityExtension = {
  readonly id: string;
  readonly legalBasis: string;
  readonly sources: readonly SourceTag[];
  readonly rule: ChequeValidityExtensionRule;
};

/**
 * Exceptional extensions of cheque validity (R13). The MB of 19 April 2021 (BS 29 April 2021) [S8]: a valid cheque
 * issued up to and including 29 March 2021 is valid 15 months instead of 12, and a cheque expiring from 29 March to
 * 1 June 2021 gets 3 more months. The 2020 COVID extension [S28] is not listed: its date range is unconfirmed
 * (decision 109).
 */
export const CHEQUE_VALIDITY_EXTENSIONS: readonly ChequeValidityExtension[] = [
  {
    id: 'covid-2021-issued-through-2021-03-29',
    legalBasis: 'MB 19 april 2021 tot verlenging van de geldigheid van de wijk-werkcheque (BS 29 april 2021)',
    sources: ['S8'],
    rule: {
      kind: 'validity_months_for_issue_dates',
      issuedThrough: parseCivilDate('2021-03-29'),
      stillValidOn: parseCivilDate('2021-03-29'),
      validityMonths: 15,
    },
  },
  {
    id: 'covid-2021-expiring-2021-03-29-to-2021-06-01',
    legalBasis: 'MB 19 april 2021 tot verlenging van de geldigheid van de wijk-werkcheque (BS 29 april 2021)',
    sources: ['S8'],
    rule: {
      kind: 'extra_months_for_expiry_dates',
      expiringFrom: parseCivilDate('2021-03-29'),
      expiringThrough: parseCivilDate('2021-06-01'),
      extraMonths: 3,
    },
  },
];
