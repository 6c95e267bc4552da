import { describe, expect, it } from 'vitest';
import { formatCivilDate, normaliseTime, phoneHref } from './format';

describe('normaliseTime', () => {
  it.each([
    ['9:00', '09:00'],
    ['09:00', '09:00'],
    ['9u', '09:00'],
    ['9u30', '09:30'],
    ['13.30', '13:30'],
    ['0930', '09:30'],
    [' 8 ', '08:00'],
    ['24:00', '24:00'],
    ['0u', '00:00'],
  ])('reads %j as %s', (input, expected) => expect(normaliseTime(input)).toBe(expected));

  it.each(['24:30', '9:75', 'negen uur', '', '930'])('leaves %j for validation to refuse', (input) => {
    expect(normaliseTime(input)).toBe(input.trim());
  });
});

describe('phoneHref', () => {
  it('dials Belgian numbers in international form', () => {
    expect(phoneHref('057 20 41 10')).toBe('tel:+3257204110');
    expect(phoneHref('0470/12.34.56')).toBe('tel:+32470123456');
    expect(phoneHref('+32 58 31 22 40')).toBe('tel:+3258312240');
    expect(phoneHref('0031 20 123 4567')).toBe('tel:+31201234567');
  });
});

describe('formatCivilDate', () => {
  it('writes the date in words in the chosen language, without a time-zone shift', () => {
    expect(formatCivilDate('2026-12-25', 'nl-BE')).toBe('vrijdag 25 december 2026');
    expect(formatCivilDate('2026-12-25', 'fr')).toBe('vendredi 25 décembre 2026');
  });
});
