import { DomainInputError } from '../errors/domain-input-error';

/**
 * `numerator / denominator` rounded half up to an integer, for non-negative integers (the one rounding rule of
 * decision 105). Integer arithmetic only, so 0.5 cases are exact.
 */
export function roundHalfUpDivide(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || numerator < 0 || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new DomainInputError('INVALID_AMOUNT', `Cannot round ${numerator}/${denominator}`, { numerator, denominator });
  }
  const quotient = Math.floor(numerator / denominator);
  const remainder = numerator - quotient * denominator;
  return remainder * 2 >= denominator ? quotient + 1 : quotient;
}
