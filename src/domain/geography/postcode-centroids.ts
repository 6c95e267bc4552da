import table from './postcode-table/postcodes-be.json';

/** A point in WGS84 degrees. */
export type Coordinates = { readonly latitude: number; readonly longitude: number };

/** The centroid of one Belgian postcode's places, with their names (postcode-table/README.md says how it was made). */
export type PostcodeCentroid = Coordinates & { readonly postcode: string; readonly places: readonly string[] };

/** The shipped, validated table (GeoNames, CC BY 4.0; see postcode-table/README.md). */
export const BELGIAN_POSTCODE_CENTROIDS: readonly PostcodeCentroid[] = table;

const byPostcode = new Map<string, PostcodeCentroid>(BELGIAN_POSTCODE_CENTROIDS.map((row) => [row.postcode, row]));

/** The centroid of a postcode, or null when the table does not know it (then staff enter the distance). */
export function postcodeCentroid(postcode: string): PostcodeCentroid | null {
  return byPostcode.get(postcode) ?? null;
}
