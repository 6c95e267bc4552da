import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../time/civil-date';
import { participantEligibilityOn, referralChannelReasons, type BenefitStatus, type ParticipantEligibilityInput } from './participant-eligibility';

const d = parseCivilDate;
const today = d('2026-03-10');

const eligibleJobSeeker: ParticipantEligibilityInput = {
  domicilePostcode: '8900',
  referralChannel: 'vdab',
  registeredWithVdab: true,
  benefitStatus: 'unemployment_benefit',
  medicalAdviserPermission: null,
  availableForLabourMarket: true,
};

const codesOf = (input: Partial<ParticipantEligibilityInput>) =>
  participantEligibilityOn({ ...eligibleJobSeeker, ...input }, today).reasons.map((reason) => `${reason.rule}:${reason.code}`);

describe('participant eligibility', () => {
  it.each([
    ['R1: domicile in Ieper (8900) is in Flanders', {}, []],
    ['R1: Leuven 3000 is in Flanders', { domicilePostcode: '3000' }, []],
    ['R1: Halle 1500 (first Flemish Brabant postcode) is in Flanders', { domicilePostcode: '1500' }, []],
    ['R1: Brussels 1000 is outside Flanders', { domicilePostcode: '1000' }, ['R1:DOMICILE_OUTSIDE_FLANDERS']],
    ['R1: Waterloo 1410 is outside Flanders', { domicilePostcode: '1410' }, ['R1:DOMICILE_OUTSIDE_FLANDERS']],
    ['R1: Liège 4000 is outside Flanders', { domicilePostcode: '4000' }, ['R1:DOMICILE_OUTSIDE_FLANDERS']],
    ['R1: Mouscron 7700 is outside Flanders', { domicilePostcode: '7700' }, ['R1:DOMICILE_OUTSIDE_FLANDERS']],
    ['R1: a malformed postcode', { domicilePostcode: '89OO' }, ['R1:DOMICILE_POSTCODE_INVALID']],
    ['R2: no self-enrolment', { referralChannel: null }, ['R2:REFERRAL_MISSING']],
    ['R2: VDAB referral needs VDAB registration', { registeredWithVdab: false }, ['R2:VDAB_REFERRAL_REQUIRES_VDAB_REGISTRATION']],
    ['R2: OCMW refers leefloon recipients', { referralChannel: 'ocmw', benefitStatus: 'leefloon' }, []],
    ['R2: OCMW cannot refer someone on unemployment benefit', { referralChannel: 'ocmw' }, ['R2:OCMW_REFERRAL_REQUIRES_LEEFLOON']],
    ['R2: the VDAB cannot refer a leefloon recipient (BVR art. 2: the OCMW does)', { benefitStatus: 'leefloon' }, ['R2:VDAB_REFERRAL_OF_LEEFLOON_RECIPIENT']],
    [
      'R2: a VDAB-referred leefloon recipient needs a new referral, whatever the registration',
      { benefitStatus: 'leefloon', registeredWithVdab: false },
      ['R2:VDAB_REFERRAL_OF_LEEFLOON_RECIPIENT'],
    ],
    ['R2: a registered job seeker without any benefit is eligible', { benefitStatus: 'none' }, []],
    ['R3: sickness benefit without permission', { benefitStatus: 'sickness_benefit' }, ['R3:MEDICAL_ADVISER_PERMISSION_MISSING']],
    [
      'R3: sickness benefit with valid permission (last day)',
      { benefitStatus: 'sickness_benefit', medicalAdviserPermission: { validFrom: d('2025-09-11'), validTo: d('2026-03-10') } },
      [],
    ],
    [
      'R3: sickness benefit with expired permission',
      { benefitStatus: 'sickness_benefit', medicalAdviserPermission: { validFrom: d('2025-03-01'), validTo: d('2026-03-09') } },
      ['R3:MEDICAL_ADVISER_PERMISSION_NOT_VALID_ON_DATE'],
    ],
    [
      'R3: sickness benefit with permission starting tomorrow',
      { benefitStatus: 'sickness_benefit', medicalAdviserPermission: { validFrom: d('2026-03-11'), validTo: d('2026-09-10') } },
      ['R3:MEDICAL_ADVISER_PERMISSION_NOT_VALID_ON_DATE'],
    ],
    ['R22: not available for the labour market', { availableForLabourMarket: false }, ['R22:NOT_AVAILABLE_FOR_LABOUR_MARKET']],
    [
      'R1, R2, R3, R22: every reason is returned, not just the first',
      { domicilePostcode: '1000', referralChannel: null, benefitStatus: 'sickness_benefit', availableForLabourMarket: false },
      ['R1:DOMICILE_OUTSIDE_FLANDERS', 'R2:REFERRAL_MISSING', 'R3:MEDICAL_ADVISER_PERMISSION_MISSING', 'R22:NOT_AVAILABLE_FOR_LABOUR_MARKET'],
    ],
  ] as const)('%s', (_label, input, expected) => {
    expect(codesOf(input)).toEqual(expected);
  });

  it('R2: a leefloon recipient not registered with the VDAB is eligible through the OCMW, with a warning', () => {
    const result = participantEligibilityOn({ ...eligibleJobSeeker, referralChannel: 'ocmw', benefitStatus: 'leefloon', registeredWithVdab: false }, today);
    expect(result.eligible).toBe(true);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['LEEFLOON_VDAB_REGISTRATION_EXPECTED']);
  });

  it('R2: property — the OCMW refers exactly the leefloon recipients, the VDAB everyone else', () => {
    const statuses: readonly BenefitStatus[] = ['unemployment_benefit', 'leefloon', 'sickness_benefit', 'none'];
    fc.assert(
      fc.property(fc.constantFrom('vdab' as const, 'ocmw' as const), fc.constantFrom(...statuses), (channel, benefitStatus) => {
        const rightChannel = benefitStatus === 'leefloon' ? 'ocmw' : 'vdab';
        expect(referralChannelReasons(channel, benefitStatus).length === 0).toBe(channel === rightChannel);
      }),
    );
  });

  it('R1: property — eligible exactly when the postcode is in 1500–3999 or 8000–9999 (other conditions met)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), (code) => {
        const flemish = (code >= 1500 && code <= 3999) || code >= 8000;
        expect(participantEligibilityOn({ ...eligibleJobSeeker, domicilePostcode: String(code) }, today).eligible).toBe(flemish);
      }),
    );
  });
});
