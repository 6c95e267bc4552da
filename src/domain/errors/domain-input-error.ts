/** Stable codes for inputs the domain cannot evaluate (the server maps them to HTTP 400). */
export type DomainInputErrorCode =
  | 'INVALID_CIVIL_DATE'
  | 'DATE_BEFORE_SCHEME_START'
  | 'INVALID_MINUTES'
  | 'INVALID_DISTANCE'
  | 'INVALID_AMOUNT'
  | 'INVALID_MONTH_COUNT'
  | 'INVALID_PARAMETER_TABLE'
  | 'INVALID_REFERENCE_NUMBER';

/**
 * Thrown when a caller passes something no rule can be applied to (a malformed date, negative minutes, ...).
 * Rule refusals are never thrown: they are returned as reasons, because they are normal outcomes.
 */
export class DomainInputError extends Error {
  readonly code: DomainInputErrorCode;
  readonly details: Readonly<Record<string, string | number>>;

  constructor(code: DomainInputErrorCode, message: string, details: Readonly<Record<string, string | number>> = {}) {
    super(message);
    this.name = 'DomainInputError';
    this.code = code;
    this.details = details;
  }
}
