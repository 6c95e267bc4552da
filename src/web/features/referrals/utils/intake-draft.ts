import type { z } from 'zod';
import { acceptReferralRequestSchema, type Referral } from '../../../../contracts/referrals';
import { participantInputOf, type ParticipantDraft } from '../../../lib/participant-draft';

export const intakeSteps = ['personal', 'situation', 'work', 'review'] as const;
export type IntakeStep = (typeof intakeSteps)[number];

/** Which top-level fields each step asks for; the review step checks them all. */
const stepFields: Record<Exclude<IntakeStep, 'review'>, readonly string[]> = {
  personal: ['insz', 'firstName', 'lastName', 'address', 'phone', 'email', 'preferredChannel', 'preferredLanguage'],
  situation: ['benefitStatus', 'vdabRegistered', 'availableForLabourMarket', 'hadPwaContractOn20170930', 'pwaLastWorkedOn'],
  work: ['activityCodes', 'transportModes', 'availability', 'maxTravelKm', 'iban'],
};

export const stepOfField = (path: string): IntakeStep => {
  const top = path.split('.')[0] ?? '';
  return (Object.keys(stepFields) as Array<keyof typeof stepFields>).find((step) => stepFields[step].includes(top)) ?? 'review';
};

/** The referral already says who the person is and where they live; the intake starts from that. */
export const draftFromReferral = (referral: Referral): ParticipantDraft => ({
  insz: '',
  firstName: referral.candidate.firstName,
  lastName: referral.candidate.lastName,
  street: '',
  postcode: referral.candidate.postcode,
  city: '',
  phone: referral.candidate.phone ?? '',
  email: referral.candidate.email ?? '',
  preferredChannel: null,
  preferredLanguage: 'nl',
  benefitStatus: referral.benefitStatus ?? null,
  vdabRegistered: null,
  availableForLabourMarket: null,
  hadPwaContractOn20170930: null,
  pwaLastWorkedOn: '',
  activityCodes: [],
  transportModes: [],
  availability: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, available: false, from: '09:00', until: '17:00' })),
  maxTravelKm: '10',
  iban: '',
});

/** The contract's issues for one step (or all of them on the review step), on the participant part of the accept request. */
export const intakeIssues = (draft: ParticipantDraft, step: IntakeStep): z.core.$ZodIssue[] => {
  const parsed = acceptReferralRequestSchema.shape.participant.safeParse(participantInputOf(draft));
  if (parsed.success) return [];
  return step === 'review' ? parsed.error.issues : parsed.error.issues.filter((issue) => stepOfField(issue.path.map(String).join('.')) === step);
};
