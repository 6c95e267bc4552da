import { describe, expect, it } from 'vitest';
import { referralPageSchema, referralSchema } from '../../../contracts/referrals';
import { setUpOrganiser, useTestApp } from '../../testing/test-app';
import { visibleSensitiveFields } from '../../../contracts/policies/participants';
import { referralsPolicy } from '../../../contracts/policies/referrals';

describe('referral fields follow the participant record’s field rule (decision 008)', () => {
  const t = useTestApp();

  it('admin and auditor read referrals without the benefit status; coordinator and counsellor with it', async () => {
    const { sessions } = await setUpOrganiser(t.app, referralsPolicy['referrals.read']);
    const created = await sessions.counsellor.request({
      method: 'POST',
      url: '/api/referrals',
      payload: {
        candidate: { firstName: 'Adinda', lastName: 'Vermeersch', postcode: '8630' },
        benefitStatus: 'unemployment_benefit',
        agreements: 'Start in de kinderopvang.',
      },
    });
    expect(created.json()).toMatchObject({ benefitStatus: 'unemployment_benefit' });
    const { id } = referralSchema.parse(created.json());

    const seen: Record<string, { list: boolean; detail: boolean }> = {};
    for (const role of referralsPolicy['referrals.read']) {
      const list = referralPageSchema.parse((await sessions[role].request({ method: 'GET', url: '/api/referrals' })).json());
      const item = list.items.find((referral) => referral.id === id);
      const detail = (await sessions[role].request({ method: 'GET', url: `/api/referrals/${id}` })).json<Record<string, unknown>>();
      seen[role] = { list: item !== undefined && 'benefitStatus' in item, detail: 'benefitStatus' in detail };
      const shown = visibleSensitiveFields(role).includes('benefitStatus');
      expect(seen[role]).toEqual({ list: shown, detail: shown });
    }
    expect(seen).toEqual({
      counsellor: { list: true, detail: true },
      coordinator: { list: true, detail: true },
      admin: { list: false, detail: false },
      auditor: { list: false, detail: false },
    });
  });
});
