import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enterpriseNumberCheckDigits, formatEnterpriseNumber, parseEnterpriseNumber } from './kbo';

const eightDigits = fc.tuple(fc.constantFrom('0', '1'), fc.stringMatching(/^\d{7}$/)).map(([first, rest]) => `${first}${rest}`);
const withCheck = (eight: string): string => `${eight}${enterpriseNumberCheckDigits(eight)}`;

describe('enterprise number (KBO) of organisation clients (R14)', () => {
  it.each([
    ['R14: a non-profit writes its number with dots', '0202.239.951', '0202239951'],
    ['R14: the VAT form with BE and spaces', 'BE 0202 239 951', '0202239951'],
    ['R14: lower-case be and dashes', 'be0202-239-951', '0202239951'],
    ['R14: a pre-2005 number written with nine digits gets its leading 0', '202.239.951', '0202239951'],
    ['R14: a 1xxx number (issued once the 0 range ran out)', '1001.234.592', '1001234592'],
    ['R14: first 8 digits divisible by 97 give check digits 97, not 00', '0970.000.097', '0970000097'],
  ])('%s', (_label, text, expected) => {
    expect(parseEnterpriseNumber(text)).toEqual({ valid: true, enterpriseNumber: expected });
  });

  it.each([
    ['R14: nothing typed', '  ', 'ENTERPRISE_NUMBER_EMPTY'],
    ['R14: letters', '0202.23A.951', 'ENTERPRISE_NUMBER_FORMAT'],
    ['R14: eight digits', '0202.2399', 'ENTERPRISE_NUMBER_FORMAT'],
    ['R14: eleven digits (an INSZ is not an enterprise number)', '85073003328', 'ENTERPRISE_NUMBER_FORMAT'],
    ['R14: a number starting with 2', '2202.239.951', 'ENTERPRISE_NUMBER_FIRST_DIGIT'],
    ['R14: wrong check digits', '0202.239.952', 'ENTERPRISE_NUMBER_CHECK_DIGITS'],
    ['R14: check digits 00 never occur', '0970.000.000', 'ENTERPRISE_NUMBER_CHECK_DIGITS'],
  ])('%s is refused with %s', (_label, text, code) => {
    expect(parseEnterpriseNumber(text)).toEqual({ valid: false, code });
  });

  it('R14: formats as the KBO prints it', () => {
    expect(formatEnterpriseNumber('0202239951')).toBe('0202.239.951');
  });

  it('R14: property — every number with the right check digits parses back to itself, formatted or not', () => {
    fc.assert(
      fc.property(eightDigits, (eight) => {
        const number = withCheck(eight);
        expect(parseEnterpriseNumber(formatEnterpriseNumber(number))).toEqual({ valid: true, enterpriseNumber: number });
        expect(parseEnterpriseNumber(`BE${number}`)).toEqual({ valid: true, enterpriseNumber: number });
      }),
    );
  });

  it('R14: property — one mistyped digit is always caught', () => {
    fc.assert(
      fc.property(eightDigits, fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), (eight, position, shift) => {
        const number = withCheck(eight);
        const mistyped = `${number.slice(0, position)}${(Number(number[position]) + shift) % 10}${number.slice(position + 1)}`;
        expect(parseEnterpriseNumber(mistyped).valid).toBe(false);
      }),
    );
  });
});
