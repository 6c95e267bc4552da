/** Why a text is not a Belgian enterprise number (ondernemingsnummer, KBO/BCE). */
export type EnterpriseNumberFault = 'ENTERPRISE_NUMBER_EMPTY' | 'ENTERPRISE_NUMBER_FORMAT' | 'ENTERPRISE_NUMBER_FIRST_DIGIT' | 'ENTERPRISE_NUMBER_CHECK_DIGITS';

export type EnterpriseNumberParse =
  | { readonly valid: true; /** The 10 digits without separators, e.g. `0202239951`. */ readonly enterpriseNumber: string }
  | { readonly valid: false; readonly code: EnterpriseNumberFault };

/** The two check digits of a 10-digit enterprise number: 97 − (its first 8 digits mod 97); never 00. */
export function enterpriseNumberCheckDigits(firstEightDigits: string): string {
  return String(97 - (Number(firstEightDigits) % 97)).padStart(2, '0');
}

/**
 * Parses an enterprise number as people write it: `0202.239.951`, `BE 0202 239 951` (the VAT form), or the nine
 * digits of numbers issued before 2005 with their leading 0 left off (`202.239.951`). A number starts with 0 or 1
 * (1xxx numbers are issued since the 0xxx range ran out) and ends with 97 − (first 8 digits mod 97). Returns the
 * first fault found, in that order, so the form can say exactly what is wrong.
 */
export function parseEnterpriseNumber(text: string): EnterpriseNumberParse {
  const compact = text
    .trim()
    .replace(/^BE/i, '')
    .replaceAll(/[\s.\-/]/g, '');
  if (compact === '') return { valid: false, code: 'ENTERPRISE_NUMBER_EMPTY' };
  if (!/^\d{9,10}$/.test(compact)) return { valid: false, code: 'ENTERPRISE_NUMBER_FORMAT' };
  const digits = compact.length === 9 ? `0${compact}` : compact;
  if (digits[0] !== '0' && digits[0] !== '1') return { valid: false, code: 'ENTERPRISE_NUMBER_FIRST_DIGIT' };
  if (enterpriseNumberCheckDigits(digits.slice(0, 8)) !== digits.slice(8)) return { valid: false, code: 'ENTERPRISE_NUMBER_CHECK_DIGITS' };
  return { valid: true, enterpriseNumber: digits };
}

/** `0202239951` → `0202.239.951`, the way the KBO prints it. */
export function formatEnterpriseNumber(enterpriseNumber: string): string {
  return `${enterpriseNumber.slice(0, 4)}.${enterpriseNumber.slice(4, 7)}.${enterpriseNumber.slice(7, 10)}`;
}
