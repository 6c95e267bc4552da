import type { SourceTag } from '../parameters/parameter-version';

/** R14: the only five kinds of client (gebruiker) that may use wijk-werkers. */
export const CLIENT_CATEGORIES = ['private_person', 'local_authority', 'non_profit', 'school', 'agriculture_horticulture'] as const;

export type ClientCategory = (typeof CLIENT_CATEGORIES)[number];

/** Dutch names for the UI and documents. */
export const CLIENT_CATEGORY_LABELS_NL: Readonly<Record<ClientCategory, string>> = {
  private_person: 'Particulier (natuurlijke persoon)',
  local_authority: 'Lokaal bestuur',
  non_profit: 'Vzw of niet-commerciële vereniging',
  school: 'Onderwijsinstelling',
  agriculture_horticulture: 'Land- of tuinbouwbedrijf',
};

/** Which local authority a `local_authority` client is. */
export type LocalAuthorityKind = 'municipality' | 'ocmw' | 'police_zone' | 'fire_zone';

/**
 * Local authority subtypes. Municipality and OCMW are named by the sources [S11, S14, S29]; police and fire zones
 * only by the seed flyer, and their place under "lokale besturen" is UNCONFIRMED in DOMAIN.md (decision 110).
 */
export const LOCAL_AUTHORITY_KINDS: readonly { readonly kind: LocalAuthorityKind; readonly labelNl: string; readonly sources: readonly SourceTag[]; readonly unconfirmed: boolean }[] = [
  { kind: 'municipality', labelNl: 'Gemeente', sources: ['S11', 'S14', 'S29'], unconfirmed: false },
  { kind: 'ocmw', labelNl: 'OCMW', sources: ['S11', 'S14', 'S29'], unconfirmed: false },
  { kind: 'police_zone', labelNl: 'Politiezone', sources: ['seed:flyer'], unconfirmed: true },
  { kind: 'fire_zone', labelNl: 'Brandweerzone', sources: ['seed:flyer'], unconfirmed: true },
];

/** Narrows free text (e.g. a stored value) to a client category. */
export function isClientCategory(value: string): value is ClientCategory {
  return (CLIENT_CATEGORIES as readonly string[]).includes(value);
}
