import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { participantDetailSchema } from '../../../contracts/participants';
import { acceptReferralResponseSchema, referralSchema } from '../../../contracts/referrals';
import { participantFields } from '../../testing/participant-fixtures';
import { setUpOrganiser, useTestApp, type Session } from '../../testing/test-app';
import { trajectories } from './schema';

describe('trajectories', () => {
  const t = useTestApp();

  const refer = async (counsellor: Session) => {
    const response = await counsellor.request({
      method: 'POST',
      url: '/api/referrals',
      payload: {
        candidate: { firstName: 'Jan', lastName: 'Claeys', postcode: '8630' },
        benefitStatus: 'unemployment_benefit',
        agreements: 'Groenonderhoud, twee voormiddagen.',
      },
    });
    expect(response.statusCode).toBe(201);
    return referralSchema.parse(response.json());
  };

  const accept = async (coordinator: Session, referralId: string, fields: ReturnType<typeof participantFields>) => {
    const response = await coordinator.request({ method: 'POST', url: `/api/referrals/${referralId}/accept`, payload: { version: 1, participant: fields } });
    return { response, body: response.statusCode === 201 ? acceptReferralResponseSchema.parse(response.json()) : null };
  };

  const signAgreement = async (coordinator: Session, participantId: string, signedOn: string) => {
    const drafted = participantDetailSchema.parse(
      (await coordinator.request({ method: 'POST', url: `/api/participants/${participantId}/agreements`, payload: { plannedStartDate: signedOn } })).json(),
    );
    const agreementId = drafted.agreements.find((agreement) => agreement.signedOn === null)?.id;
    const signed = await coordinator.request({
      method: 'POST',
      url: `/api/participants/${participantId}/agreements/${agreementId}/sign`,
      payload: { signedOn, signedHow: 'paper' },
    });
    expect(signed.statusCode).toBe(200);
  };

  const start = (coordinator: Session, participantId: string, startDate: string) =>
    coordinator.request({ method: 'POST', url: `/api/participants/${participantId}/trajectories`, payload: { startDate } });

  /** A participant whose first trajectory (2026-12-01) ended with a job on 2027-03-31. */
  const withEndedTrajectory = async () => {
    const { sessions } = await setUpOrganiser(t.app, ['counsellor', 'coordinator']);
    const fields = participantFields();
    const first = await accept(sessions.coordinator, (await refer(sessions.counsellor)).id, fields);
    const participantId = first.body?.participantId ?? '';
    await signAgreement(sessions.coordinator, participantId, '2026-11-30');
    const started = participantDetailSchema.parse((await start(sessions.coordinator, participantId, '2026-12-01')).json());
    const ended = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/trajectories/${started.trajectories[0]?.id}/end`,
      payload: { version: 1, endedOn: '2027-03-31', outcome: 'job_part_time' },
    });
    expect(ended.statusCode).toBe(200);
    return { sessions, fields, participantId };
  };

  it('R5: a new trajectory the day after the previous one ended is refused without a new referral and a new agreement', async () => {
    const { sessions, participantId } = await withEndedTrajectory();
    const again = await start(sessions.coordinator, participantId, '2027-04-01');
    expect(again.statusCode).toBe(422);
    expect(again.json()).toMatchObject({
      error: {
        code: 'NEW_REFERRAL_REQUIRED',
        details: {
          rule: 'R5',
          reasons: [
            { code: 'NEW_REFERRAL_REQUIRED', rule: 'R5' },
            { code: 'NEW_AGREEMENT_REQUIRED', rule: 'R5' },
          ],
        },
      },
    });
  });

  it('R5: a re-referral (hertoeleiding) of a known INSZ whose trajectory ended links to the existing record; with a new agreement the new trajectory starts', async () => {
    const { sessions, fields, participantId } = await withEndedTrajectory();
    const rereferral = await accept(sessions.coordinator, (await refer(sessions.counsellor)).id, { ...fields, phone: '0499 11 22 33' });
    expect(rereferral.response.statusCode).toBe(201);
    expect(rereferral.body).toMatchObject({ participantId, rereferral: true, referral: { status: 'accepted', participantId } });
    const record = participantDetailSchema.parse((await sessions.coordinator.request({ method: 'GET', url: `/api/participants/${participantId}` })).json());
    expect(record).toMatchObject({ status: 'intake', phone: '0499 11 22 33', trajectories: [{ status: 'ended' }] });

    const withoutAgreement = await start(sessions.coordinator, participantId, '2027-04-15');
    expect(withoutAgreement.json()).toMatchObject({ error: { code: 'NEW_AGREEMENT_REQUIRED', details: { rule: 'R5', reasons: [{ code: 'NEW_AGREEMENT_REQUIRED' }] } } });
    await signAgreement(sessions.coordinator, participantId, '2027-04-14');
    const started = await start(sessions.coordinator, participantId, '2027-04-15');
    expect(started.statusCode).toBe(201);
    expect(participantDetailSchema.parse(started.json()).trajectories.map((trajectory) => [trajectory.startDate, trajectory.status])).toEqual([
      ['2027-04-15', 'active'],
      ['2026-12-01', 'ended'],
    ]);
    const rows = await t.app.database.db
      .select({ referralId: trajectories.referralId, agreementId: trajectories.agreementId })
      .from(trajectories)
      .where(eq(trajectories.participantId, participantId));
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((row) => row.referralId)).size).toBe(2);
    expect(new Set(rows.map((row) => row.agreementId)).size).toBe(2);
    expect(rows.every((row) => row.referralId !== null && row.agreementId !== null)).toBe(true);
    expect(rows.map((row) => row.referralId)).toContain(rereferral.body?.referral.id);
  });

  it('R5: a known INSZ still in intake or with a trajectory running is a 409 pointing to the record, not a re-referral', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['counsellor', 'coordinator']);
    const fields = participantFields();
    const { body } = await accept(sessions.coordinator, (await refer(sessions.counsellor)).id, fields);
    const participantId = body?.participantId ?? '';
    const duringIntake = await accept(sessions.coordinator, (await refer(sessions.counsellor)).id, fields);
    expect(duringIntake.response.statusCode).toBe(409);
    expect(duringIntake.response.json()).toMatchObject({ error: { code: 'DUPLICATE_INSZ', details: { participantId } } });
    await signAgreement(sessions.coordinator, participantId, '2026-11-30');
    expect((await start(sessions.coordinator, participantId, '2026-12-01')).statusCode).toBe(201);
    const whileRunning = await accept(sessions.coordinator, (await refer(sessions.counsellor)).id, fields);
    expect(whileRunning.response.json()).toMatchObject({ error: { code: 'DUPLICATE_INSZ', details: { participantId } } });
  });

  /** A participant with a trajectory from 2026-12-01: its 6-month evaluation falls due on 2027-05-31. */
  const withRunningTrajectory = async () => {
    const { sessions } = await setUpOrganiser(t.app, ['counsellor', 'coordinator']);
    const { body } = await accept(sessions.coordinator, (await refer(sessions.counsellor)).id, participantFields());
    const participantId = body?.participantId ?? '';
    await signAgreement(sessions.coordinator, participantId, '2026-11-30');
    const trajectory = participantDetailSchema.parse((await start(sessions.coordinator, participantId, '2026-12-01')).json()).trajectories[0];
    return { sessions, participantId, trajectoryId: trajectory?.id ?? '' };
  };

  const evaluate = (session: Session, trajectoryId: string, payload: Record<string, unknown>) =>
    session.request({ method: 'POST', url: `/api/trajectories/${trajectoryId}/evaluations`, payload: { version: 1, notes: '', ...payload } });

  it('R5: an extension on day 1 is refused with the window; 30 days before the due date it is granted', async () => {
    const { sessions, trajectoryId } = await withRunningTrajectory();
    const dayOne = await evaluate(sessions.counsellor, trajectoryId, { heldOn: '2026-12-01', outcome: 'extend' });
    expect(dayOne.statusCode).toBe(422);
    expect(dayOne.json()).toMatchObject({
      error: {
        code: 'TRAJECTORY_EXTENSION_OUTSIDE_WINDOW',
        details: { rule: 'R5', reasons: [{ details: { dueDate: '2027-05-31', opensOn: '2027-05-01', closesOn: '2027-06-30' } }] },
      },
    });
    const tooEarly = await evaluate(sessions.counsellor, trajectoryId, { heldOn: '2027-04-30', outcome: 'extend' });
    expect(tooEarly.json()).toMatchObject({ error: { code: 'TRAJECTORY_EXTENSION_OUTSIDE_WINDOW' } });
    // A "continue" evaluation is not an extension: it can be held any day.
    expect((await evaluate(sessions.counsellor, trajectoryId, { heldOn: '2027-02-01', outcome: 'continue' })).statusCode).toBe(201);
    const inWindow = await evaluate(sessions.counsellor, trajectoryId, { version: 2, heldOn: '2027-05-01', outcome: 'extend' });
    expect(inWindow.statusCode).toBe(201);
    expect(participantDetailSchema.parse(inWindow.json()).trajectories[0]).toMatchObject({ extended: true, endDate: '2027-11-30' });
  });

  it('R5: a late evaluation (up to 30 days after the due date) still extends; later it is refused', async () => {
    const { sessions, trajectoryId } = await withRunningTrajectory();
    expect((await evaluate(sessions.counsellor, trajectoryId, { heldOn: '2027-07-01', outcome: 'extend' })).json()).toMatchObject({
      error: { code: 'TRAJECTORY_EXTENSION_OUTSIDE_WINDOW' },
    });
    const late = await evaluate(sessions.counsellor, trajectoryId, { heldOn: '2027-06-30', outcome: 'extend' });
    expect(late.statusCode).toBe(201);
    expect(participantDetailSchema.parse(late.json()).trajectories[0]).toMatchObject({ endDate: '2027-11-30' });
  });

  it("R5: a coordinator records the evaluation on a named counsellor's behalf, shown as such; without a name it is refused, and a counsellor records only their own", async () => {
    const { sessions, trajectoryId } = await withRunningTrajectory();
    const unnamed = await evaluate(sessions.coordinator, trajectoryId, { heldOn: '2027-05-20', outcome: 'extend' });
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', details: { issues: [{ path: 'body.onBehalfOf', message: 'required' }] } } });
    const forSomeoneElse = await evaluate(sessions.counsellor, trajectoryId, {
      heldOn: '2027-05-20',
      outcome: 'continue',
      onBehalfOf: { counsellorName: 'Iemand anders' },
    });
    expect(forSomeoneElse.statusCode).toBe(400);

    const recorded = await evaluate(sessions.coordinator, trajectoryId, { heldOn: '2027-05-20', outcome: 'extend', onBehalfOf: { counsellorName: 'Ornella Declercq' } });
    expect(recorded.statusCode).toBe(201);
    const [evaluation] = participantDetailSchema.parse(recorded.json()).trajectories[0]?.evaluations ?? [];
    expect(evaluation).toMatchObject({ outcome: 'extend', counsellor: 'Ornella Declercq', recordedBy: 'Test coordinator' });
    const own = await evaluate(sessions.counsellor, trajectoryId, { version: 2, heldOn: '2027-06-01', outcome: 'continue' });
    expect(participantDetailSchema.parse(own.json()).trajectories[0]?.evaluations.at(-1)).toMatchObject({ counsellor: 'Test counsellor', recordedBy: null });
  });
});
