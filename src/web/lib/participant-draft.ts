import type { z } from 'zod';
import type { BenefitStatus, ParticipantDetail, participantFieldsSchema } from '../../contracts/participants';
import { formatIban } from '../../domain/identity/iban';
import { normaliseTime } from './format';

type Fields = z.input<typeof participantFieldsSchema>;
type ContactChannel = Fields['preferredChannel'];
type Language = Fields['preferredLanguage'];
type TransportMode = Fields['transportModes'][number];

type DayAvailability = { weekday: number; available: boolean; from: string; until: string };

/**
 * What a participant form holds while it is filled in (the intake wizard, the edit page): text as typed, unanswered
 * questions as null.
 */
export type ParticipantDraft = {
  insz: string;
  firstName: string;
  lastName: string;
  street: string;
  postcode: string;
  city: string;
  phone: string;
  email: string;
  preferredChannel: ContactChannel | null;
  preferredLanguage: Language | null;
  benefitStatus: BenefitStatus | null;
  vdabRegistered: boolean | null;
  availableForLabourMarket: boolean | null;
  hadPwaContractOn20170930: boolean | null;
  pwaLastWorkedOn: string;
  activityCodes: string[];
  transportModes: TransportMode[];
  availability: DayAvailability[];
  maxTravelKm: string;
  iban: string;
};

/**
 * Editing a participant starts from the record as it is. The form holds one time slot per weekday (as the intake
 * asks it), so a day is shown with its first slot. Fields the role may not see start empty.
 */
export const draftFromParticipant = (participant: ParticipantDetail): ParticipantDraft => ({
  insz: participant.insz ?? '',
  firstName: participant.firstName,
  lastName: participant.lastName,
  street: participant.address.street,
  postcode: participant.address.postcode,
  city: participant.address.city,
  phone: participant.phone ?? '',
  email: participant.email ?? '',
  preferredChannel: participant.preferredChannel,
  preferredLanguage: participant.preferredLanguage,
  benefitStatus: participant.benefitStatus ?? null,
  vdabRegistered: participant.vdabRegistered ?? null,
  availableForLabourMarket: participant.availableForLabourMarket ?? null,
  hadPwaContractOn20170930: participant.hadPwaContractOn20170930,
  pwaLastWorkedOn: participant.pwaLastWorkedOn ?? '',
  activityCodes: [...participant.activityCodes],
  transportModes: [...participant.transportModes],
  availability: [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
    const slot = participant.availability.find((candidate) => candidate.weekday === weekday);
    return slot ? { weekday, available: true, from: slot.from, until: slot.until } : { weekday, available: false, from: '09:00', until: '17:00' };
  }),
  maxTravelKm: String(participant.maxTravelKm),
  iban: participant.iban ? formatIban(participant.iban) : '',
});

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The participant part of the accept request, shaped for the contract; validation is left to the contract's schema. */
export const participantInputOf = (draft: ParticipantDraft): Record<string, unknown> => ({
  insz: draft.insz.trim(),
  firstName: draft.firstName.trim(),
  lastName: draft.lastName.trim(),
  address: { street: draft.street.trim(), postcode: draft.postcode.trim(), city: draft.city.trim() },
  phone: orNull(draft.phone),
  email: orNull(draft.email),
  preferredChannel: draft.preferredChannel,
  preferredLanguage: draft.preferredLanguage,
  iban: orNull(draft.iban),
  transportModes: draft.transportModes,
  activityCodes: draft.activityCodes,
  availability: availableDays(draft).map((day) => ({ weekday: day.weekday, from: normaliseTime(day.from), until: normaliseTime(day.until) })),
  maxTravelKm: /^\d{1,3}$/.test(draft.maxTravelKm.trim()) ? Number(draft.maxTravelKm.trim()) : Number.NaN,
  benefitStatus: draft.benefitStatus,
  vdabRegistered: draft.vdabRegistered,
  availableForLabourMarket: draft.availableForLabourMarket,
  hadPwaContractOn20170930: draft.hadPwaContractOn20170930,
  // The last PWA work day only matters for someone who had a PWA contract (R6); otherwise it is not asked.
  pwaLastWorkedOn: draft.hadPwaContractOn20170930 ? orNull(draft.pwaLastWorkedOn) : null,
});

/** The days ticked as available, in weekday order: their index is the one the contract's issues refer to. */
export const availableDays = (draft: ParticipantDraft): DayAvailability[] => draft.availability.filter((day) => day.available);

/** The editable fields of an existing participant (everything but the INSZ), shaped for the contract. */
export const participantFieldsInputOf = (draft: ParticipantDraft): Record<string, unknown> =>
  Object.fromEntries(Object.entries(participantInputOf(draft)).filter(([field]) => field !== 'insz'));
