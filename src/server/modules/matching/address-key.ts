/**
 * An address as a key for a staff distance: postcode and street, case and spacing ignored, so "Markt 1 " and
 * "markt  1" are one place. Not a geocode: a typo makes a new place, which only costs staff one more entry.
 */
export const addressKey = (street: string, postcode: string): string => `${postcode.trim()} ${street.trim().toLowerCase().replaceAll(/\s+/g, ' ')}`;
