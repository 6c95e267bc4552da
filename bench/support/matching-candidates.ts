import { BELGIAN_POSTCODE_CENTROIDS } from '../../src/domain/geography/postcode-centroids';
import type { MatchCandidate, TransportMode } from '../../src/domain/matching/matching-input';
import { addDays } from '../../src/domain/time/civil-date-arithmetic';
import type { CivilDate } from '../../src/domain/time/civil-date';

/** Small deterministic PRNG (mulberry32), so every run ranks the same participants. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ACTIVITIES = [
  'small_garden_maintenance.mowing',
  'small_garden_maintenance.hedge_trimming',
  'small_repairs.painting',
  'household_support.shopping',
  'accompanying_persons.lunchtime_supervision',
];
const MODES: readonly TransportMode[] = ['walk', 'bicycle', 'moped', 'public_transport', 'car'];

/**
 * `count` participants living in West Flanders (postcodes 8000–8999, as an organiser far larger than Westhoek), with
 * 1–3 chosen activities, transport, 1–4 weekly availability windows, hours used, trajectory ends around `around`,
 * some continuity and staff-measured distances.
 */
export function generateCandidates(count: number, around: CivilDate, random: () => number): MatchCandidate[] {
  const postcodes = BELGIAN_POSTCODE_CENTROIDS.filter((row) => row.postcode >= '8000' && row.postcode <= '8999').map((row) => row.postcode);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] ?? (values[0] as T);
  const between = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  return Array.from({ length: count }, (_, index) => ({
    participantId: `p-${String(index).padStart(6, '0')}`,
    chosenActivityCodes: ACTIVITIES.filter(() => random() < 0.45),
    allowedActivityCodes: random() < 0.1 ? [pick(ACTIVITIES)] : null,
    pwaActivityCodes: [],
    homePostcode: pick(postcodes),
    maxOneWayMetres: random() < 0.3 ? null : between(3, 30) * 1000,
    transportModes: MODES.filter(() => random() < 0.35),
    weeklyAvailability: Array.from({ length: between(1, 4) }, () => {
      const startMinute = between(7, 15) * 60;
      return { weekday: between(1, 6), startMinute, endMinute: startMinute + between(2, 8) * 60 };
    }),
    hoursUsedInMonth: between(0, 60),
    hoursUsedInYear: between(0, 630),
    trajectoryEndDate: random() < 0.1 ? null : addDays(around, between(-60, 360)),
    priorAssignmentsWithClient: random() < 0.02 ? between(1, 4) : 0,
    recentHours: between(0, 80),
    knownOneWayMetres: random() < 0.05 ? between(0, 30_000) : null,
  }));
}
