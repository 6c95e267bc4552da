import type { ParticipantFields } from '../../../contracts/participants';
import { isFlemishPostcode } from '../../../domain/geography/flemish-region';
import { ruleRefused } from '../../platform/http/app-error';
import type { participants } from './schema';

/**
 * R1: a wijk-werker lives in the Flemish Region. Checked whenever the address is set, so no record outside it
 * is ever stored; the rest of eligibility is judged on a date by `checkEligibility`.
 */
export const assertDomicileInFlanders = (postcode: string): void => {
  if (!isFlemishPostcode(postcode)) {
    throw ruleRefused([{ code: 'DOMICILE_OUTSIDE_FLANDERS', rule: 'R1', details: { postcode } }], 'The domicile is outside the Flemish Region');
  }
};

/** The table columns for the editable fields of a participant (address flattened). */
export const participantColumnValues = ({ address, ...fields }: ParticipantFields) => ({
  ...fields,
  street: address.street,
  postcode: address.postcode,
  city: address.city,
});

/** The same for a partial update. */
export const participantColumnChanges = ({ address, ...fields }: Partial<ParticipantFields>): Partial<typeof participants.$inferInsert> => ({
  ...fields,
  ...(address ? { street: address.street, postcode: address.postcode, city: address.city } : {}),
});
