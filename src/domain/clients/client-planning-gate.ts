import { verdictFromReasons, type RuleReason, type RuleVerdict } from '../rules/rule-reason';
import { yearOf, type CivilDate } from '../time/civil-date';

/** What the planning of a client's job requests needs to know of the client. */
export type ClientPlanningInput = {
  readonly agreementSignedOn: CivilDate | null;
  /** Calendar years for which the yearly registration fee is marked paid (decision 111). */
  readonly registrationFeePaidForYears: readonly number[];
};

export type ClientPlanningCode = 'CLIENT_AGREEMENT_NOT_SIGNED' | 'CLIENT_REGISTRATION_FEE_UNPAID';

/**
 * R17: a client's job requests may be planned in `year` only once the client agreement is signed (R7) and the
 * registration fee of that calendar year is paid. An agreement signed later in that year still counts: the planner
 * asks per year, the date of each session is judged by `clientAdmissionOn`. Returns every reason.
 */
export function clientMayBePlanned(client: ClientPlanningInput, year: number): RuleVerdict<ClientPlanningCode> {
  const reasons: RuleReason<ClientPlanningCode>[] = [];
  if (client.agreementSignedOn === null || yearOf(client.agreementSignedOn) > year) {
    reasons.push({ code: 'CLIENT_AGREEMENT_NOT_SIGNED', rule: 'R7' });
  }
  if (!client.registrationFeePaidForYears.includes(year)) {
    reasons.push({ code: 'CLIENT_REGISTRATION_FEE_UNPAID', rule: 'R17', details: { year } });
  }
  return verdictFromReasons(reasons);
}
