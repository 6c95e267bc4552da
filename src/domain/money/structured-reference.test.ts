import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registrationFeeFor } from '../clients/registration-fee';
import { parseStructuredReference, structuredReferenceFrom } from './structured-reference';

const base = fc.integer({ min: 0, max: 9_999_999_999 });

describe('structured reference (OGM/VCS) for the registration fee (R17)', () => {
  it.each([
    ['R17: 1234567890 → check digits 02 (the remainder)', 1_234_567_890, '+++123/4567/89002+++'],
    ['R17: a remainder of 0 gives check digits 97', 97, '+++000/0000/09797+++'],
    ['R17: 0 gives check digits 97, never 00', 0, '+++000/0000/00097+++'],
    ['R17: the largest 10-digit number', 9_999_999_999, '+++999/9999/99948+++'],
  ])('%s', (_label, number, expected) => {
    expect(structuredReferenceFrom(number)).toBe(expected);
  });

  it.each([
    ['R17: as banks print it', '+++123/4567/89002+++'],
    ['R17: with asterisks (some banks)', '***123/4567/89002***'],
    ['R17: with spaces', ' +++ 123 / 4567 / 89002 +++ '],
    ['R17: the 12 bare digits', '123456789002'],
  ])('%s is accepted', (_label, text) => {
    expect(parseStructuredReference(text)).toEqual({ valid: true, digits: '123456789002' });
  });

  it.each([
    ['R17: nothing', '', 'STRUCTURED_REFERENCE_EMPTY'],
    ['R17: eleven digits', '+++123/4567/8900+++', 'STRUCTURED_REFERENCE_FORMAT'],
    ['R17: mixed frames', '+++123/4567/89002***', 'STRUCTURED_REFERENCE_FORMAT'],
    ['R17: a letter', '+++123/4567/8900A+++', 'STRUCTURED_REFERENCE_FORMAT'],
    ['R17: wrong check digits', '+++123/4567/89003+++', 'STRUCTURED_REFERENCE_CHECK_DIGITS'],
    ['R17: check digits 00 never occur', '+++000/0000/00000+++', 'STRUCTURED_REFERENCE_CHECK_DIGITS'],
  ])('%s is refused with %s', (_label, text, code) => {
    expect(parseStructuredReference(text)).toEqual({ valid: false, code });
  });

  it('R17: a number that does not fit in 10 digits is not a reference', () => {
    for (const number of [-1, 10_000_000_000, 1.5]) {
      expect(() => structuredReferenceFrom(number)).toThrowError(expect.objectContaining({ code: 'INVALID_REFERENCE_NUMBER' }));
    }
  });

  it('R17: property — every generated reference parses back to its number', () => {
    fc.assert(
      fc.property(base, (number) => {
        const parsed = parseStructuredReference(structuredReferenceFrom(number));
        expect(parsed.valid && Number(parsed.digits.slice(0, 10))).toBe(number);
      }),
    );
  });

  it('R17: property — one mistyped digit or two swapped neighbouring digits of the number are always caught', () => {
    fc.assert(
      fc.property(base, fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 8 }), (number, position, shift, swapAt) => {
        const digits = structuredReferenceFrom(number).replaceAll(/\D/g, '');
        const mistyped = `${digits.slice(0, position)}${(Number(digits[position]) + shift) % 10}${digits.slice(position + 1)}`;
        expect(parseStructuredReference(mistyped).valid).toBe(false);
        const swapped = `${digits.slice(0, swapAt)}${digits[swapAt + 1] ?? ''}${digits[swapAt] ?? ''}${digits.slice(swapAt + 2)}`;
        if (swapped !== digits) expect(parseStructuredReference(swapped).valid).toBe(false);
      }),
    );
  });
});

describe('yearly registration fee (R17, decisions 054 and 111)', () => {
  it('R17: client 42 in 2026 pays €7.50 (to confirm) with +++202/6000/04236+++', () => {
    expect(registrationFeeFor(42, 2026)).toEqual({ year: 2026, amountCents: 750, amountUnconfirmed: true, structuredReference: '+++202/6000/04236+++' });
  });

  it('R17: the same client gets another reference each year, and another client another one', () => {
    const references = [registrationFeeFor(42, 2026), registrationFeeFor(42, 2027), registrationFeeFor(43, 2026)].map((fee) => fee.structuredReference);
    expect(new Set(references).size).toBe(3);
  });

  it('R17: client numbers outside 1–999,999 have no reference', () => {
    for (const clientNumber of [0, 1_000_000, 2.5]) {
      expect(() => registrationFeeFor(clientNumber, 2026)).toThrowError(expect.objectContaining({ code: 'INVALID_REFERENCE_NUMBER' }));
    }
  });
});
