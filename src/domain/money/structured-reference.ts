import { DomainInputError } from '../errors/domain-input-error';

/** Why a text is not a Belgian structured reference (gestructureerde mededeling, OGM/VCS). */
export type StructuredReferenceFault = 'STRUCTURED_REFERENCE_EMPTY' | 'STRUCTURED_REFERENCE_FORMAT' | 'STRUCTURED_REFERENCE_CHECK_DIGITS';

export type StructuredReferenceParse =
  { readonly valid: true; /** The 12 digits without separators. */ readonly digits: string } | { readonly valid: false; readonly code: StructuredReferenceFault };

const LARGEST_BASE = 9_999_999_999;

/** The check digits of a 10-digit base: the base mod 97, and 97 when that is 0 (so never 00). */
function checkDigitsOf(base: number): string {
  const remainder = base % 97;
  return String(remainder === 0 ? 97 : remainder).padStart(2, '0');
}

/** `123456789002` → `+++123/4567/89002+++`, the way banks print it and payers type it. */
export function formatStructuredReference(digits: string): string {
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7, 12)}+++`;
}

/**
 * The structured reference of a number from 0 to 9,999,999,999: the number as 10 digits plus its two check digits.
 * @throws DomainInputError `INVALID_REFERENCE_NUMBER` for anything else (it would not fit in 10 digits).
 */
export function structuredReferenceFrom(base: number): string {
  if (!Number.isSafeInteger(base) || base < 0 || base > LARGEST_BASE) {
    throw new DomainInputError('INVALID_REFERENCE_NUMBER', `A structured reference holds 0–${LARGEST_BASE}, got ${base}`, { base });
  }
  const digits = String(base).padStart(10, '0');
  return formatStructuredReference(`${digits}${checkDigitsOf(base)}`);
}

/**
 * Parses a structured reference as it arrives from a payer or a bank statement: `+++123/4567/89002+++`,
 * `***123/4567/89002***`, with spaces, or the 12 bare digits. Returns the first fault found.
 */
export function parseStructuredReference(text: string): StructuredReferenceParse {
  const trimmed = text.trim();
  if (trimmed === '') return { valid: false, code: 'STRUCTURED_REFERENCE_EMPTY' };
  const framed = /^(\+{3}|\*{3})(.*)\1$/.exec(trimmed);
  const digits = (framed?.[2] ?? trimmed).replaceAll(/[\s/]/g, '');
  if (!/^\d{12}$/.test(digits)) return { valid: false, code: 'STRUCTURED_REFERENCE_FORMAT' };
  if (checkDigitsOf(Number(digits.slice(0, 10))) !== digits.slice(10)) return { valid: false, code: 'STRUCTURED_REFERENCE_CHECK_DIGITS' };
  return { valid: true, digits };
}
