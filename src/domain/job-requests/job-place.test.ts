import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jobPlaceCheck } from './job-place';

const area = [
  { id: 'veurne', postcodes: ['8630'] },
  { id: 'poperinge', postcodes: ['8970', '8972', '8978'] },
];

describe('jobPlaceCheck (R1, R15)', () => {
  it.each([
    ['R15: Veurne is in the area', '8630', [], 'veurne'],
    ['R15: a deelgemeente postcode of Poperinge', '8972', [], 'poperinge'],
    ['R1: not a Belgian postcode', '0999', ['R1:PLACE_POSTCODE_INVALID'], null],
    ['R1: Brussels is outside the Flemish Region', '1000', ['R1:PLACE_OUTSIDE_FLANDERS'], null],
    ['R1: Liège is outside the Flemish Region', '4000', ['R1:PLACE_OUTSIDE_FLANDERS'], null],
    ['R15: Brugge is in Flanders but has no subset here', '8000', ['R15:PLACE_OUTSIDE_ORGANISER_AREA'], null],
  ] as const)('%s', (_label, postcode, expected, municipalityId) => {
    const verdict = jobPlaceCheck(postcode, area);
    expect(verdict.reasons.map((reason) => `${reason.rule}:${reason.code}`)).toEqual(expected);
    expect(verdict.municipalityId).toBe(municipalityId);
  });

  it('R1, R15: a place gets a municipality exactly when no reason refuses it, and only one of the area', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{4}$/), (postcode) => {
        const verdict = jobPlaceCheck(postcode, area);
        expect(verdict.municipalityId === null).toBe(verdict.reasons.length > 0);
        if (verdict.municipalityId !== null) expect(area.find((m) => m.id === verdict.municipalityId)?.postcodes).toContain(postcode);
      }),
    );
  });
});
