/** True for a Belgian postcode: exactly four digits, 1000–9999. */
export function isBelgianPostcode(postcode: string): boolean {
  return /^[1-9]\d{3}$/.test(postcode);
}

/**
 * True when a Belgian postcode lies in the Flemish Region: 1500–3999 and 8000–9999 (Flemish Brabant, Antwerp,
 * Limburg, West and East Flanders). Brussels (1000–1299) and Wallonia (1300–1499, 4000–7999) are outside.
 */
export function isFlemishPostcode(postcode: string): boolean {
  if (!isBelgianPostcode(postcode)) return false;
  const code = Number(postcode);
  return (code >= 1500 && code <= 3999) || (code >= 8000 && code <= 9999);
}
