import { isActivityAllowed } from '../activities/activity-allowed';
import { FLEMISH_ACTIVITY_CATALOGUE } from '../activities/activity-catalogue';
import { isBelgianPostcode, isFlemishPostcode } from '../geography/flemish-region';
import { postcodeCentroid } from '../geography/postcode-centroids';
import { scheduleSessionsIn } from '../job-requests/schedule-sessions';
import { countedHoursOf } from '../limits/counted-hours';
import type { RuleReason } from '../rules/rule-reason';
import { addDays } from '../time/civil-date-arithmetic';
import { civilDateFromParts, daysInMonth, monthOf, yearOf } from '../time/civil-date';
import type { MatchRequest } from './matching-input';
import type { RequestNeeds, RequestRefusalCode } from './matching-result';

/** The request's needs, or why it cannot be matched at all. */
export type RequestAssessment =
  | { readonly refused: true; readonly reasons: readonly RuleReason<RequestRefusalCode>[] }
  | { readonly refused: false; readonly needs: RequestNeeds; readonly transitionalPwaOnly: boolean };

/**
 * Checks the work itself on its first session date — the place in Flanders (R1) and the activity listed for the
 * client's category, chosen by the place's municipality and, when transitional, done by the client under the PWA
 * (R15, R16) — and works out what the request needs: the started hours of a session and of its sessions in the
 * first session's month and year (R4).
 */
export function assessRequest(request: MatchRequest): RequestAssessment {
  const { schedule } = request;
  const [firstSession] = scheduleSessionsIn(schedule, schedule.startDate, addDays(schedule.startDate, 6));
  // A checked schedule always has a session in its first week (decision 052).
  const firstSessionDate = firstSession?.date ?? schedule.startDate;

  const reasons: RuleReason<RequestRefusalCode>[] = [];
  if (!isBelgianPostcode(request.placePostcode)) {
    reasons.push({ code: 'PLACE_POSTCODE_INVALID', rule: 'R1', details: { postcode: request.placePostcode } });
  } else if (!isFlemishPostcode(request.placePostcode)) {
    reasons.push({ code: 'PLACE_OUTSIDE_FLANDERS', rule: 'R1', details: { postcode: request.placePostcode } });
  }
  const catalogue = request.catalogue ?? FLEMISH_ACTIVITY_CATALOGUE;
  const activity = isActivityAllowed({
    clientCategory: request.clientCategory,
    activityCode: request.activityCode,
    municipalitySubset: request.municipalitySubset,
    date: firstSessionDate,
    // The participant's part of R16 is checked per candidate.
    pwaHistory: { clientDidActivityUnderPwa: request.clientDidActivityUnderPwa, participantDidActivityUnderPwa: true },
    catalogue,
  });
  for (const reason of activity.reasons) {
    if (reason.code !== 'PWA_TRANSITIONAL_ACTIVITY_PARTICIPANT_WITHOUT_PWA_HISTORY') reasons.push({ ...reason, code: reason.code });
  }
  if (reasons.length > 0) return { refused: true, reasons };

  const sessionHours = countedHoursOf(schedule.minutesPerSession);
  const year = yearOf(firstSessionDate);
  const month = monthOf(firstSessionDate);
  const monthEnd = civilDateFromParts(year, month, daysInMonth(year, month));
  const yearSessions = scheduleSessionsIn(schedule, firstSessionDate, civilDateFromParts(year, 12, 31));
  const monthSessions = yearSessions.filter((session) => session.date <= monthEnd).length;
  return {
    refused: false,
    transitionalPwaOnly: catalogue.find((candidate) => candidate.code === request.activityCode)?.transitionalPwaOnly === true,
    needs: {
      firstSessionDate,
      sessionHours,
      monthNeededHours: monthSessions * sessionHours,
      yearNeededHours: yearSessions.length * sessionHours,
      placeKnown: postcodeCentroid(request.placePostcode) !== null,
    },
  };
}
