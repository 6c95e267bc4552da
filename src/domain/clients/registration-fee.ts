import { DomainInputError } from '../errors/domain-input-error';
import { structuredReferenceFrom } from '../money/structured-reference';
import { parameterVersionOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import { civilDateFromParts } from '../time/civil-date';

const LARGEST_CLIENT_NUMBER = 999_999;

/** What a client pays for one calendar year of registration (R17), and the reference to pay it with. */
export type RegistrationFee = {
  readonly year: number;
  readonly amountCents: number;
  /** The amount is organiser practice, not a legal text (decision 111): shown as "to confirm" to staff. */
  readonly amountUnconfirmed: boolean;
  /** `+++YYY/YNNN/NNNCC+++`: the year, the client number, the check digits (decision 054). */
  readonly structuredReference: string;
};

/**
 * R17: the yearly registration fee of a client for a calendar year (decision 111): the amount in force on 1 January
 * of that year, with a structured reference made of the year and the organiser's client number (1–999,999), so a
 * payment names both the client and the year it pays for (decision 054).
 * @throws DomainInputError `INVALID_REFERENCE_NUMBER` for a client number outside 1–999,999 or a year outside 1000–9999.
 */
export function registrationFeeFor(clientNumber: number, year: number, table: SchemeParameterTable = SCHEME_PARAMETERS): RegistrationFee {
  if (!Number.isInteger(clientNumber) || clientNumber < 1 || clientNumber > LARGEST_CLIENT_NUMBER || !Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new DomainInputError('INVALID_REFERENCE_NUMBER', `No registration reference for client ${clientNumber} in ${year}`, { clientNumber, year });
  }
  const version = parameterVersionOn('clientRegistrationFeeCents', civilDateFromParts(year, 1, 1), table);
  return {
    year,
    amountCents: version.value,
    amountUnconfirmed: version.unconfirmed === true,
    structuredReference: structuredReferenceFrom(year * (LARGEST_CLIENT_NUMBER + 1) + clientNumber),
  };
}
