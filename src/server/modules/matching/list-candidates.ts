import type { CandidatesResponse, ExcludedCandidateView, RankedCandidateView } from '../../../contracts/matching';
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
import { loadCandidateRows } from './load-candidate-rows';
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

type Person = { readonly name: string; readonly city: string; readonly extras: CandidateExtras };

/**
 * A job request's candidates (issue 10, decision 070): R17 first (a client not in good standing gets the gate's
 * reasons, nobody is ranked), then every active participant of the organiser loaded in one statement, ranked by the
 * domain's `rankCandidates` (decision 051) with one line per factor; the excluded ones with every reason. A
 * participant without any trajectory cannot work at all (R5) and is listed excluded for that alone.
 */
export const listCandidates = async (tx: Transaction, context: RequestContext, { jobRequestId }: { jobRequestId: string }): Promise<CandidatesResponse> => {
  const { organiserId } = context.actor;
  const request = await findMatchedRequest(tx, context.actor, jobRequestId);
  const jobRequest = jobRequestView(request);
  const firstSessionDate = firstSessionDateOf(request);
  const gate = await clientPlanningGate(tx, organiserId, request.clientId, yearOf(firstSessionDate));
  if (!gate.allowed) return { status: 'client_not_in_good_standing', jobRequest, reasons: [...gate.reasons] };

  const rows = await loadCandidateRows(tx, { organiserId, clientId: request.clientId, placeKey: addressKey(request.placeStreet, request.placePostcode) });
  const today = civilDateOfInstant(context.now);
  const periods = hourPeriodsOf(request.id, firstSessionDate, today);
  const worked = await workedHoursOfCandidates(tx, organiserId, periods, today);
  const people = new Map<string, Person>();
  const candidates: MatchCandidate[] = [];
  const withoutTrajectory: ExcludedCandidateView[] = [];
  for (const row of rows) {
    const name = `${row.firstName} ${row.lastName}`;
    if (row.trajectoryParticipantId === null) {
      withoutTrajectory.push({ participantId: row.id, name, city: row.city, reasons: [{ code: 'NO_TRAJECTORY', rule: 'R5' }] });
      continue;
    }
    const { candidate, extras } = candidateOfRow(row, periods, worked.get(row.id) ?? { month: 0, year: 0 }, today);
    people.set(row.id, { name, city: row.city, extras });
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
  const excluded: ExcludedCandidateView[] = [
    ...withoutTrajectory,
    ...result.excluded.map((entry) => {
      const { name, city } = personOf(entry.participantId);
      return { participantId: entry.participantId, name, city, reasons: entry.reasons.map((reason) => ({ ...reason })) };
    }),
  ].sort((left, right) => left.name.localeCompare(right.name, 'nl-BE') || (left.participantId < right.participantId ? -1 : 1));
  return { status: 'ranked', jobRequest, firstSessionDate, sessionHours: result.needs.sessionHours, ranked, excluded };
};
