import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../time/civil-date';
import { DEFAULT_MATCHING_PARAMETERS, type MatchCandidate, type MatchRequest } from './matching-input';
import type { MatchingResult } from './matching-result';
import { mowingRequest, poperingeCandidate, scheduleOf } from './matching.test-support';
import { rankCandidates } from './rank-candidates';

const d = parseCivilDate;
const candidate = (overrides: Partial<MatchCandidate>): MatchCandidate => ({ ...poperingeCandidate, ...overrides });
const ranked = (result: MatchingResult) => (result.status === 'ranked' ? result : null);
const exclusionCodes = (request: MatchRequest, overrides: Partial<MatchCandidate>) =>
  ranked(rankCandidates(request, [candidate(overrides)]))?.excluded.flatMap((entry) => entry.reasons.map((reason) => `${reason.rule ?? '-'}:${reason.code}`));
const washing: MatchRequest = { ...mowingRequest, activityCode: 'household_support.washing_textiles', clientDidActivityUnderPwa: true };

describe('matching: who is excluded, and why (decision 051)', () => {
  it.each([
    [
      'R7: a participant who did not choose mowing',
      mowingRequest,
      { chosenActivityCodes: ['small_garden_maintenance.hedge_trimming'] },
      ['R7:ACTIVITY_NOT_CHOSEN_BY_PARTICIPANT'],
    ],
    [
      'R7: mowing chosen but not allowed them by their agreement',
      mowingRequest,
      { allowedActivityCodes: ['small_garden_maintenance.hedge_trimming'] },
      ['R7:ACTIVITY_NOT_ALLOWED_FOR_PARTICIPANT'],
    ],
    [
      'R16: washing textiles by a participant without PWA history',
      washing,
      { chosenActivityCodes: ['household_support.washing_textiles'] },
      ['R16:PWA_TRANSITIONAL_ACTIVITY_PARTICIPANT_WITHOUT_PWA_HISTORY'],
    ],
    [
      'R16: washing textiles by a participant who did it under the PWA',
      washing,
      { chosenActivityCodes: ['household_support.washing_textiles'], pwaActivityCodes: ['household_support.washing_textiles'] },
      [],
    ],
    ['living in Ieper (11.4 km estimated) with a 10 km maximum', mowingRequest, { homePostcode: '8900', maxOneWayMetres: 10_000 }, ['-:OUTSIDE_MAX_DISTANCE']],
    ['living in Ieper with only a bicycle (10 km reach)', mowingRequest, { homePostcode: '8900', transportModes: ['bicycle'] }, ['-:OUTSIDE_MAX_DISTANCE']],
    ['living in Ieper with a 10 km maximum, but staff measured 9 km', mowingRequest, { homePostcode: '8900', maxOneWayMetres: 10_000, knownOneWayMetres: 9_000 }, []],
    ['no availability recorded', mowingRequest, { weeklyAvailability: [] }, ['-:AVAILABILITY_NOT_RECORDED']],
    ['free on Wednesdays only', mowingRequest, { weeklyAvailability: [{ weekday: 3, startMinute: 480, endMinute: 1020 }] }, ['-:NO_AVAILABILITY_OVERLAP']],
    [
      'free on Tuesdays 10:00–12:00, too short for a 3-hour session',
      mowingRequest,
      { weeklyAvailability: [{ weekday: 2, startMinute: 600, endMinute: 720 }] },
      ['-:NO_AVAILABILITY_OVERLAP'],
    ],
    ['R4: 58 h counted in May 2026 leaves no room for a 3-hour session', mowingRequest, { hoursUsedInMonth: 58 }, ['R4:HOURS_MONTH_CAP_REACHED']],
    ['R4: 57 h counted in May 2026 leaves room for exactly one', mowingRequest, { hoursUsedInMonth: 57 }, []],
    ['R4: 628 h counted in 2026 leaves no room for a 3-hour session', mowingRequest, { hoursUsedInYear: 628 }, ['R4:HOURS_YEAR_CAP_REACHED']],
    [
      'R5: a trajectory ending the day before the first session (Tuesday 5 May)',
      mowingRequest,
      { trajectoryEndDate: d('2026-05-04') },
      ['R5:TRAJECTORY_ENDS_BEFORE_START'],
    ],
    ['R5: a trajectory ending on the first session day', mowingRequest, { trajectoryEndDate: d('2026-05-05') }, []],
    ['R6: an ex-PWA worker without trajectory end', mowingRequest, { trajectoryEndDate: null }, []],
    [
      'R4, R5, R7: every reason at once',
      mowingRequest,
      { chosenActivityCodes: [], weeklyAvailability: [], hoursUsedInMonth: 60, hoursUsedInYear: 630, trajectoryEndDate: d('2026-01-31') },
      [
        'R7:ACTIVITY_NOT_CHOSEN_BY_PARTICIPANT',
        '-:AVAILABILITY_NOT_RECORDED',
        'R4:HOURS_MONTH_CAP_REACHED',
        'R4:HOURS_YEAR_CAP_REACHED',
        'R5:TRAJECTORY_ENDS_BEFORE_START',
      ],
    ],
  ] as const)('%s', (_label, request, overrides, expected) => {
    expect(exclusionCodes(request, overrides)).toEqual(expected);
  });

  it('R4: the cap refusal says how much room is left against one session', () => {
    const result = ranked(rankCandidates(mowingRequest, [candidate({ hoursUsedInMonth: 58 })]));
    expect(result?.excluded[0]?.reasons[0]).toEqual({
      code: 'HOURS_MONTH_CAP_REACHED',
      rule: 'R4',
      details: { month: '2026-05', usedHours: 58, remainingHours: 2, sessionHours: 3 },
    });
  });

  it('the distance refusal says what limits it: the participant or their transport', () => {
    const result = ranked(rankCandidates(mowingRequest, [candidate({ homePostcode: '8900', transportModes: ['bicycle', 'walk'], maxOneWayMetres: 20_000 })]));
    expect(result?.excluded[0]?.reasons[0]).toEqual({
      code: 'OUTSIDE_MAX_DISTANCE',
      rule: null,
      details: { oneWayMetres: 11_400, maxOneWayMetres: 10_000, limitedBy: 'bicycle', source: 'estimate' },
    });
  });
});

describe('matching: requests that cannot be matched at all (R1, R15, R16)', () => {
  const brussels = { municipalityNisCode: '21004', choices: [] };
  it.each<[string, Partial<MatchRequest>, readonly string[]]>([
    [
      'R1: a place of work in Brussels',
      { placePostcode: '1000', municipalitySubset: brussels },
      ['R1:PLACE_OUTSIDE_FLANDERS', 'R15:ACTIVITY_NOT_CHOSEN_BY_MUNICIPALITY'],
    ],
    ['R15: mowing for a school', { clientCategory: 'school' }, ['R15:ACTIVITY_NOT_FOR_CLIENT_CATEGORY']],
    ['R15: an activity Poperinge did not choose', { activityCode: 'small_repairs.grave_maintenance' }, ['R15:ACTIVITY_NOT_CHOSEN_BY_MUNICIPALITY']],
    [
      'R16: washing textiles for a client without PWA history',
      { activityCode: 'household_support.washing_textiles' },
      ['R16:PWA_TRANSITIONAL_ACTIVITY_CLIENT_WITHOUT_PWA_HISTORY'],
    ],
  ])('%s', (_label, overrides, expected) => {
    const result = rankCandidates({ ...mowingRequest, ...overrides }, [poperingeCandidate]);
    expect(result.status === 'request_refused' ? result.reasons.map((reason) => `${reason.rule}:${reason.code}`) : []).toEqual(expected);
  });
});

describe('matching: the ranking and its reasons (decision 051)', () => {
  it('one line per factor: a neighbour who worked for this client before scores all 1000 points', () => {
    const result = ranked(rankCandidates(mowingRequest, [candidate({ priorAssignmentsWithClient: 2 })]));
    expect(result?.needs).toEqual({ firstSessionDate: '2026-05-05', sessionHours: 3, monthNeededHours: 12, yearNeededHours: 27, placeKnown: true });
    expect(result?.ranked).toEqual([
      {
        participantId: 'p-anna',
        rank: 1,
        score: 1000,
        factors: [
          {
            factor: 'distance',
            code: 'DISTANCE',
            points: 300,
            maxPoints: 300,
            details: { oneWayMetres: 0, roundTripMetres: 0, source: 'estimate', samePostcode: true, maxOneWayMetres: null, limitedBy: null },
          },
          { factor: 'availability', code: 'AVAILABILITY_FIT', points: 200, maxPoints: 200, details: { coveredSlots: 1, requestedSlots: 1 } },
          {
            factor: 'remaining_hours',
            code: 'REMAINING_HOURS',
            points: 100,
            maxPoints: 100,
            details: { monthRemainingHours: 60, monthNeededHours: 12, yearRemainingHours: 630, yearNeededHours: 27 },
          },
          {
            factor: 'trajectory_time',
            code: 'TRAJECTORY_TIME_LEFT',
            points: 100,
            maxPoints: 100,
            details: { trajectoryEndDate: '2026-12-31', coveredDays: 57, requestDays: 57 },
          },
          { factor: 'continuity', code: 'CONTINUITY', points: 150, maxPoints: 150, details: { priorAssignments: 2 } },
          { factor: 'fairness', code: 'FAIRNESS', points: 150, maxPoints: 150, details: { recentHours: 0, referenceHours: 60 } },
        ],
      },
    ]);
  });

  it('closer, with room, time and fewer recent hours ranks higher; each line shows where the points went', () => {
    const result = ranked(
      rankCandidates(mowingRequest, [
        candidate({ participantId: 'p-bram', homePostcode: '8900', hoursUsedInMonth: 54, trajectoryEndDate: d('2026-05-31'), recentHours: 30 }),
        candidate({ participantId: 'p-anna' }),
      ]),
    );
    expect(result?.ranked.map((entry) => [entry.participantId, entry.score])).toEqual([
      ['p-anna', 850],
      ['p-bram', 535],
    ]);
    const bram = result?.ranked[1]?.factors.map((line) => [line.code, line.points]);
    // 11.4 of 25 km; 6 h room of the 12 needed in May; 27 of the 57 days; 30 of 60 recent hours.
    expect(bram).toEqual([
      ['DISTANCE', 163],
      ['AVAILABILITY_FIT', 200],
      ['REMAINING_HOURS', 50],
      ['TRAJECTORY_TIME_LEFT', 47],
      ['CONTINUITY', 0],
      ['FAIRNESS', 75],
    ]);
  });

  it('a Tuesday-and-Thursday request: someone free on Tuesdays only is eligible with half the availability points', () => {
    const twiceAWeek = {
      ...mowingRequest,
      schedule: scheduleOf({
        kind: 'weekly',
        slots: [
          { weekday: 2, startTime: '09:00', endTime: '12:00' },
          { weekday: 4, startTime: '09:00', endTime: '12:00' },
        ],
        startDate: d('2026-05-01'),
        endDate: d('2026-06-30'),
        minutesPerSession: 180,
      }),
    };
    const result = ranked(rankCandidates(twiceAWeek, [poperingeCandidate]));
    expect(result?.ranked[0]?.factors[1]).toMatchObject({ code: 'AVAILABILITY_FIT', points: 100, details: { coveredSlots: 1, requestedSlots: 2 } });
  });

  it('an unknown home postcode keeps the candidate, with no distance points and a line saying the distance is unknown', () => {
    const result = ranked(rankCandidates(mowingRequest, [candidate({ homePostcode: '1190' })]));
    expect(result?.ranked[0]?.factors[0]).toEqual({ factor: 'distance', code: 'DISTANCE_UNKNOWN', points: 0, maxPoints: 300, details: { maxOneWayMetres: null } });
  });

  it('ties are broken by continuity, then the shorter trip, then fewer recent hours, then the participant id — in any input order', () => {
    // Continuity earns no points here, and 40 m or 1 recent hour round away, so all five score the same.
    const parameters = { ...DEFAULT_MATCHING_PARAMETERS, weights: { ...DEFAULT_MATCHING_PARAMETERS.weights, continuity: 0 }, fairnessReferenceHours: 600 };
    const tied = [
      candidate({ participantId: 'p-3', knownOneWayMetres: 40 }),
      candidate({ participantId: 'p-5', recentHours: 1 }),
      candidate({ participantId: 'p-2' }),
      candidate({ participantId: 'p-4', knownOneWayMetres: 40, priorAssignmentsWithClient: 1 }),
      candidate({ participantId: 'p-1' }),
    ];
    const order = (input: readonly MatchCandidate[]) =>
      ranked(rankCandidates(mowingRequest, input, parameters))?.ranked.map((entry) => `${entry.rank}:${entry.participantId}:${entry.score}`);
    expect(order(tied)).toEqual(['1:p-4:850', '2:p-1:850', '3:p-2:850', '4:p-5:850', '5:p-3:850']);
    expect(order([...tied].reverse())).toEqual(order(tied));
  });

  it('an empty candidate list ranks nobody', () => {
    expect(rankCandidates(mowingRequest, [])).toMatchObject({ status: 'ranked', ranked: [], excluded: [] });
  });
});
