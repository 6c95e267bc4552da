import { parameterOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import { addMonthsClamped, lastDayOfMonthsPeriod } from '../time/civil-date-arithmetic';
import type { CivilDate } from '../time/civil-date';
import { CHEQUE_VALIDITY_EXTENSIONS, type ChequeValidityExtension } from './cheque-validity-extensions';

/** A cheque's last valid day and the exceptional extension that set it, if any. */
export type ChequeExpiry = {
  readonly lastValidDate: CivilDate;
  readonly normalLastValidDate: CivilDate;
  readonly appliedExtensionId: string | null;
};

function extendedLastValidDate(issueDate: CivilDate, normalLastValidDate: CivilDate, extension: ChequeValidityExtension): CivilDate | null {
  const rule = extension.rule;
  if (rule.kind === 'validity_months_for_issue_dates') {
    const applies = issueDate <= rule.issuedThrough && normalLastValidDate >= rule.stillValidOn;
    return applies ? lastDayOfMonthsPeriod(issueDate, rule.validityMonths) : null;
  }
  const applies = normalLastValidDate >= rule.expiringFrom && normalLastValidDate <= rule.expiringThrough;
  return applies ? addMonthsClamped(normalLastValidDate, rule.extraMonths) : null;
}

/**
 * R13: a wijk-werkcheque is valid 12 months from its issue date (issued 2024-03-15 → last valid day 2025-03-14,
 * decision 103), unless an exceptional extension applies. Extensions do not add up: the most favourable one wins.
 */
export function chequeExpiry(
  issueDate: CivilDate,
  table: SchemeParameterTable = SCHEME_PARAMETERS,
  extensions: readonly ChequeValidityExtension[] = CHEQUE_VALIDITY_EXTENSIONS,
): ChequeExpiry {
  const normalLastValidDate = lastDayOfMonthsPeriod(issueDate, parameterOn('chequeValidityMonths', issueDate, table));
  let lastValidDate = normalLastValidDate;
  let appliedExtensionId: string | null = null;
  for (const extension of extensions) {
    const extended = extendedLastValidDate(issueDate, normalLastValidDate, extension);
    if (extended !== null && extended > lastValidDate) {
      lastValidDate = extended;
      appliedExtensionId = extension.id;
    }
  }
  return { lastValidDate, normalLastValidDate, appliedExtensionId };
}

/** True when a cheque issued on `issueDate` may still be used on `date` (R13). */
export function isChequeValidOn(issueDate: CivilDate, date: CivilDate, table: SchemeParameterTable = SCHEME_PARAMETERS): boolean {
  return date >= issueDate && date <= chequeExpiry(issueDate, table).lastValidDate;
}
