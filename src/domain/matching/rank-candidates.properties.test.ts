import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time/civil-date-arithmetic';
import { parseCivilDate } from '../time/civil-date';
import type { MatchCandidate, TransportMode } from './matching-input';
import type { MatchingResult } from './matching-result';
import { mowingRequest } from './matching.test-support';
import { rankCandidates } from './rank-candidates';

const modes: readonly TransportMode[] = ['walk', 'bicycle', 'moped', 'public_transport', 'car'];
// Biased towards eligible participants, so the ranking properties are not checked on empty lists.
const mostly = <T>(usual: fc.Arbitrary<T>, other: fc.Arbitrary<T>): fc.Arbitrary<T> => fc.oneof({ arbitrary: usual, weight: 4 }, { arbitrary: other, weight: 1 });
const tuesday = { weekday: 2, startMinute: 480, endMinute: 1020 };
const anyCandidate = (id: number): fc.Arbitrary<MatchCandidate> =>
  fc.record({
    participantId: fc.constant(`p-${String(id).padStart(3, '0')}`),
    chosenActivityCodes: mostly<readonly string[]>(
      fc.constant(['small_garden_maintenance.mowing']),
      fc.subarray(['small_garden_maintenance.mowing', 'small_garden_maintenance.hedge_trimming']),
    ),
    allowedActivityCodes: mostly<readonly string[] | null>(
      fc.constant(null),
      fc.subarray(['small_garden_maintenance.mowing', 'small_garden_maintenance.hedge_trimming']),
    ),
    pwaActivityCodes: fc.constant([]),
    homePostcode: fc.constantFrom('8970', '8972', '8978', '8900', '8600', '8620', '8660', '9000', '1190'),
    maxOneWayMetres: mostly(fc.option(fc.integer({ min: 10_000, max: 40_000 }), { nil: null }), fc.integer({ min: 0, max: 10_000 })),
    transportModes: mostly<readonly TransportMode[]>(fc.constant(['car']), fc.subarray([...modes])),
    weeklyAvailability: fc
      .tuple(
        mostly<readonly (typeof tuesday)[]>(fc.constant([tuesday]), fc.constant([])),
        fc.array(
          fc
            .tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 1380 }), fc.integer({ min: 30, max: 600 }))
            .map(([weekday, startMinute, length]) => ({ weekday, startMinute, endMinute: Math.min(1440, startMinute + length) })),
          { maxLength: 2 },
        ),
      )
      .map(([usual, others]) => [...usual, ...others]),
    hoursUsedInMonth: mostly(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 50, max: 60 })),
    hoursUsedInYear: mostly(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 500, max: 630 })),
    trajectoryEndDate: fc.option(
      mostly(fc.integer({ min: 0, max: 400 }), fc.integer({ min: -30, max: 0 })).map((days) => addDays(parseCivilDate('2026-05-04'), days)),
      { nil: null },
    ),
    priorAssignmentsWithClient: fc.integer({ min: 0, max: 3 }),
    recentHours: fc.integer({ min: 0, max: 90 }),
    knownOneWayMetres: fc.option(fc.integer({ min: 0, max: 30_000 }), { nil: null, freq: 4 }),
  });
const candidates = fc.integer({ min: 0, max: 40 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => anyCandidate(index))));
const rankedOf = (result: MatchingResult) => {
  if (result.status !== 'ranked') throw new Error('the test request is allowed');
  return result;
};

describe('matching properties (decision 051)', () => {
  it('property: every candidate is either ranked or excluded (with at least one reason), exactly once', () => {
    fc.assert(
      fc.property(candidates, (pool) => {
        const result = rankedOf(rankCandidates(mowingRequest, pool));
        const ids = [...result.ranked.map((entry) => entry.participantId), ...result.excluded.map((entry) => entry.participantId)];
        expect(ids.sort()).toEqual(pool.map((candidate) => candidate.participantId).sort());
        for (const entry of result.excluded) expect(entry.reasons.length).toBeGreaterThan(0);
      }),
    );
  });

  it('property: the same candidates in any order give the same answer', () => {
    fc.assert(
      fc.property(
        candidates.chain((pool) => fc.tuple(fc.constant(pool), fc.shuffledSubarray(pool, { minLength: pool.length }))),
        ([pool, shuffled]) => {
          expect(rankCandidates(mowingRequest, shuffled)).toEqual(rankCandidates(mowingRequest, pool));
        },
      ),
    );
  });

  it('property: ranks run 1…n by falling score; a score is the sum of six lines, each within its weight', () => {
    fc.assert(
      fc.property(candidates, (pool) => {
        const { ranked } = rankedOf(rankCandidates(mowingRequest, pool));
        ranked.forEach((entry, index) => {
          expect(entry.rank).toBe(index + 1);
          if (index > 0) expect(entry.score).toBeLessThanOrEqual(ranked[index - 1]?.score ?? Number.POSITIVE_INFINITY);
          expect(entry.factors.map((line) => line.factor)).toEqual(['distance', 'availability', 'remaining_hours', 'trajectory_time', 'continuity', 'fairness']);
          expect(entry.score).toBe(entry.factors.reduce((total, line) => total + line.points, 0));
          for (const line of entry.factors) expect(line.points >= 0 && line.points <= line.maxPoints && Number.isInteger(line.points)).toBe(true);
        });
      }),
    );
  });

  it('R4, R5, R7: property — no ranked candidate lacks the activity, room for a session, time in the trajectory, or travels past a known limit', () => {
    fc.assert(
      fc.property(candidates, (pool) => {
        const { ranked, needs } = rankedOf(rankCandidates(mowingRequest, pool));
        const byId = new Map(pool.map((candidate) => [candidate.participantId, candidate]));
        for (const entry of ranked) {
          const candidate = byId.get(entry.participantId);
          expect(candidate?.chosenActivityCodes).toContain(mowingRequest.activityCode);
          expect(60 - (candidate?.hoursUsedInMonth ?? 0)).toBeGreaterThanOrEqual(needs.sessionHours);
          expect(630 - (candidate?.hoursUsedInYear ?? 0)).toBeGreaterThanOrEqual(needs.sessionHours);
          expect(candidate?.trajectoryEndDate === null || (candidate?.trajectoryEndDate ?? '') >= needs.firstSessionDate).toBe(true);
          const distance = entry.factors[0]?.details;
          if (distance?.oneWayMetres !== undefined && distance.maxOneWayMetres !== null)
            expect(Number(distance.oneWayMetres)).toBeLessThanOrEqual(Number(distance.maxOneWayMetres));
        }
      }),
    );
  });

  it('property: working for the client before, fewer recent hours or a shorter measured trip never lower a score', () => {
    fc.assert(
      fc.property(anyCandidate(0), fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 30_000 }), (base, fewerHours, shorter) => {
        const scoreOf = (candidate: MatchCandidate) => rankedOf(rankCandidates(mowingRequest, [candidate])).ranked[0]?.score ?? null;
        const before = scoreOf(base);
        if (before === null) return;
        expect(scoreOf({ ...base, priorAssignmentsWithClient: base.priorAssignmentsWithClient + 1 })).toBeGreaterThanOrEqual(before);
        expect(scoreOf({ ...base, recentHours: Math.min(base.recentHours, fewerHours) })).toBeGreaterThanOrEqual(before);
        if (base.knownOneWayMetres !== null) expect(scoreOf({ ...base, knownOneWayMetres: Math.min(base.knownOneWayMetres, shorter) })).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});
