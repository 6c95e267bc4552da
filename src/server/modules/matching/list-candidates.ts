import { EXCLUDED_PAGE_SIZE, type CandidatesQuery, type CandidatesResponse, type ExcludedCandidateView, type RankedCandidateView } from '../../../contracts/matching';
import { BELGIAN_POSTCODE_CENTROIDS } from '../../../domain/geography/postcode-centroids';
import { estimatedTravelDistance } from '../../../domain/geography/travel-distance';
import { scheduleSessionsIn } from '../../../domain/job-requests/schedule-sessions';
import type { MatchCandidate } from '../../../domain/matching/matching-input';
import { DEFAULT_MATCHING_PARAMETERS } from '../../../domain/matching/matching-input';
import { rankCandidates } from '../../../domain/matching/rank-candidates';
import { addDays } from '../../../domain/time/civil-date-arithmetic';
import { civilDateFromParts, daysInMonth, monthOf, yearOf, type CivilDate } from '../../../domain/time/civil-date';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { clientPlanningGate } from '../clients/client-standing';
import { activityRulesFor } from '../activities/activity-rules';
import { addressKey } from './address-key';
import { candidateOfRow, type CandidateExtras, type HourPeriods } from './candidate-of-row';
import { findMatchedRequest, type MatchedRequestRow } from './find-matched-request';
import { countPrefilteredExclusions, loadCandidateRows } from './load-candidate-rows';
import { workedHoursOfCandidates } from './worked-hours-of-candidates';

// "Recent" for the fairness factor: the last eight weeks (decision 070).
const fairnessWindowDays = 56;
const maxScore = Object.values(DEFAULT_MATCHING_PARAMETERS.weights).reduce((sum, weight) => sum + weight, 0);

const firstSessionDateOf = (request: MatchedRequestRow): CivilDate => {
  const { schedule } = request;
  // A checked schedule has a session in its first week (decision 052); the start date is the fallback.
  return scheduleSessionsIn(schedule, schedule.startDate, addDays(schedule.startDate, 6))[0]?.date ?? schedule.startDate;
};

const hourPeriodsOf = (jobRequestId: string, firstSessionDate: CivilDate, today: CivilDate): HourPeriods => {
  const year = yearOf(firstSessionDate);
  const month = monthOf(firstSessionDate);
  return {
    jobRequestId,
    month: { from: civilDateFromParts(year, month, 1), to: civilDateFromParts(year, month, daysInMonth(year, month)) },
    year: { from: civilDateFromParts(year, 1, 1), to: civilDateFromParts(year, 12, 31) },
    recent: { from: addDays(today, -fairnessWindowDays), to: addDays(today, -1) },
  };
};

const jobRequestView = (request: MatchedRequestRow) => ({
  id: request.id,
  clientId: request.clientId,
  clientName: request.clientName,
  activityCode: request.activityCode,
  placeStreet: request.placeStreet,
  placePostcode: request.placePostcode,
  placeCity: request.placeCity,
});

/** The estimated one-way metres from every postcode in the table to the place, for the SQL distance prefilter. */
const estimatesTo = (placePostcode: string, date: CivilDate): Record<string, number> => {
  const estimates: Record<string, number> = {};
  for (const { postcode } of BELGIAN_POSTCODE_CENTROIDS) {
    const estimate = estimatedTravelDistance(postcode, placePostcode, date);
    if (estimate.known && estimate.oneWayMetres > 0) estimates[postcode] = estimate.oneWayMetres;
  }
  return estimates;
};

const prefilterRules = {
  ACTIVITY_NOT_CHOSEN_BY_PARTICIPANT: 'R7',
  NO_TRAJECTORY: 'R5',
  TRAJECTORY_ENDS_BEFORE_START: 'R5',
  OUTSIDE_MAX_DISTANCE: null,
} as const;

type Person = { readonly name: string; readonly city: string; readonly extras: CandidateExtras };

/**
 * A job request's candidates (issue 10, decision 070): R17 first (a client not in good standing gets the gate's
 * reasons, nobody is ranked), then the active participants of the organiser SQL could not rule out (decision 150)
 * loaded in one statement, ranked by the domain's `rankCandidates` (decision 051) with one line per factor; the
 * excluded ones counted per reason, and one page of those the ranking excluded with every reason.
 */
export const listCandidates = async (
  tx: Transaction,
  context: RequestContext,
  { jobRequestId, excludedOffset }: { jobRequestId: string } & CandidatesQuery,
): Promise<CandidatesResponse> => {
  const { organiserId } = context.actor;
  const request = await findMatchedRequest(tx, context.actor, jobRequestId);
  const jobRequest = jobRequestView(request);
  const firstSessionDate = firstSessionDateOf(request);
  const gate = await clientPlanningGate(tx, organiserId, request.clientId, yearOf(firstSessionDate));
  if (!gate.allowed) return { status: 'client_not_in_good_standing', jobRequest, reasons: [...gate.reasons] };

  const scope = { organiserId, clientId: request.clientId, placeKey: addressKey(request.placeStreet, request.placePostcode) };
  const prefilter = { activityCode: request.activityCode, firstSessionDate, estimates: estimatesTo(request.placePostcode, firstSessionDate) };
  const rows = await loadCandidateRows(tx, scope, prefilter);
  const prefiltered = await countPrefilteredExclusions(tx, scope, prefilter);
  const today = civilDateOfInstant(context.now);
  const periods = hourPeriodsOf(request.id, firstSessionDate, today);
  const worked = await workedHoursOfCandidates(tx, organiserId, periods, today);
  const people = new Map<string, Person>();
  const candidates: MatchCandidate[] = [];
  for (const row of rows) {
    const { candidate, extras } = candidateOfRow(row, periods, worked.get(row.id) ?? { month: 0, year: 0 }, today);
    people.set(row.id, { name: `${row.firstName} ${row.lastName}`, city: row.city, extras });
    candidates.push(candidate);
  }

  const rules = await activityRulesFor(tx, organiserId, { id: request.clientId, category: request.clientCategory }, request.placeMunicipalityId);
  const result = rankCandidates(
    {
      clientCategory: request.clientCategory,
      clientDidActivityUnderPwa: rules.clientPwaActivityCodes.has(request.activityCode),
      activityCode: request.activityCode,
      municipalitySubset: rules.municipalitySubset,
      placePostcode: request.placePostcode,
      schedule: request.schedule,
      catalogue: rules.catalogue,
    },
    candidates,
  );
  if (result.status === 'request_refused') return { status: 'request_refused', jobRequest, reasons: [...result.reasons] };

  const personOf = (participantId: string): Person => {
    const person = people.get(participantId);
    if (!person) throw new Error(`ranked an unknown participant ${participantId}`);
    return person;
  };
  const ranked: RankedCandidateView[] = result.ranked.map((entry) => {
    const { name, city, extras } = personOf(entry.participantId);
    const distance = entry.factors.find((line) => line.factor === 'distance');
    const { oneWayMetres, roundTripMetres, source } = distance?.details ?? {};
    return {
      participantId: entry.participantId,
      name,
      city,
      rank: entry.rank,
      score: entry.score,
      maxScore,
      distance:
        typeof oneWayMetres === 'number' && typeof roundTripMetres === 'number' && (source === 'staff' || source === 'estimate')
          ? { oneWayMetres, roundTripMetres, source }
          : null,
      ...extras,
      factors: entry.factors.map((line) => ({ ...line, details: { ...line.details } })),
    };
  });
  const excluded: ExcludedCandidateView[] = result.excluded
    .map((entry) => {
      const { name, city } = personOf(entry.participantId);
      return { participantId: entry.participantId, name, city, reasons: entry.reasons.map((reason) => ({ ...reason })) };
    })
    .sort((left, right) => left.name.localeCompare(right.name, 'nl-BE') || (left.participantId < right.participantId ? -1 : 1));
  const counts = new Map<string, { code: string; rule: string | null; count: number }>();
  for (const [code, rule] of Object.entries(prefilterRules)) counts.set(code, { code, rule, count: prefiltered[code as keyof typeof prefilterRules] });
  for (const entry of excluded) {
    for (const reason of entry.reasons) {
      const line = counts.get(reason.code) ?? { code: reason.code, rule: reason.rule, count: 0 };
      counts.set(reason.code, { ...line, count: line.count + 1 });
    }
  }
  return {
    status: 'ranked',
    jobRequest,
    firstSessionDate,
    sessionHours: result.needs.sessionHours,
    ranked,
    excludedTotal: prefiltered.total + excluded.length,
    excludedCounts: [...counts.values()].filter((line) => line.count > 0).sort((left, right) => right.count - left.count || (left.code < right.code ? -1 : 1)),
    excluded: excluded.slice(excludedOffset, excludedOffset + EXCLUDED_PAGE_SIZE),
    excludedListed: { offset: excludedOffset, limit: EXCLUDED_PAGE_SIZE, total: excluded.length },
  };
};
