import { describe, expect, it } from 'vitest';
import { exclusionLine, factorLine } from './reason-lines';

describe('matching reason lines', () => {
  it('a distance reads in km, with the staff variant and the one without a limit', () => {
    const base = { factor: 'distance', code: 'DISTANCE', points: 210, maxPoints: 300 } as const;
    expect(factorLine({ ...base, details: { oneWayMetres: 2_350, source: 'estimate', maxOneWayMetres: 10_000 } }, 'nl-BE')).toEqual({
      key: 'matching.factor.DISTANCE',
      values: { points: '210', maxPoints: '300', km: '2,4', maxKm: '10' },
    });
    expect(factorLine({ ...base, details: { oneWayMetres: 500, source: 'staff', maxOneWayMetres: null } }, 'nl-BE').key).toBe('matching.factor.DISTANCE_STAFF_NO_LIMIT');
  });

  it('an open-ended trajectory (R6) and no earlier work have their own sentence', () => {
    expect(factorLine({ factor: 'trajectory_time', code: 'TRAJECTORY_TIME_LEFT', points: 100, maxPoints: 100, details: { trajectoryEndDate: null } }, 'nl-BE').key).toBe(
      'matching.factor.TRAJECTORY_OPEN',
    );
    expect(factorLine({ factor: 'continuity', code: 'CONTINUITY', points: 0, maxPoints: 150, details: { priorAssignments: 0 } }, 'nl-BE').key).toBe(
      'matching.factor.CONTINUITY_NONE',
    );
  });

  it('an exclusion turns its metres into km placeholders', () => {
    expect(
      exclusionLine({ code: 'OUTSIDE_MAX_DISTANCE', rule: null, details: { oneWayMetres: 31_000, maxOneWayMetres: 30_000, limitedBy: 'participant' } }, 'nl-BE'),
    ).toEqual({
      key: 'matching.exclusion.OUTSIDE_MAX_DISTANCE',
      values: { oneWayKm: '31', maxOneWayKm: '30', limitedBy: 'participant' },
    });
  });
});
