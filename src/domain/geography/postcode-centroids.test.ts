import { describe, expect, it } from 'vitest';
import { isBelgianPostcode } from './flemish-region';
import { BELGIAN_POSTCODE_CENTROIDS, postcodeCentroid } from './postcode-centroids';
import { straightLineMetres } from './travel-distance';

/** shared/data/westhoek-municipalities.csv: the Westhoek municipalities with more than one postcode, and the rest. */
const WESTHOEK_POSTCODES: Readonly<Record<string, readonly string[]>> = {
  Alveringem: ['8690', '8691'],
  Ieper: ['8900', '8902', '8904', '8906', '8908'],
  Poperinge: ['8970', '8972', '8978'],
  Heuvelland: ['8950', '8951', '8952', '8953', '8954', '8956', '8958'],
  'one postcode each': ['8660', '8670', '8620', '8630', '8600', '8650', '8680', '8610', '8647', '8957', '8940', '8980', '8920', '8640'],
};
const MUNICIPALITY_SPREAD_METRES = 25_000;

describe('Belgian postcode centroid table (postcode-table/README.md)', () => {
  it('one row per postcode, sorted, each a Belgian postcode inside Belgium with at least one place', () => {
    const postcodes = BELGIAN_POSTCODE_CENTROIDS.map((row) => row.postcode);
    expect(postcodes).toEqual([...new Set(postcodes)].sort());
    for (const row of BELGIAN_POSTCODE_CENTROIDS) {
      expect(isBelgianPostcode(row.postcode)).toBe(true);
      expect(row.latitude).toBeGreaterThanOrEqual(49.49);
      expect(row.latitude).toBeLessThanOrEqual(51.51);
      expect(row.longitude).toBeGreaterThanOrEqual(2.54);
      expect(row.longitude).toBeLessThanOrEqual(6.41);
      expect(row.places.length).toBeGreaterThan(0);
    }
  });

  it("R1: every Westhoek postcode has a centroid, and a municipality's postcodes lie within 25 km of each other", () => {
    for (const [municipality, postcodes] of Object.entries(WESTHOEK_POSTCODES)) {
      const centroids = postcodes.map((postcode) => postcodeCentroid(postcode));
      expect(
        centroids.every((centroid) => centroid !== null),
        municipality,
      ).toBe(true);
      if (municipality === 'one postcode each') continue;
      for (const from of centroids) {
        for (const to of centroids) {
          if (from !== null && to !== null)
            expect(straightLineMetres(from, to), `${municipality} ${from.postcode}–${to.postcode}`).toBeLessThanOrEqual(MUNICIPALITY_SPREAD_METRES);
        }
      }
    }
  });

  it("the fixed rows: Diksmuide (8600) lost Driekapellen's coordinate in Hainaut and lies within 2 km of the town", () => {
    const diksmuide = postcodeCentroid('8600');
    expect(diksmuide?.places).not.toContain('Driekapellen');
    expect(diksmuide && straightLineMetres(diksmuide, { latitude: 51.0318, longitude: 2.8638 })).toBeLessThan(2_000);
    expect(postcodeCentroid('9500')?.places).not.toContain('Moerbeke');
    expect(postcodeCentroid('2590')?.places).toEqual(['Berlaar']);
  });

  it('the dropped postcodes are unknown, so staff enter the distance', () => {
    for (const postcode of ['0612', '1190', '4720', '9999']) expect(postcodeCentroid(postcode)).toBeNull();
  });
});
