import { electronicFormatIBAN, extractIBAN, friendlyFormatIBAN, isValidIBAN, isSEPACountry } from 'ibantools';

/**
 * Normalises and checks an IBAN (country format and mod-97 check digits, via ibantools). Payments leave as SEPA
 * credit transfers, so only SEPA countries are accepted. Returns the electronic form (`BE71096123456769`) or null.
 */
export function parseIban(text: string): string | null {
  const electronic = electronicFormatIBAN(text.trim());
  if (!electronic || !isValidIBAN(electronic)) return null;
  const { countryCode } = extractIBAN(electronic);
  return countryCode && isSEPACountry(countryCode) ? electronic : null;
}

/** `BE71 0961 2345 6769`, for reading aloud on the phone. */
export function formatIban(iban: string): string {
  return friendlyFormatIBAN(iban) ?? iban;
}
