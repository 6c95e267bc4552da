import { describe, expect, it } from 'vitest';
import { participantDetailSchema } from '../../../contracts/participants';
import { participantFields } from '../../testing/participant-fixtures';
import { setUpOrganiser, useTestApp, type Session } from '../../testing/test-app';

describe('trajectory of an ex-PWA worker (R6)', () => {
  const t = useTestApp();

  /** An accepted ex-PWA participant with a signed agreement, ready to start on `startDate`. */
  const readyToStart = async (coordinator: Session, counsellor: Session, pwaLastWorkedOn: string, startDate: string) => {
    const referral = await counsellor.request({
      method: 'POST',
      url: '/api/referrals',
      payload: { candidate: { firstName: 'Maria', lastName: 'Vandamme', postcode: '8630' }, agreements: 'Tuinonderhoud, twee voormiddagen per week.' },
    });
    const accepted = await coordinator.request({
      method: 'POST',
      url: `/api/referrals/${referral.json<{ id: string }>().id}/accept`,
      payload: { version: 1, participant: participantFields({ hadPwaContractOn20170930: true, pwaLastWorkedOn }) },
    });
    expect(accepted.statusCode).toBe(201);
    const participantId = accepted.json<{ participantId: string }>().participantId;
    const drafted = await coordinator.request({ method: 'POST', url: `/api/participants/${participantId}/agreements`, payload: { plannedStartDate: startDate } });
    const agreementId = participantDetailSchema.parse(drafted.json()).agreements[0]?.id;
    const signed = await coordinator.request({
      method: 'POST',
      url: `/api/participants/${participantId}/agreements/${agreementId}/sign`,
      payload: { signedOn: startDate, signedHow: 'paper' },
    });
    expect(signed.statusCode).toBe(200);
    return participantId;
  };

  it('R6: last PWA work 2025-06-10, started 2026-01-05: no 12-month end; the right holds to 2026-06-10, then a normal trajectory to 2026-12-10', async () => {
    t.clock.set(new Date('2026-01-05T09:00:00Z'));
    const { sessions } = await setUpOrganiser(t.app, ['counsellor', 'coordinator']);
    const participantId = await readyToStart(sessions.coordinator, sessions.counsellor, '2025-06-10', '2026-01-05');

    const started = await sessions.coordinator.request({ method: 'POST', url: `/api/participants/${participantId}/trajectories`, payload: { startDate: '2026-01-05' } });
    expect(started.statusCode).toBe(201);
    const expected = {
      startDate: '2026-01-05',
      status: 'active',
      pwaTransitional: true,
      monthNumber: 1,
      // Under the PWA right there is no "of 12" and no months left; the end is the lapse (2026-06-11) + 6 months.
      ofMonths: null,
      monthsLeft: null,
      endDate: '2026-12-10',
      plannedEndDate: '2026-12-10',
      evaluationDueDates: ['2026-12-10'],
    };
    expect(participantDetailSchema.parse(started.json()).trajectories[0]).toMatchObject(expected);
    const reread = await sessions.coordinator.request({ method: 'GET', url: `/api/participants/${participantId}` });
    expect(participantDetailSchema.parse(reread.json()).trajectories[0]).toMatchObject(expected);
  });
});
