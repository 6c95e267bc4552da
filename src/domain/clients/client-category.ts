/** R14: the only five kinds of client (gebruiker) that may use wijk-werkers. */
export const CLIENT_CATEGORIES = ['private_person', 'local_authority', 'non_profit', 'school', 'agriculture_horticulture'] as const;

export type ClientCategory = (typeof CLIENT_CATEGORIES)[number];

/**
 * Which local authority a `local_authority` client is. Municipality and OCMW are named by the sources [S11, S14, S29];
 * police and fire zones only by the seed flyer, and their place under "lokale besturen" is UNCONFIRMED in DOMAIN.md
 * (decision 110).
 */
export const LOCAL_AUTHORITY_KINDS = ['municipality', 'ocmw', 'police_zone', 'fire_zone'] as const;

export type LocalAuthorityKind = (typeof LOCAL_AUTHORITY_KINDS)[number];

/** Narrows free text (e.g. a stored value) to a client category. */
export function isClientCategory(value: string): value is ClientCategory {
  return (CLIENT_CATEGORIES as readonly string[]).includes(value);
}
