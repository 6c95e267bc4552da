import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { FieldIssue } from './api-error';

export type FieldErrors = Record<string, string>;

type Issue = { code?: string; field: string; maximum?: number; minimum?: number; outOfRange?: boolean };

const formatMessages = {
  email: 'validation.email',
  phone: 'validation.phone',
  postcode: 'validation.postcode',
  opensAt: 'validation.time',
  closesAt: 'validation.time',
  startsOn: 'validation.date',
  endsOn: 'validation.date',
  insz: 'validation.insz',
  iban: 'validation.iban',
  from: 'validation.time',
  until: 'validation.time',
  heldOn: 'validation.date',
  endedOn: 'validation.date',
  givenOn: 'validation.date',
  withdrawnOn: 'validation.date',
  signedOn: 'validation.date',
  startDate: 'validation.date',
  plannedStartDate: 'validation.date',
  pwaLastWorkedOn: 'validation.date',
  validFrom: 'validation.date',
  validTo: 'validation.date',
  date: 'validation.date',
  time: 'validation.time',
  maxTravelKm: 'validation.distance',
  code: 'validation.totpCode',
  enterpriseNumber: 'validation.enterpriseNumber',
} as const;

const isFormatField = (field: string): field is keyof typeof formatMessages => field in formatMessages;

// The contracts' own messages are English developer text; people see a translated message chosen by field and problem.
// New passwords (own or an account's first) have a minimum length; the login's password only has to be filled in.
const newPasswordFields: ReadonlySet<string> = new Set(['newPassword', 'password']);

const messageFor = (t: TFunction, { code, field, maximum, minimum, outOfRange }: Issue): string => {
  if (outOfRange) return t(isFormatField(field) ? formatMessages[field] : 'validation.date');
  if (code === 'too_small' && newPasswordFields.has(field) && minimum !== undefined && minimum > 1) return t('validation.passwordTooShort', { min: minimum });
  if (code === 'too_big' && newPasswordFields.has(field) && maximum !== undefined) return t('validation.passwordTooLong', { max: maximum });
  if ((code === 'too_small' || code === 'too_big' || code === 'invalid_type') && field === 'maxTravelKm') return t('validation.distance');
  if (code === 'too_small' || code === 'invalid_type') return t('validation.required');
  if (code === 'too_big' && maximum !== undefined) return t('validation.tooLong', { max: maximum });
  if (code === 'custom' && field === 'closesAt') return t('validation.closesAfterOpens');
  if (code === 'custom' && field === 'endsOn') return t('validation.endsBeforeStarts');
  if (code === 'custom' && field === 'until') return t('validation.untilAfterFrom');
  if (code === 'custom' && field === 'validTo') return t('validation.validTo');
  if (code === 'custom' && (field === 'outcomeReason' || field === 'localAuthorityKind')) return t('validation.required');
  if (isFormatField(field)) return t(formatMessages[field]);
  return t('validation.invalid');
};

const lastSegment = (path: readonly PropertyKey[]): string => String(path.at(-1) ?? '');

/** Field errors keyed by the dotted path of the field (`address.postcode`, `slots.3.closesAt`). */
export const fieldErrorsFromZod = (t: TFunction, issues: readonly z.core.$ZodIssue[]): FieldErrors => {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    if (key in errors) continue;
    const maximum = issue.code === 'too_big' ? Number(issue.maximum) : undefined;
    const minimum = issue.code === 'too_small' ? Number(issue.minimum) : undefined;
    const outOfRange = issue.code === 'custom' && issue.params?.outOfRange === true;
    errors[key] = messageFor(t, { code: issue.code, field: lastSegment(issue.path), maximum, minimum, outOfRange });
  }
  return errors;
};

/** The same for a server 400: its issues carry a path but no code, so the field decides the wording. */
export const fieldErrorsFromServer = (t: TFunction, issues: readonly FieldIssue[]): FieldErrors => {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    if (issue.path in errors) continue;
    errors[issue.path] = messageFor(t, { field: issue.path.split('.').at(-1) ?? '' });
  }
  return errors;
};
