import { isBelgianPostcode, isFlemishPostcode } from '../geography/flemish-region';
import { verdictFromReasons, type RuleReason, type RuleVerdict } from '../rules/rule-reason';
import { yearOf, type CivilDate } from '../time/civil-date';
import { isClientCategory, type LocalAuthorityKind } from './client-category';

/** What the organiser knows about a client when it wants to order cheques or request a job. */
export type ClientAdmissionInput = {
  /** Free text on purpose: data from registration forms is checked here against the five categories. */
  readonly category: string;
  readonly localAuthorityKind: LocalAuthorityKind | null;
  readonly postcode: string;
  readonly agreementSignedOn: CivilDate | null;
  /** Calendar years for which the yearly registration fee was paid. */
  readonly registrationFeePaidForYears: readonly number[];
};

export type ClientAdmissionCode =
  | 'CLIENT_CATEGORY_NOT_ALLOWED'
  | 'LOCAL_AUTHORITY_KIND_MISSING'
  | 'CLIENT_POSTCODE_INVALID'
  | 'CLIENT_OUTSIDE_FLANDERS'
  | 'CLIENT_AGREEMENT_NOT_SIGNED'
  | 'CLIENT_REGISTRATION_FEE_UNPAID';

/**
 * Whether a client may use wijk-werk on `date` (order cheques, request jobs): one of the five categories (R14), in
 * the Flemish Region (R1), a signed client agreement (R7, R17) and the registration fee paid for the calendar year
 * (R17, decision 111). Returns every reason.
 */
export function clientAdmissionOn(client: ClientAdmissionInput, date: CivilDate): RuleVerdict<ClientAdmissionCode> {
  const reasons: RuleReason<ClientAdmissionCode>[] = [];
  if (!isClientCategory(client.category)) {
    reasons.push({ code: 'CLIENT_CATEGORY_NOT_ALLOWED', rule: 'R14', details: { category: client.category } });
  } else if (client.category === 'local_authority' && client.localAuthorityKind === null) {
    reasons.push({ code: 'LOCAL_AUTHORITY_KIND_MISSING', rule: 'R14' });
  }
  if (!isBelgianPostcode(client.postcode)) {
    reasons.push({ code: 'CLIENT_POSTCODE_INVALID', rule: 'R1', details: { postcode: client.postcode } });
  } else if (!isFlemishPostcode(client.postcode)) {
    reasons.push({ code: 'CLIENT_OUTSIDE_FLANDERS', rule: 'R1', details: { postcode: client.postcode } });
  }
  if (client.agreementSignedOn === null || client.agreementSignedOn > date) {
    reasons.push({ code: 'CLIENT_AGREEMENT_NOT_SIGNED', rule: 'R7' });
  }
  if (!client.registrationFeePaidForYears.includes(yearOf(date))) {
    reasons.push({ code: 'CLIENT_REGISTRATION_FEE_UNPAID', rule: 'R17', details: { year: yearOf(date) } });
  }
  return verdictFromReasons(reasons);
}
