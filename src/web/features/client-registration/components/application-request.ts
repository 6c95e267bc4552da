import type { ClientApplicationRequest } from '../../../../contracts/client-applications';
import type { ClientCategory, LocalAuthorityKind } from '../../../../domain/clients/client-category';

export type ApplicationValues = {
  name: string;
  enterpriseNumber: string;
  street: string;
  postcode: string;
  city: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  jobWish: string;
};

export const emptyApplication: ApplicationValues = {
  name: '',
  enterpriseNumber: '',
  street: '',
  postcode: '',
  city: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  jobWish: '',
};

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

type Choices = {
  slug: string;
  category: ClientCategory | null;
  kind: LocalAuthorityKind | null;
  channel: ClientApplicationRequest['preferredChannel'];
  language: ClientApplicationRequest['preferredLanguage'];
  activityCode: string;
  values: ApplicationValues;
};

/**
 * The form's fields as the contract wants them: no kind unless a local authority, no KBO for a private person, and
 * a job wish only when something was written or chosen (a chosen activity alone says what is wanted).
 */
export const applicationRequest = ({ slug, category, kind, channel, language, activityCode, values }: Choices): ClientApplicationRequest | null => {
  if (category === null) return null;
  const wishText = orNull(values.jobWish);
  const chosenActivity = orNull(activityCode);
  return {
    organiserSlug: slug,
    category,
    localAuthorityKind: category === 'local_authority' ? kind : null,
    name: values.name.trim(),
    enterpriseNumber: category === 'private_person' ? null : orNull(values.enterpriseNumber),
    address: { street: values.street.trim(), postcode: values.postcode.trim(), city: values.city.trim() },
    contact: { name: values.contactName.trim(), email: values.contactEmail.trim(), phone: orNull(values.contactPhone) },
    preferredChannel: channel,
    preferredLanguage: language,
    jobWish: wishText === null && chosenActivity === null ? null : { text: wishText ?? '—', activityCode: chosenActivity },
  };
};
