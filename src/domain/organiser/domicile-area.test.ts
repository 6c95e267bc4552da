import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFlemishPostcode } from '../geography/flemish-region';
import { domicileAreaCheck, type DomicileAreaInput } from './domicile-area';

const westhoek = [
  { id: 'ieper', postcodes: ['8900', '8902', '8904', '8906', '8908'] },
  { id: 'veurne', postcodes: ['8630'] },
];
const input = (overrides: Partial<DomicileAreaInput>): DomicileAreaInput => ({
  postcode: '8900',
  area: westhoek,
  policy: 'warn',
  chosenMunicipalityId: null,
  ...overrides,
});
const codes = (reasons: readonly { rule: string; code: string }[]) => reasons.map((reason) => `${reason.rule}:${reason.code}`);

describe('domicile and the organiser area (R1)', () => {
  it.each([
    ['R1: Ieper 8900 is in the Westhoek area', {}, { reasons: [], warnings: [], municipalityChoiceNeeded: false, municipalityId: 'ieper' }],
    ['R1: Brussels 1000 is refused before the area is looked at', { postcode: '1000' }, { reasons: ['R1:DOMICILE_OUTSIDE_FLANDERS'], municipalityId: null }],
    ['R1: a malformed postcode is refused', { postcode: '89OO' }, { reasons: ['R1:DOMICILE_POSTCODE_INVALID'] }],
    ['R1: Gent 9000 under "refuse" is refused', { postcode: '9000', policy: 'refuse' }, { reasons: ['R1:DOMICILE_OUTSIDE_ORGANISER_AREA'], warnings: [] }],
    [
      'R1: Gent 9000 under "warn" warns and asks which municipality of the area applies',
      { postcode: '9000' },
      { reasons: [], warnings: ['R1:DOMICILE_OUTSIDE_ORGANISER_AREA'], municipalityChoiceNeeded: true, municipalityId: null },
    ],
    [
      'R1: Gent 9000 under "warn" with Ieper chosen is accepted with the warning and Ieper recorded',
      { postcode: '9000', chosenMunicipalityId: 'ieper' },
      { reasons: [], warnings: ['R1:DOMICILE_OUTSIDE_ORGANISER_AREA'], municipalityChoiceNeeded: false, municipalityId: 'ieper' },
    ],
    [
      'R1: a chosen municipality outside the area does not count',
      { postcode: '9000', chosenMunicipalityId: 'gent' },
      { municipalityChoiceNeeded: true, municipalityId: null },
    ],
    ['R1: inside the area the postcode decides, not the choice', { postcode: '8630', chosenMunicipalityId: 'ieper' }, { municipalityId: 'veurne', warnings: [] }],
    [
      'R1: without municipalities set up there is no area to check',
      { postcode: '9000', area: [], policy: 'refuse' },
      { reasons: [], warnings: [], municipalityId: null },
    ],
  ] as const)('%s', (_label, overrides, expected) => {
    const result = domicileAreaCheck(input(overrides));
    const shown = { ...result, reasons: codes(result.reasons), warnings: codes(result.warnings) };
    expect(shown).toMatchObject(expected);
  });

  it('R1: the refusal and the warning name the postcode', () => {
    expect(domicileAreaCheck(input({ postcode: '9000', policy: 'refuse' })).reasons[0]?.details).toEqual({ postcode: '9000' });
  });

  it('R1: property — a postcode outside Flanders is always refused; one in the area never is, whatever the policy', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom('warn' as const, 'refuse' as const), (code, policy) => {
        const postcode = String(code);
        const result = domicileAreaCheck(input({ postcode, policy }));
        if (!isFlemishPostcode(postcode)) expect(codes(result.reasons)).toEqual(['R1:DOMICILE_OUTSIDE_FLANDERS']);
        if (westhoek.some((municipality) => municipality.postcodes.includes(postcode))) expect(result.reasons).toEqual([]);
        expect(result.reasons.length > 0 || result.municipalityChoiceNeeded || result.municipalityId !== null).toBe(true);
      }),
    );
  });
});
