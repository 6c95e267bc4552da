import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInsz, parseInsz } from './insz';

const withCheck = (nine: string, bornFrom2000: boolean): string => {
  const base = BigInt(nine) + (bornFrom2000 ? 2_000_000_000n : 0n);
  return `${nine}${String(97 - Number(base % 97n)).padStart(2, '0')}`;
};

describe('parseInsz (participant identity, R1–R2 intake)', () => {
  it.each([
    ['born 1985, written with dots', '85.07.30-033.28', { insz: '85073003328', birthDate: '1985-07-30', isBisNumber: false }],
    ['born 2001 (the 2 prefix decides the century)', withCheck('010203123', true), { birthDate: '2001-02-03', isBisNumber: false }],
    ['born on 29 February in a leap year', withCheck('000229123', true), { birthDate: '2000-02-29' }],
    ['bis number with month + 40', withCheck('854730033', false), { birthDate: '1985-07-30', isBisNumber: true }],
    ['bis number with unknown birth date', withCheck('852000033', false), { birthDate: null, isBisNumber: true }],
  ])('accepts %s', (_case, text, expected) => {
    expect(parseInsz(text)).toMatchObject(expected);
  });

  it.each([
    ['a wrong check number', '85073003329'],
    ['ten digits', '8507300332'],
    ['letters', '85O73003328'],
    ['month 13', withCheck('851330033', false)],
    ['30 February', withCheck('850230033', false)],
  ])('refuses %s', (_case, text) => {
    expect(parseInsz(text)).toBeNull();
  });

  it('every number built with the right check digits parses back to itself, formatted or not', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1930-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }), fc.integer({ min: 1, max: 998 }), (birth, serial) => {
        const year = birth.getUTCFullYear();
        const nine = `${String(year % 100).padStart(2, '0')}${String(birth.getUTCMonth() + 1).padStart(2, '0')}${String(birth.getUTCDate()).padStart(2, '0')}${String(serial).padStart(3, '0')}`;
        const insz = withCheck(nine, year >= 2000);
        const parsed = parseInsz(formatInsz(insz));
        expect(parsed?.insz).toBe(insz);
        expect(parsed?.birthDate).toBe(birth.toISOString().slice(0, 10));
      }),
    );
  });
});
