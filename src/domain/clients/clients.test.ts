import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../time/civil-date';
import { clientAdmissionOn, type ClientAdmissionInput } from './client-admission';
import { CLIENT_CATEGORIES } from './client-category';

const d = parseCivilDate;
const household: ClientAdmissionInput = {
  category: 'private_person',
  localAuthorityKind: null,
  postcode: '8970',
  agreementSignedOn: d('2024-02-01'),
  registrationFeePaidForYears: [2024, 2025, 2026],
};

describe('client admission (R1, R7, R14, R17)', () => {
  it('R14: exactly five categories', () => {
    expect(CLIENT_CATEGORIES).toEqual(['private_person', 'local_authority', 'non_profit', 'school', 'agriculture_horticulture']);
  });

  it.each([
    ['R14: a household in Poperinge is admitted', {}, []],
    ['R14: a police zone is a local authority', { category: 'local_authority', localAuthorityKind: 'police_zone' }, []],
    ['R14: a commercial company is not a client category', { category: 'company' }, ['R14:CLIENT_CATEGORY_NOT_ALLOWED']],
    ['R14: a local authority must say which one', { category: 'local_authority' }, ['R14:LOCAL_AUTHORITY_KIND_MISSING']],
    ['R1: a client in Brussels is refused', { postcode: '1050' }, ['R1:CLIENT_OUTSIDE_FLANDERS']],
    ['R7: no signed client agreement', { agreementSignedOn: null }, ['R7:CLIENT_AGREEMENT_NOT_SIGNED']],
    ['R17: fee not paid for the year', { registrationFeePaidForYears: [2024, 2025] }, ['R17:CLIENT_REGISTRATION_FEE_UNPAID']],
  ] as const)('%s', (_label, overrides, expected) => {
    const verdict = clientAdmissionOn({ ...household, ...overrides }, d('2026-03-10'));
    expect(verdict.reasons.map((reason) => `${reason.rule}:${reason.code}`)).toEqual(expected);
  });
});
