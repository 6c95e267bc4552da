import { describe, expect, it } from 'vitest';
import { referralPageSchema, referralSchema } from '../../../contracts/referrals';
import { participantFields } from '../../testing/participant-fixtures';
import { setUpOrganiser, useTestApp, type Session } from '../../testing/test-app';

const referralBody = {
  candidate: { firstName: 'Adinda', lastName: 'Vermeersch', phone: '0470 11 22 33', postcode: '8630' },
  benefitStatus: 'unemployment_benefit',
  agreements: 'Start met wijk-werken in de kinderopvang; evaluatie na 6 maanden.',
};

describe('referrals', () => {
  const t = useTestApp();

  const refer = async (counsellor: Session) => {
    const response = await counsellor.request({ method: 'POST', url: '/api/referrals', payload: referralBody });
    expect(response.statusCode).toBe(201);
    return referralSchema.parse(response.json());
  };

  it('a counsellor refers from the portal for their own agency; a coordinator records a phoned-in referral', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['counsellor', 'coordinator']);
    const referral = await refer(sessions.counsellor);
    expect(referral).toMatchObject({ status: 'received', agency: 'vdab', channel: 'portal', counsellor: { accountId: sessions.counsellor.accountId } });

    const missing = await sessions.coordinator.request({ method: 'POST', url: '/api/referrals', payload: referralBody });
    expect(missing.statusCode).toBe(400);
    const recorded = await sessions.coordinator.request({
      method: 'POST',
      url: '/api/referrals',
      payload: { ...referralBody, recordedFor: { agency: 'ocmw', channel: 'phone', counsellorName: 'Marie OCMW' } },
    });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json()).toMatchObject({ agency: 'ocmw', channel: 'phone', counsellor: { accountId: null, name: 'Marie OCMW' } });
  });

  it('a participant, client or coach may not refer (403); bad input is 400', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['participant', 'client', 'coach', 'counsellor']);
    for (const role of ['participant', 'client', 'coach'] as const) {
      expect((await sessions[role].request({ method: 'POST', url: '/api/referrals', payload: referralBody })).statusCode).toBe(403);
    }
    const bad = await sessions.counsellor.request({ method: 'POST', url: '/api/referrals', payload: { ...referralBody, candidate: { ...referralBody.candidate, postcode: '86300' } } });
    expect(bad.statusCode).toBe(400);
  });

  it('the queue: counsellors see only their own referrals, the coordinator all; another organiser none (404)', async () => {
    const own = await setUpOrganiser(t.app, ['counsellor', 'coordinator']);
    const colleague = await setUpOrganiser(t.app, ['counsellor']);
    const other = await setUpOrganiser(t.app, ['coordinator']);
    const referral = await refer(own.sessions.counsellor);
    const queue = referralPageSchema.parse((await own.sessions.coordinator.request({ method: 'GET', url: '/api/referrals?status=received' })).json());
    expect(queue.items.map((item) => item.id)).toContain(referral.id);
    const mine = referralPageSchema.parse((await own.sessions.counsellor.request({ method: 'GET', url: '/api/referrals' })).json());
    expect(mine.items.map((item) => item.id)).toEqual([referral.id]);
    expect((await colleague.sessions.counsellor.request({ method: 'GET', url: `/api/referrals/${referral.id}` })).statusCode).toBe(404);
    expect((await other.sessions.coordinator.request({ method: 'GET', url: `/api/referrals/${referral.id}` })).statusCode).toBe(404);
    expect((await other.sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${referral.id}/decline`, payload: { version: 1, reason: 'x' } })).statusCode).toBe(404);
    const otherQueue = referralPageSchema.parse((await other.sessions.coordinator.request({ method: 'GET', url: '/api/referrals' })).json());
    expect(otherQueue.items).toEqual([]);
  });

  it('plans the intake, then declines with a reason; a closed referral cannot move again (409); counsellors cannot decide (403)', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['counsellor', 'coordinator']);
    const referral = await refer(sessions.counsellor);
    expect((await sessions.counsellor.request({ method: 'POST', url: `/api/referrals/${referral.id}/decline`, payload: { version: 1, reason: 'x' } })).statusCode).toBe(403);
    const planned = await sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${referral.id}/intake`, payload: { version: 1, at: '2026-12-01T09:00:00+01:00' } });
    expect(planned.statusCode).toBe(200);
    expect(planned.json()).toMatchObject({ status: 'intake_planned', intake: { at: '2026-12-01T08:00:00.000Z' }, version: 2 });
    const stale = await sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${referral.id}/decline`, payload: { version: 1, reason: 'Geen interesse' } });
    expect(stale.statusCode).toBe(409);
    const declined = await sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${referral.id}/decline`, payload: { version: 2, reason: 'Kandidaat koos voor een opleiding' } });
    expect(declined.json()).toMatchObject({ status: 'declined', declineReason: 'Kandidaat koos voor een opleiding' });
    const again = await sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${referral.id}/intake`, payload: { version: 3, at: '2026-12-02T09:00:00+01:00' } });
    expect(again.statusCode).toBe(409);
  });

  it('accepting creates the participant; a known INSZ points to the existing record; a domicile outside Flanders is refused with R1', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['counsellor', 'coordinator']);
    const first = await refer(sessions.counsellor);
    const fields = participantFields();
    const accepted = await sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${first.id}/accept`, payload: { version: 1, participant: fields } });
    expect(accepted.statusCode).toBe(201);
    const { participantId } = accepted.json<{ participantId: string }>();
    expect(accepted.json()).toMatchObject({ referral: { status: 'accepted', participantId } });

    const second = await refer(sessions.counsellor);
    const duplicate = await sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${second.id}/accept`, payload: { version: 1, participant: { ...participantFields(), insz: fields.insz } } });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ error: { code: 'DUPLICATE_INSZ', details: { participantId } } });

    const walloon = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/referrals/${second.id}/accept`,
      payload: { version: 1, participant: participantFields({ address: { street: 'Rue Haute 1', postcode: '7500', city: 'Tournai' } }) },
    });
    expect(walloon.statusCode).toBe(422);
    expect(walloon.json()).toMatchObject({ error: { code: 'DOMICILE_OUTSIDE_FLANDERS', details: { rule: 'R1' } } });
  });

  it('two intakes of the same person at the same moment create one participant; the other gets 409', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['counsellor', 'coordinator']);
    const [first, second] = [await refer(sessions.counsellor), await refer(sessions.counsellor)];
    const fields = participantFields();
    const responses = await Promise.all(
      [first, second].map((referral) =>
        sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${referral.id}/accept`, payload: { version: 1, participant: fields } }),
      ),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
  });

  it.each([
    ['an INSZ with a wrong check number', { insz: '85073003329' }, 'INVALID_INSZ'],
    ['an invalid IBAN', { iban: 'BE00 0000 0000 0000' }, 'INVALID_IBAN'],
  ])('refuses %s with 400 and a stable message', async (_case, override, message) => {
    const { sessions } = await setUpOrganiser(t.app, ['counsellor', 'coordinator']);
    const referral = await refer(sessions.counsellor);
    const response = await sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${referral.id}/accept`, payload: { version: 1, participant: { ...participantFields(), ...override } } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', details: { issues: [expect.objectContaining({ message })] } } });
  });
});
