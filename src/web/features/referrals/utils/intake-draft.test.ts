import { describe, expect, it } from 'vitest';
import { acceptReferralRequestSchema, type Referral } from '../../../../contracts/referrals';
import { participantInputOf, type ParticipantDraft } from '../../../lib/participant-draft';
import { draftFromReferral, intakeIssues, stepOfField } from './intake-draft';

const referral: Referral = {
  id: '6b0c1f5e-4d7e-4b4a-9a57-2a8d6d8f3b11',
  status: 'intake_planned',
  agency: 'vdab',
  channel: 'portal',
  counsellor: { accountId: 'c4f1e0b2-1a6e-4f3b-8f0a-5d2c9e7b6a41', name: 'Ornella Declercq', email: 'counsellor@westhoek.demo' },
  candidate: { firstName: 'Adinda', lastName: 'Peeters', phone: '0470 12 34 56', email: null, postcode: '8630' },
  benefitStatus: 'unemployment_benefit',
  agreements: 'Tuinwerk',
  intake: null,
  declineReason: null,
  refusalReasons: null,
  participantId: null,
  receivedAt: '2026-11-20T09:00:00.000Z',
  version: 2,
};

const complete = (changes: Partial<ParticipantDraft> = {}): ParticipantDraft => ({
  ...draftFromReferral(referral),
  insz: '85.07.30-033.28',
  street: 'Noordstraat 12',
  city: 'Veurne',
  preferredChannel: 'phone',
  vdabRegistered: true,
  availableForLabourMarket: true,
  hadPwaContractOn20170930: false,
  ...changes,
});

const fieldsOf = (draft: ParticipantDraft, step: Parameters<typeof intakeIssues>[1]) => intakeIssues(draft, step).map((issue) => issue.path.join('.'));

describe('the intake draft', () => {
  it('starts from what the referral already says', () => {
    const draft = draftFromReferral(referral);
    expect(draft).toMatchObject({ firstName: 'Adinda', lastName: 'Peeters', postcode: '8630', phone: '0470 12 34 56', email: '', benefitStatus: 'unemployment_benefit' });
    expect(draft.availability.map((day) => day.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('checks each step with the contract, but only the fields that step asks for', () => {
    const empty = draftFromReferral(referral);
    expect(fieldsOf(empty, 'personal')).toEqual(expect.arrayContaining(['insz', 'address.street', 'address.city', 'preferredChannel']));
    expect(fieldsOf(empty, 'personal')).not.toContain('vdabRegistered');
    expect(fieldsOf(empty, 'situation')).toEqual(['vdabRegistered', 'availableForLabourMarket', 'hadPwaContractOn20170930']);
    expect(fieldsOf(empty, 'work')).toEqual([]);
    expect(fieldsOf(complete(), 'review')).toEqual([]);
  });

  it('refuses a wrong INSZ or IBAN, an impossible distance and a slot that ends before it starts', () => {
    const draft = complete({
      insz: '85073003329',
      iban: 'BE71 0961 2345 6760',
      maxTravelKm: 'ver',
      availability: complete().availability.map((day) => (day.weekday === 3 ? { ...day, available: true, from: '14u', until: '9u' } : day)),
    });
    expect(fieldsOf(draft, 'personal')).toEqual(['insz']);
    expect(fieldsOf(draft, 'work')).toEqual(expect.arrayContaining(['iban', 'maxTravelKm', 'availability.0.until']));
    expect(stepOfField('availability.0.until')).toBe('work');
    expect(stepOfField('address.postcode')).toBe('personal');
  });

  it('sends what the contract wants: empty optional fields as null, times normalised, INSZ as 11 digits', () => {
    const draft = complete({
      phone: ' ',
      iban: 'be71 0961 2345 6769',
      pwaLastWorkedOn: '2017-06-30',
      availability: complete().availability.map((day) => (day.weekday === 1 ? { ...day, available: true, from: '9u', until: '12.30' } : day)),
    });
    const input = participantInputOf(draft);
    expect(input).toMatchObject({ phone: null, email: null, pwaLastWorkedOn: null, availability: [{ weekday: 1, from: '09:00', until: '12:30' }], maxTravelKm: 10 });
    const parsed = acceptReferralRequestSchema.shape.participant.parse(input);
    expect(parsed.insz).toBe('85073003328');
    expect(parsed.iban).toBe('BE71096123456769');
  });

  it('keeps the last PWA work day only for someone who had a PWA contract (R6)', () => {
    expect(participantInputOf(complete({ hadPwaContractOn20170930: true, pwaLastWorkedOn: '2017-06-30' })).pwaLastWorkedOn).toBe('2017-06-30');
    expect(participantInputOf(complete({ hadPwaContractOn20170930: true, pwaLastWorkedOn: '' })).pwaLastWorkedOn).toBeNull();
  });
});
