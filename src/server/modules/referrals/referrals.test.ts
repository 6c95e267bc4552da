import { describe, expect, it } from 'vitest';
import { referralAdmissionContextSchema, referralPageSchema, referralSchema } from '../../../contracts/referrals';
import { buildAccount } from '../../testing/factories';
import { buildMunicipality, participantFields } from '../../testing/participant-fixtures';
import { logIn, setUpOrganiser, useTestApp, type Session } from '../../testing/test-app';

const referralBody = {
  candidate: { firstName: 'Adinda', lastName: 'Vermeersch', phone: '0470 11 22 33', postcode: '8630' },
  benefitStatus: 'unemployment_benefit',
  agreements: 'Start met wijk-werken in de kinderopvang; evaluatie na 6 maanden.',
};

describe('referrals', () => {
  const t = useTestApp();

  const refer = async (counsellor: Session, postcode = referralBody.candidate.postcode) => {
    const response = await counsellor.request({
      method: 'POST',
      url: '/api/referrals',
      payload: { ...referralBody, candidate: { ...referralBody.candidate, postcode } },
    });
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
      payload: { ...referralBody, benefitStatus: 'leefloon', recordedFor: { agency: 'ocmw', channel: 'phone', counsellorName: 'Marie OCMW' } },
    });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json()).toMatchObject({ agency: 'ocmw', channel: 'phone', counsellor: { accountId: null, name: 'Marie OCMW' } });
  });

  it('a participant, client or coach may not refer (403); bad input is 400', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['participant', 'client', 'coach', 'counsellor']);
    for (const role of ['participant', 'client', 'coach'] as const) {
      expect((await sessions[role].request({ method: 'POST', url: '/api/referrals', payload: referralBody })).statusCode).toBe(403);
    }
    const bad = await sessions.counsellor.request({
      method: 'POST',
      url: '/api/referrals',
      payload: { ...referralBody, candidate: { ...referralBody.candidate, postcode: '86300' } },
    });
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
    expect(
      (await other.sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${referral.id}/decline`, payload: { version: 1, reason: 'x' } })).statusCode,
    ).toBe(404);
    const otherQueue = referralPageSchema.parse((await other.sessions.coordinator.request({ method: 'GET', url: '/api/referrals' })).json());
    expect(otherQueue.items).toEqual([]);
  });

  it('plans the intake, then declines with a reason; a closed referral cannot move again (409); counsellors cannot decide (403)', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['counsellor', 'coordinator']);
    const referral = await refer(sessions.counsellor);
    expect((await sessions.counsellor.request({ method: 'POST', url: `/api/referrals/${referral.id}/decline`, payload: { version: 1, reason: 'x' } })).statusCode).toBe(
      403,
    );
    const planned = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/referrals/${referral.id}/intake`,
      payload: { version: 1, at: '2026-12-01T09:00:00+01:00' },
    });
    expect(planned.statusCode).toBe(200);
    expect(planned.json()).toMatchObject({ status: 'intake_planned', intake: { at: '2026-12-01T08:00:00.000Z' }, version: 2 });
    const stale = await sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${referral.id}/decline`, payload: { version: 1, reason: 'Geen interesse' } });
    expect(stale.statusCode).toBe(409);
    const declined = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/referrals/${referral.id}/decline`,
      payload: { version: 2, reason: 'Kandidaat koos voor een opleiding' },
    });
    expect(declined.json()).toMatchObject({ status: 'declined', declineReason: 'Kandidaat koos voor een opleiding' });
    const again = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/referrals/${referral.id}/intake`,
      payload: { version: 3, at: '2026-12-02T09:00:00+01:00' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('accepting creates the participant; a known INSZ points to the existing record; R1: a domicile outside Flanders closes the referral as refused', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['counsellor', 'coordinator']);
    const first = await refer(sessions.counsellor);
    const fields = participantFields();
    const accepted = await sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${first.id}/accept`, payload: { version: 1, participant: fields } });
    expect(accepted.statusCode).toBe(201);
    const { participantId } = accepted.json<{ participantId: string }>();
    expect(accepted.json()).toMatchObject({ referral: { status: 'accepted', participantId } });

    const second = await refer(sessions.counsellor);
    const duplicate = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/referrals/${second.id}/accept`,
      payload: { version: 1, participant: { ...participantFields(), insz: fields.insz } },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ error: { code: 'DUPLICATE_INSZ', details: { participantId } } });

    const walloon = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/referrals/${second.id}/accept`,
      payload: { version: 1, participant: participantFields({ address: { street: 'Rue Haute 1', postcode: '7500', city: 'Tournai' } }) },
    });
    expect(walloon.statusCode).toBe(422);
    expect(walloon.json()).toMatchObject({ error: { code: 'DOMICILE_OUTSIDE_FLANDERS', details: { rule: 'R1' } } });
    // The refusal is final: the referral leaves the "received" queue with a status and the reasons.
    const closed = referralSchema.parse((await sessions.coordinator.request({ method: 'GET', url: `/api/referrals/${second.id}` })).json());
    expect(closed).toMatchObject({ status: 'refused', version: 2, refusalReasons: [{ code: 'DOMICILE_OUTSIDE_FLANDERS', rule: 'R1', details: { postcode: '7500' } }] });
    const queue = referralPageSchema.parse((await sessions.coordinator.request({ method: 'GET', url: '/api/referrals?status=received' })).json());
    expect(queue.items.map((item) => item.id)).not.toContain(second.id);
    expect((await sessions.counsellor.request({ method: 'GET', url: `/api/referrals/${second.id}` })).json()).toMatchObject({ status: 'refused' });
    const again = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/referrals/${second.id}/accept`,
      payload: { version: 2, participant: participantFields() },
    });
    expect(again.statusCode).toBe(409);
  });

  it('R1: a referral of someone living in Brussels or Wallonia is refused at once and nothing is stored', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['counsellor', 'coordinator']);
    for (const postcode of ['1000', '4000']) {
      const response = await sessions.counsellor.request({
        method: 'POST',
        url: '/api/referrals',
        payload: { ...referralBody, candidate: { ...referralBody.candidate, postcode } },
      });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({ error: { code: 'DOMICILE_OUTSIDE_FLANDERS', details: { rule: 'R1', reasons: [{ details: { postcode } }] } } });
    }
    expect(referralPageSchema.parse((await sessions.coordinator.request({ method: 'GET', url: '/api/referrals' })).json()).items).toEqual([]);
  });

  it('R2: the VDAB cannot refer a leefloon recipient, the OCMW can; the OCMW cannot refer someone without leefloon', async () => {
    const { organiser, sessions } = await setUpOrganiser(t.app, ['counsellor', 'coordinator']);
    const ocmw = await logIn(t.app, (await buildAccount(t.app.database.db, organiser.id, 'counsellor', 'ocmw')).email);
    const leefloon = { ...referralBody, benefitStatus: 'leefloon' };
    const byVdab = await sessions.counsellor.request({ method: 'POST', url: '/api/referrals', payload: leefloon });
    expect(byVdab.statusCode).toBe(422);
    expect(byVdab.json()).toMatchObject({
      error: { code: 'VDAB_REFERRAL_OF_LEEFLOON_RECIPIENT', details: { rule: 'R2', reasons: [{ code: 'VDAB_REFERRAL_OF_LEEFLOON_RECIPIENT', rule: 'R2' }] } },
    });
    const recordedForVdab = await sessions.coordinator.request({
      method: 'POST',
      url: '/api/referrals',
      payload: { ...leefloon, recordedFor: { agency: 'vdab', channel: 'phone', counsellorName: 'Piet VDAB' } },
    });
    expect(recordedForVdab.statusCode).toBe(422);
    expect((await ocmw.request({ method: 'POST', url: '/api/referrals', payload: leefloon })).statusCode).toBe(201);
    const ocmwUnemployed = await ocmw.request({ method: 'POST', url: '/api/referrals', payload: referralBody });
    expect(ocmwUnemployed.json()).toMatchObject({ error: { code: 'OCMW_REFERRAL_REQUIRES_LEEFLOON', details: { rule: 'R2' } } });
    // Benefit unknown at referral: the channel is judged at the intake.
    expect((await sessions.counsellor.request({ method: 'POST', url: '/api/referrals', payload: { ...referralBody, benefitStatus: undefined } })).statusCode).toBe(201);
  });

  it('R2: an intake that finds a VDAB-referred person on leefloon is refused and the referral closed; the OCMW has to refer', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['counsellor', 'coordinator']);
    const referral = await refer(sessions.counsellor);
    const response = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/referrals/${referral.id}/accept`,
      payload: { version: 1, participant: participantFields({ benefitStatus: 'leefloon' }) },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ error: { code: 'VDAB_REFERRAL_OF_LEEFLOON_RECIPIENT', details: { rule: 'R2' } } });
    expect((await sessions.coordinator.request({ method: 'GET', url: `/api/referrals/${referral.id}` })).json()).toMatchObject({
      status: 'refused',
      refusalReasons: [{ code: 'VDAB_REFERRAL_OF_LEEFLOON_RECIPIENT', rule: 'R2' }],
    });
  });

  it('R1: the address step closes a referral the rules refuse at once; one the rules allow is not closed (409 NO_RULE_REFUSES)', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['counsellor', 'coordinator']);
    const referral = await refer(sessions.counsellor);
    expect(
      (await sessions.counsellor.request({ method: 'POST', url: `/api/referrals/${referral.id}/refuse`, payload: { version: 1, postcode: '1000' } })).statusCode,
    ).toBe(403);
    const allowed = await sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${referral.id}/refuse`, payload: { version: 1, postcode: '8630' } });
    expect(allowed.statusCode).toBe(409);
    expect(allowed.json()).toMatchObject({ error: { code: 'NO_RULE_REFUSES' } });
    const refused = await sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${referral.id}/refuse`, payload: { version: 1, postcode: '1000' } });
    expect(refused.statusCode).toBe(200);
    expect(refused.json()).toMatchObject({ status: 'refused', version: 2, refusalReasons: [{ code: 'DOMICILE_OUTSIDE_FLANDERS', rule: 'R1' }] });
    const twice = await sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${referral.id}/refuse`, payload: { version: 2, postcode: '1000' } });
    expect(twice.statusCode).toBe(409);
    const leefloon = await refer(sessions.counsellor);
    const byChannel = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/referrals/${leefloon.id}/refuse`,
      payload: { version: 1, postcode: '8630', benefitStatus: 'leefloon' },
    });
    expect(byChannel.json()).toMatchObject({ status: 'refused', refusalReasons: [{ code: 'VDAB_REFERRAL_OF_LEEFLOON_RECIPIENT', rule: 'R2' }] });
  });

  it('R1: Gent (9000) for a Westhoek organiser: by default a warning and the area municipality that applies is recorded; under "refuse" the referral is closed', async () => {
    const { organiser, sessions } = await setUpOrganiser(t.app, ['counsellor', 'coordinator', 'admin']);
    const ieper = await buildMunicipality(t.app.database.db, organiser.id, 'Ieper', ['8900']);
    const gent = { street: 'Veldstraat 1', postcode: '9000', city: 'Gent' };
    const other = await setUpOrganiser(t.app, ['coordinator']);
    const elsewhere = await buildMunicipality(t.app.database.db, other.organiser.id, 'Elders', ['8630']);

    const referral = await refer(sessions.counsellor, '8900');
    const accept = (areaMunicipalityId?: string) =>
      sessions.coordinator.request({
        method: 'POST',
        url: `/api/referrals/${referral.id}/accept`,
        payload: { version: 1, participant: participantFields({ address: gent }), areaMunicipalityId },
      });
    const withoutChoice = await accept();
    expect(withoutChoice.statusCode).toBe(422);
    expect(withoutChoice.json()).toMatchObject({ error: { code: 'AREA_MUNICIPALITY_REQUIRED', details: { rule: 'R1', reasons: [{ details: { postcode: '9000' } }] } } });
    // Not a refusal of the person: the referral stays open until the coordinator says which municipality applies.
    expect((await sessions.coordinator.request({ method: 'GET', url: `/api/referrals/${referral.id}` })).json()).toMatchObject({ status: 'received', version: 1 });
    expect((await accept(elsewhere.id)).statusCode).toBe(422);
    const accepted = await accept(ieper.id);
    expect(accepted.statusCode).toBe(201);
    const participant = await sessions.coordinator.request({ method: 'GET', url: `/api/participants/${accepted.json<{ participantId: string }>().participantId}` });
    expect(participant.json()).toMatchObject({ address: { postcode: '9000' }, municipality: { id: ieper.id, name: 'Ieper' } });

    // The forms check the same rules as they are typed in, from the organiser's area and setting.
    const context = referralAdmissionContextSchema.strict().parse((await sessions.counsellor.request({ method: 'GET', url: '/api/referrals/admission-rules' })).json());
    expect(context).toEqual({ agency: 'vdab', outsideAreaPolicy: 'warn', area: [{ id: ieper.id, name: 'Ieper', postcodes: ['8900'] }] });
    expect((await sessions.coordinator.request({ method: 'GET', url: '/api/referrals/admission-rules' })).json()).toMatchObject({ agency: null });

    const settings = await sessions.admin.request({ method: 'PATCH', url: '/api/organiser', payload: { version: 1, outsideAreaPolicy: 'refuse' } });
    expect(settings.json()).toMatchObject({ outsideAreaPolicy: 'refuse' });
    expect((await sessions.counsellor.request({ method: 'GET', url: '/api/referrals/admission-rules' })).json()).toMatchObject({ outsideAreaPolicy: 'refuse' });
    const refusedAtReferral = await sessions.counsellor.request({
      method: 'POST',
      url: '/api/referrals',
      payload: { ...referralBody, candidate: { ...referralBody.candidate, postcode: '9000' } },
    });
    expect(refusedAtReferral.json()).toMatchObject({ error: { code: 'DOMICILE_OUTSIDE_ORGANISER_AREA', details: { rule: 'R1' } } });
    const second = await refer(sessions.counsellor, '8900');
    const refused = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/referrals/${second.id}/accept`,
      payload: { version: 1, participant: participantFields({ address: gent }), areaMunicipalityId: ieper.id },
    });
    expect(refused.json()).toMatchObject({ error: { code: 'DOMICILE_OUTSIDE_ORGANISER_AREA', details: { rule: 'R1' } } });
    expect((await sessions.coordinator.request({ method: 'GET', url: `/api/referrals/${second.id}` })).json()).toMatchObject({ status: 'refused' });
    const inArea = await refer(sessions.counsellor, '8900');
    expect(
      (
        await sessions.coordinator.request({
          method: 'POST',
          url: `/api/referrals/${inArea.id}/accept`,
          payload: { version: 1, participant: participantFields({ address: { street: 'Markt 1', postcode: '8900', city: 'Ieper' } }) },
        })
      ).statusCode,
    ).toBe(201);
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
    const response = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/referrals/${referral.id}/accept`,
      payload: { version: 1, participant: { ...participantFields(), ...override } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', details: { issues: [expect.objectContaining({ message })] } } });
  });
});
