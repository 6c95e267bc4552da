import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDateOutputSchema, civilDateSchema, instantSchema, int32Max, textSchema, versionSchema } from './common';

describe('textSchema: what PostgreSQL text and jsonb can hold', () => {
  it('accepts any text of whole code points without NUL, emoji and accents included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }).filter((text) => !text.includes('\u0000')),
        (text) => textSchema.safeParse(text).success,
      ),
    );
    expect(textSchema.safeParse('Saïdjah 👍 Ђ').success).toBe(true);
  });

  it('refuses a NUL byte anywhere', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (before, after) => !textSchema.safeParse(`${before}\u0000${after}`).success));
  });

  it('refuses a lone high or low surrogate anywhere, also next to a valid pair', () => {
    const lone = fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800', '😀\ud800', '\udfff😀');
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        lone,
        fc.string({ unit: 'binary' }),
        (before, surrogate, after) => !textSchema.safeParse(`${before}${surrogate}${after}`).success,
      ),
    );
  });

  it('keeps the length and trim checks chained after it', () => {
    expect(textSchema.trim().min(1).safeParse('   ').success).toBe(false);
    expect(textSchema.trim().max(3).parse(' abc ')).toBe('abc');
  });
});

describe('civil dates and instants: 1900-01-01 .. 2199-12-31 in, derived dates out', () => {
  it.each(['1900-01-01', '2026-11-24', '2199-12-31', '2028-02-29'])('accepts %s', (date) => {
    expect(civilDateSchema.safeParse(date).success).toBe(true);
  });

  it.each(['0001-01-01', '1899-12-31', '2200-01-01', '9999-12-31', '2026-02-30', '+202026-01-01'])('refuses %s', (date) => {
    expect(civilDateSchema.safeParse(date).success).toBe(false);
  });

  it('the output schema checks the format only (a trajectory may end after 2199)', () => {
    expect(civilDateOutputSchema.safeParse('2201-06-30').success).toBe(true);
    expect(civilDateOutputSchema.safeParse('2026-02-30').success).toBe(false);
  });

  it.each([
    ['2026-12-01T09:30:00+01:00', true],
    ['1900-01-01T00:00:00Z', true],
    ['2199-12-31T23:59:59+00:00', true],
    ['1900-01-01T00:30:00+01:00', false],
    ['0001-01-01T00:00:00Z', false],
    ['9999-12-31T23:59:59+14:00', false],
    ['2026-12-01', false],
  ])('instant %s accepted: %s', (instant, accepted) => {
    expect(instantSchema.safeParse(instant).success).toBe(accepted);
  });
});

describe('versionSchema: the int32 column', () => {
  it.each([
    [1, true],
    [int32Max, true],
    [int32Max + 1, false],
    [2 ** 53 - 1, false],
    [0, false],
    [-1, false],
    [1.5, false],
  ])('%s accepted: %s', (version, accepted) => {
    expect(versionSchema.safeParse(version).success).toBe(accepted);
  });
});
