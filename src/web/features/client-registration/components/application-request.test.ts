import { describe, expect, it } from 'vitest';
import { clientApplicationRequestSchema } from '../../../../contracts/client-applications';
import { applicationRequest, emptyApplication } from './application-request';

const values = {
  ...emptyApplication,
  name: ' Ria Verstraete ',
  street: 'Zuidstraat 9',
  postcode: '8630',
  city: 'Veurne',
  contactName: 'Ria',
  contactEmail: 'ria@example.test',
};
const base = { slug: 'westhoek', kind: null, channel: 'email', language: 'nl', activityCode: '', values } as const;

describe('the "Word gebruiker" form as the contract wants it', () => {
  it('sends nothing before a category is chosen', () => {
    expect(applicationRequest({ ...base, category: null })).toBeNull();
  });

  it('a private person: trimmed name, no KBO even if one was typed, no job wish when nothing was written or chosen', () => {
    const request = applicationRequest({ ...base, category: 'private_person', values: { ...values, enterpriseNumber: '0212.180.372' } });
    expect(request).toMatchObject({ name: 'Ria Verstraete', enterpriseNumber: null, localAuthorityKind: null, jobWish: null, contact: { phone: null } });
    expect(clientApplicationRequestSchema.safeParse(request).success).toBe(true);
  });

  it('a local authority keeps its kind and KBO; a chosen activity alone is a job wish', () => {
    const request = applicationRequest({
      ...base,
      category: 'local_authority',
      kind: 'ocmw',
      activityCode: 'small_repairs.post_disaster_works',
      values: { ...values, enterpriseNumber: '0212.180.372' },
    });
    expect(request).toMatchObject({ localAuthorityKind: 'ocmw', enterpriseNumber: '0212.180.372', jobWish: { activityCode: 'small_repairs.post_disaster_works' } });
    expect(clientApplicationRequestSchema.safeParse(request).success).toBe(true);
  });

  it('the kind is dropped for any other category, so the contract does not refuse it', () => {
    expect(applicationRequest({ ...base, category: 'school', kind: 'ocmw' })?.localAuthorityKind).toBeNull();
  });
});
