import { describe, expect, it } from 'vitest';
import { formatIban, parseIban } from './iban';

describe('parseIban (allowance payments by SEPA credit transfer)', () => {
  it.each([
    ['a Belgian IBAN with spaces', 'BE71 0961 2345 6769', 'BE71096123456769'],
    ['lower case', 'be71096123456769', 'BE71096123456769'],
    ['a Dutch IBAN', 'NL91 ABNA 0417 1643 00', 'NL91ABNA0417164300'],
  ])('accepts %s', (_case, text, expected) => {
    expect(parseIban(text)).toBe(expected);
  });

  it.each([
    ['a wrong check digit', 'BE72096123456769'],
    ['a Belgian IBAN one digit short', 'BE7109612345676'],
    ['nonsense', 'hallo'],
    ['a non-SEPA country', 'BR1500000000000010932840814P2'],
  ])('refuses %s', (_case, text) => {
    expect(parseIban(text)).toBeNull();
  });

  it('formats in groups of four', () => {
    expect(formatIban('BE71096123456769')).toBe('BE71 0961 2345 6769');
  });
});
