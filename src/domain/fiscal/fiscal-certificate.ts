import type { ClientCategory } from '../clients/client-category';
import { roundHalfUpDivide } from '../money/rounding';
import { parameterVersionOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import type { RuleReason } from '../rules/rule-reason';
import { civilDateFromParts, yearOf, type CivilDate } from '../time/civil-date';

/** A cheque purchase by a client, as paid. */
export type ChequePurchase = { readonly paidOn: CivilDate; readonly chequeCount: number; readonly amountPaidCents: number };

/** What the yearly fiscal certificate (fiscaal attest) states. */
export type FiscalCertificate = {
  readonly year: number;
  readonly chequeCount: number;
  /** Total paid for cheques in the year: the basis of the tax reduction. */
  readonly amountPaidCents: number;
  /** The income year's rate (a dated scheme parameter): 30 % up to 2019, 20 % from 2020. */
  readonly reductionPercent: number;
  /** False when no source confirms the year's rate (2025 on): print it as "to confirm". */
  readonly reductionPercentConfirmed: boolean;
  /** Indicative only: basis × the year's rate, rounded half up; the ceiling is applied by the tax administration. */
  readonly indicativeReductionCents: number;
  /** The yearly ceiling is UNCONFIRMED (and whether it is shared with dienstencheques), so none is applied. */
  readonly ceilingCents: null;
};

export type FiscalCertificateResult =
  | { readonly issued: true; readonly certificate: FiscalCertificate }
  | { readonly issued: false; readonly reasons: readonly RuleReason<'FISCAL_CERTIFICATE_PRIVATE_PERSONS_ONLY' | 'NO_CHEQUES_PAID_IN_YEAR'>[] };

/**
 * R21: only private persons (natural persons) get a fiscal certificate, for the tax reduction on cheques paid in the
 * calendar (income) year at that year's rate (decision 112). Legal entities get none.
 */
export function fiscalCertificateFor(
  clientCategory: ClientCategory,
  year: number,
  purchases: readonly ChequePurchase[],
  table: SchemeParameterTable = SCHEME_PARAMETERS,
): FiscalCertificateResult {
  if (clientCategory !== 'private_person') {
    return { issued: false, reasons: [{ code: 'FISCAL_CERTIFICATE_PRIVATE_PERSONS_ONLY', rule: 'R21', details: { clientCategory } }] };
  }
  const inYear = purchases.filter((purchase) => yearOf(purchase.paidOn) === year);
  if (inYear.length === 0) {
    return { issued: false, reasons: [{ code: 'NO_CHEQUES_PAID_IN_YEAR', rule: 'R21', details: { year } }] };
  }
  const amountPaidCents = inYear.reduce((total, purchase) => total + purchase.amountPaidCents, 0);
  const rate = parameterVersionOn('fiscalReductionPercent', civilDateFromParts(year, 12, 31), table);
  return {
    issued: true,
    certificate: {
      year,
      chequeCount: inYear.reduce((total, purchase) => total + purchase.chequeCount, 0),
      amountPaidCents,
      reductionPercent: rate.value,
      reductionPercentConfirmed: rate.unconfirmed !== true,
      indicativeReductionCents: roundHalfUpDivide(amountPaidCents * rate.value, 100),
      ceilingCents: null,
    },
  };
}
