import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { travelAllowanceFor } from '../money/travel-allowance';
import { SCHEME_PARAMETERS } from '../parameters/scheme-parameter-table';
import { parseCivilDate } from '../time/civil-date';
import { BELGIAN_POSTCODE_CENTROIDS } from './postcode-centroids';
import { estimatedTravelDistance, straightLineMetres } from './travel-distance';

const d = parseCivilDate;
const on = d('2026-03-01');
const anyPostcode = fc.constantFrom(...BELGIAN_POSTCODE_CENTROIDS);

describe('travel distance estimate from postcode centroids (R11, decision 050)', () => {
  it.each([
    ['R11: Ieper (8900) → Poperinge (8970): 8.7 km straight, 11.4 km one way, 22.8 km round trip', '8900', '8970', 8_746, 11_400],
    ['R11: De Panne (8660) → Koksijde (8670): 7.8 km one way', '8660', '8670', 6_019, 7_800],
    ['R11: Ieper (8900) → Gent (9000): 83.1 km one way', '8900', '9000', 63_955, 83_100],
  ])('%s', (_label, from, to, straight, oneWay) => {
    expect(estimatedTravelDistance(from, to, on)).toEqual({
      known: true,
      method: 'postcode_centroids',
      straightLineMetres: straight,
      roadFactorPercent: 130,
      oneWayMetres: oneWay,
      roundTripMetres: 2 * oneWay,
      samePostcode: false,
    });
  });

  it('R11: within one postcode the estimate is 0 km and says so', () => {
    expect(estimatedTravelDistance('8970', '8970', on)).toMatchObject({ known: true, oneWayMetres: 0, roundTripMetres: 0, samePostcode: true });
  });

  it('R11: an unknown postcode gives no estimate (staff enter the km)', () => {
    expect(estimatedTravelDistance('8900', '1190', on)).toEqual({ known: false, code: 'POSTCODE_NOT_IN_TABLE', postcode: '1190' });
    expect(estimatedTravelDistance('0612', '8900', on)).toEqual({ known: false, code: 'POSTCODE_NOT_IN_TABLE', postcode: '0612' });
  });

  it('R11: the road factor is a dated parameter: a new version changes estimates from its date only', () => {
    const table = {
      ...SCHEME_PARAMETERS,
      travelEstimateRoadFactorPercent: [...SCHEME_PARAMETERS.travelEstimateRoadFactorPercent, { validFrom: d('2027-01-01'), value: 125, sources: ['product' as const] }],
    };
    expect(estimatedTravelDistance('8900', '8970', d('2026-12-31'), table)).toMatchObject({ oneWayMetres: 11_400 });
    expect(estimatedTravelDistance('8900', '8970', d('2027-01-01'), table)).toMatchObject({ roadFactorPercent: 125, oneWayMetres: 10_900 });
  });

  it('R11: property — symmetric, at least the straight line, in 100 m steps, round trip exactly twice one way', () => {
    fc.assert(
      fc.property(anyPostcode, anyPostcode, (from, to) => {
        const there = estimatedTravelDistance(from.postcode, to.postcode, on);
        const back = estimatedTravelDistance(to.postcode, from.postcode, on);
        expect(there).toEqual(back);
        if (!there.known) return;
        expect(there.oneWayMetres % 100).toBe(0);
        expect(there.oneWayMetres + 50).toBeGreaterThanOrEqual(there.straightLineMetres);
        expect(there.roundTripMetres).toBe(2 * there.oneWayMetres);
      }),
    );
  });

  it('R11: property — the allowance on the estimate is the same whether it is entered one way or as the round trip', () => {
    fc.assert(
      fc.property(anyPostcode, anyPostcode, (from, to) => {
        const estimate = estimatedTravelDistance(from.postcode, to.postcode, on);
        if (!estimate.known) return;
        expect(travelAllowanceFor(on, { measured: 'one_way', metres: estimate.oneWayMetres })).toEqual(
          travelAllowanceFor(on, { measured: 'round_trip', metres: estimate.roundTripMetres }),
        );
      }),
    );
  });

  it('property: straight-line distances satisfy the triangle inequality (to the metre of rounding)', () => {
    fc.assert(
      fc.property(anyPostcode, anyPostcode, anyPostcode, (a, b, c) => {
        expect(straightLineMetres(a, c)).toBeLessThanOrEqual(straightLineMetres(a, b) + straightLineMetres(b, c) + 1);
      }),
    );
  });
});
