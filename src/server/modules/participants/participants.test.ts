import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { participantDetailSchema, participantHistorySchema, participantPageSchema } from '../../../contracts/participants';
import { accessEvents, auditEvents } from '../../platform/audit/schema';
import { buildAccount } from '../../testing/factories';
import { buildMunicipality, participantFields } from '../../testing/participant-fixtures';
import { logIn, setUpOrganiser, useTestApp, type Session } from '../../testing/test-app';

const pdfBase64 = Buffer.from('%PDF-1.4\n% toelating adviserend geneesheer\n').toString('base64');

describe('participants', () => {
  const t = useTestApp();

  /** An organiser with staff, a referred and accepted participant, and another organiser's coordinator. */
  const setUp = async (overrides: Parameters<typeof participantFields>[0] = {}) => {
    const own = await setUpOrganiser(t.app, ['counsellor', 'coordinator', 'coach', 'auditor', 'participant']);
    const other = await setUpOrganiser(t.app, ['coordinator', 'counsellor']);
    const referral = await own.sessions.counsellor.request({
      method: 'POST',
      url: '/api/referrals',
      payload: { candidate: { firstName: 'Jan', lastName: 'Claeys', postcode: '8630' }, agreements: 'Administratieve taken, 2 halve dagen per week.' },
    });
    const referralId = referral.json<{ id: string }>().id;
    const accepted = await own.sessions.coordinator.request({
      method: 'POST',
      url: `/api/referrals/${referralId}/accept`,
      payload: { version: 1, participant: participantFields(overrides) },
    });
    expect(accepted.statusCode).toBe(201);
    return { own, other, participantId: accepted.json<{ participantId: string }>().participantId };
  };

  const detailOf = async (session: Session, participantId: string) => {
    const response = await session.request({ method: 'GET', url: `/api/participants/${participantId}` });
    expect(response.statusCode).toBe(200);
    return participantDetailSchema.strict().parse(response.json());
  };

  it('journey: eligibility, agreement PDF, signature, trajectory start, evaluation with extension, end with outcome', async () => {
    const { own, participantId } = await setUp();
    const coordinator = own.sessions.coordinator;

    const eligibility = await coordinator.request({ method: 'GET', url: `/api/participants/${participantId}/eligibility?date=2026-12-01` });
    expect(eligibility.json()).toMatchObject({ date: '2026-12-01', eligible: true, reasons: [] });

    const withoutAgreement = await coordinator.request({ method: 'POST', url: `/api/participants/${participantId}/trajectories`, payload: { startDate: '2026-12-01' } });
    expect(withoutAgreement.statusCode).toBe(422);
    expect(withoutAgreement.json()).toMatchObject({ error: { code: 'AGREEMENT_NOT_SIGNED', details: { rule: 'R7' } } });

    const drafted = await coordinator.request({ method: 'POST', url: `/api/participants/${participantId}/agreements`, payload: { plannedStartDate: '2026-12-01' } });
    expect(drafted.statusCode).toBe(201);
    const agreementId = participantDetailSchema.parse(drafted.json()).agreements[0]?.id;
    const pdf = await coordinator.request({ method: 'GET', url: `/api/participants/${participantId}/agreements/${agreementId}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const signed = await coordinator.request({
      method: 'POST',
      url: `/api/participants/${participantId}/agreements/${agreementId}/sign`,
      payload: { signedOn: '2026-11-30', signedHow: 'paper' },
    });
    expect(signed.statusCode).toBe(200);
    expect(
      (
        await coordinator.request({
          method: 'POST',
          url: `/api/participants/${participantId}/agreements/${agreementId}/sign`,
          payload: { signedOn: '2026-11-30', signedHow: 'paper' },
        })
      ).statusCode,
    ).toBe(409);

    const started = await coordinator.request({ method: 'POST', url: `/api/participants/${participantId}/trajectories`, payload: { startDate: '2026-12-01' } });
    expect(started.statusCode).toBe(201);
    const afterStart = participantDetailSchema.parse(started.json());
    expect(afterStart.status).toBe('active');
    const trajectory = afterStart.trajectories[0];
    expect(trajectory).toMatchObject({ startDate: '2026-12-01', endDate: '2027-05-31', extended: false, evaluationDueDates: ['2027-05-31'] });
    expect((await coordinator.request({ method: 'POST', url: `/api/participants/${participantId}/trajectories`, payload: { startDate: '2026-12-02' } })).statusCode).toBe(
      409,
    );

    const evaluated = await own.sessions.counsellor.request({
      method: 'POST',
      url: `/api/trajectories/${trajectory?.id}/evaluations`,
      payload: { version: 1, heldOn: '2027-05-20', outcome: 'extend', notes: 'Goede vooruitgang; nog 6 maanden.' },
    });
    expect(evaluated.statusCode).toBe(201);
    const extended = participantDetailSchema.parse(evaluated.json()).trajectories[0];
    expect(extended).toMatchObject({ endDate: '2027-11-30', extended: true, version: 2, evaluations: [{ outcome: 'extend' }] });

    const secondExtension = await own.sessions.counsellor.request({
      method: 'POST',
      url: `/api/trajectories/${trajectory?.id}/evaluations`,
      payload: { version: 2, heldOn: '2027-11-20', outcome: 'extend', notes: 'Nog eens?' },
    });
    expect(secondExtension.statusCode).toBe(422);
    expect(secondExtension.json()).toMatchObject({ error: { code: 'TRAJECTORY_EXTENSION_LIMIT_REACHED', details: { rule: 'R5' } } });

    const tooLate = await coordinator.request({
      method: 'POST',
      url: `/api/trajectories/${trajectory?.id}/end`,
      payload: { version: 2, endedOn: '2027-12-15', outcome: 'training' },
    });
    expect(tooLate.statusCode).toBe(422);
    expect(tooLate.json()).toMatchObject({ error: { code: 'TRAJECTORY_END_AFTER_MAXIMUM', details: { rule: 'R5' } } });
    const beforeStart = await coordinator.request({
      method: 'POST',
      url: `/api/trajectories/${trajectory?.id}/end`,
      payload: { version: 2, endedOn: '2026-11-01', outcome: 'training' },
    });
    expect(beforeStart.statusCode).toBe(400);
    const stoppedWithoutReason = await coordinator.request({
      method: 'POST',
      url: `/api/trajectories/${trajectory?.id}/end`,
      payload: { version: 2, endedOn: '2027-06-15', outcome: 'stopped' },
    });
    expect(stoppedWithoutReason.statusCode).toBe(400);
    const ended = await coordinator.request({
      method: 'POST',
      url: `/api/trajectories/${trajectory?.id}/end`,
      payload: { version: 2, endedOn: '2027-06-15', outcome: 'job_part_time' },
    });
    expect(ended.statusCode).toBe(200);
    expect(participantDetailSchema.parse(ended.json())).toMatchObject({
      status: 'ended',
      trajectories: [{ outcome: 'job_part_time', endedOn: '2027-06-15', status: 'ended' }],
    });

    const audit = await t.app.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, participantId));
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining([
        'participant.create',
        'participant.agreement.create',
        'participant.agreement.sign',
        'trajectory.start',
        'trajectory.evaluation.create',
        'trajectory.end',
      ]),
    );
  });

  it('sickness benefit needs a valid medical adviser permission (R3); the document counts from its validity dates', async () => {
    const { own, participantId } = await setUp({ benefitStatus: 'sickness_benefit' });
    const coordinator = own.sessions.coordinator;
    const refused = await coordinator.request({ method: 'GET', url: `/api/participants/${participantId}/eligibility?date=2026-12-01` });
    expect(refused.json()).toMatchObject({ eligible: false, reasons: [{ code: 'MEDICAL_ADVISER_PERMISSION_MISSING', rule: 'R3' }] });

    const withoutDates = await coordinator.request({
      method: 'POST',
      url: `/api/participants/${participantId}/documents`,
      payload: { type: 'medical_permission', fileName: 'toelating.pdf', mimeType: 'application/pdf', contentBase64: pdfBase64 },
    });
    expect(withoutDates.statusCode).toBe(400);
    const notAPdf = await coordinator.request({
      method: 'POST',
      url: `/api/participants/${participantId}/documents`,
      payload: {
        type: 'medical_permission',
        fileName: 'toelating.pdf',
        mimeType: 'application/pdf',
        contentBase64: Buffer.from('MZ executable').toString('base64'),
        validFrom: '2026-11-01',
        validTo: '2027-04-30',
      },
    });
    expect(notAPdf.statusCode).toBe(400);
    const uploaded = await coordinator.request({
      method: 'POST',
      url: `/api/participants/${participantId}/documents`,
      payload: {
        type: 'medical_permission',
        fileName: 'toelating.pdf',
        mimeType: 'application/pdf',
        contentBase64: pdfBase64,
        validFrom: '2026-11-01',
        validTo: '2027-04-30',
      },
    });
    expect(uploaded.statusCode).toBe(201);
    const documentId = uploaded.json<{ id: string }>().id;

    expect((await coordinator.request({ method: 'GET', url: `/api/participants/${participantId}/eligibility?date=2026-12-01` })).json()).toMatchObject({
      eligible: true,
    });
    expect((await coordinator.request({ method: 'GET', url: `/api/participants/${participantId}/eligibility?date=2027-05-01` })).json()).toMatchObject({
      eligible: false,
      reasons: [{ code: 'MEDICAL_ADVISER_PERMISSION_NOT_VALID_ON_DATE', rule: 'R3' }],
    });

    const content = await coordinator.request({ method: 'GET', url: `/api/participants/${participantId}/documents/${documentId}/content` });
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload.toString()).toContain('toelating adviserend geneesheer');
    expect((await own.sessions.counsellor.request({ method: 'GET', url: `/api/participants/${participantId}/documents/${documentId}/content` })).statusCode).toBe(403);

    t.clock.set(new Date('2027-04-10T08:00:00Z'));
    const later = await logIn(t.app, (await buildAccount(t.app.database.db, own.organiser.id, 'coordinator')).email);
    const reminders = await later.request({ method: 'GET', url: '/api/reminders' });
    expect(reminders.json()).toMatchObject({ items: [{ kind: 'medical_permission_expiring', participantId, dueOn: '2027-04-30' }] });
    t.clock.set(new Date('2026-11-24T09:00:00Z'));
  });

  it('shows sensitive fields only to roles that need them and logs who opened them', async () => {
    const { own, participantId } = await setUp();
    const forCoordinator = await detailOf(own.sessions.coordinator, participantId);
    expect(forCoordinator).toMatchObject({
      insz: expect.stringMatching(/^\d{11}$/),
      birthDate: '1990-05-17',
      iban: 'BE71096123456769',
      benefitStatus: 'unemployment_benefit',
      documents: [],
    });
    const forCounsellor = await detailOf(own.sessions.counsellor, participantId);
    expect(forCounsellor.insz).toBeDefined();
    expect(forCounsellor).not.toHaveProperty('iban');
    expect(forCounsellor).not.toHaveProperty('documents');
    const forAuditor = await detailOf(own.sessions.auditor, participantId);
    expect(forAuditor).not.toHaveProperty('insz');
    expect(forAuditor).not.toHaveProperty('benefitStatus');

    const logged = await t.app.database.db
      .select()
      .from(accessEvents)
      .where(and(eq(accessEvents.subjectId, participantId)));
    expect(logged.map((event) => [event.actorRole, event.fields])).toEqual(
      expect.arrayContaining([
        ['coordinator', ['insz', 'iban', 'benefitStatus', 'documents']],
        ['counsellor', ['insz', 'benefitStatus']],
      ]),
    );
    expect(logged.some((event) => event.actorRole === 'auditor')).toBe(false);

    const history = participantHistorySchema.parse((await own.sessions.auditor.request({ method: 'GET', url: `/api/participants/${participantId}/history` })).json());
    expect(history.changes.map((change) => change.action)).toContain('participant.create');
    expect(history.accesses.map((access) => access.actorRole)).toEqual(expect.arrayContaining(['coordinator', 'counsellor']));
    expect((await own.sessions.counsellor.request({ method: 'GET', url: `/api/participants/${participantId}/history` })).statusCode).toBe(403);
  });

  it('privacy across roles: another agency sees only by consent, a coach only their own, another organiser nothing (404)', async () => {
    const { own, other, participantId } = await setUp();
    const ocmwCounsellor = await logIn(t.app, (await buildAccount(t.app.database.db, own.organiser.id, 'counsellor', 'ocmw')).email);
    expect((await ocmwCounsellor.request({ method: 'GET', url: `/api/participants/${participantId}` })).statusCode).toBe(404);
    expect((await own.sessions.coach.request({ method: 'GET', url: `/api/participants/${participantId}` })).statusCode).toBe(404);
    // A wijk-werker's login sees only the record linked to it (decision 043); this one is linked to none.
    expect((await own.sessions.participant.request({ method: 'GET', url: `/api/participants/${participantId}` })).statusCode).toBe(404);
    for (const session of [other.sessions.coordinator, other.sessions.counsellor]) {
      expect((await session.request({ method: 'GET', url: `/api/participants/${participantId}` })).statusCode).toBe(404);
      expect((await session.request({ method: 'GET', url: `/api/participants/${participantId}/eligibility` })).statusCode).toBe(404);
    }
    expect(
      (await other.sessions.coordinator.request({ method: 'PATCH', url: `/api/participants/${participantId}`, payload: { version: 1, firstName: 'X' } })).statusCode,
    ).toBe(404);
    expect(participantPageSchema.parse((await other.sessions.coordinator.request({ method: 'GET', url: '/api/participants' })).json()).items).toEqual([]);

    const consent = await own.sessions.coordinator.request({
      method: 'POST',
      url: `/api/participants/${participantId}/consents`,
      payload: { recipient: 'ocmw', purpose: 'Opvolging traject door OCMW', givenOn: '2026-11-20' },
    });
    expect(consent.statusCode).toBe(201);
    expect((await ocmwCounsellor.request({ method: 'GET', url: `/api/participants/${participantId}` })).statusCode).toBe(200);
    const consentId = participantDetailSchema.parse(consent.json()).consents[0]?.id;
    const early = await own.sessions.coordinator.request({
      method: 'POST',
      url: `/api/participants/${participantId}/consents/${consentId}/withdraw`,
      payload: { withdrawnOn: '2026-11-01' },
    });
    expect(early.statusCode).toBe(400);
    await own.sessions.coordinator.request({
      method: 'POST',
      url: `/api/participants/${participantId}/consents/${consentId}/withdraw`,
      payload: { withdrawnOn: '2026-11-24' },
    });
    expect((await ocmwCounsellor.request({ method: 'GET', url: `/api/participants/${participantId}` })).statusCode).toBe(404);

    const coachId = own.sessions.coach.accountId;
    const assigned = await own.sessions.coordinator.request({
      method: 'PUT',
      url: `/api/participants/${participantId}/coach`,
      payload: { version: 1, coachAccountId: coachId },
    });
    expect(assigned.statusCode).toBe(200);
    const forCoach = await detailOf(own.sessions.coach, participantId);
    expect(forCoach.coach?.accountId).toBe(coachId);
    expect(forCoach).not.toHaveProperty('insz');
    expect(forCoach).not.toHaveProperty('benefitStatus');
    expect((await own.sessions.coach.request({ method: 'PATCH', url: `/api/participants/${participantId}`, payload: { version: 2, firstName: 'X' } })).statusCode).toBe(
      403,
    );
  });

  it('notes: staff-only notes stay hidden from the counsellor; shared ones are visible', async () => {
    const { own, participantId } = await setUp();
    await own.sessions.coordinator.request({
      method: 'POST',
      url: `/api/participants/${participantId}/notes`,
      payload: { body: 'Interne opmerking', visibility: 'staff' },
    });
    await own.sessions.coordinator.request({
      method: 'POST',
      url: `/api/participants/${participantId}/notes`,
      payload: { body: 'Gedeeld met VDAB', visibility: 'shared_with_counsellor' },
    });
    const forCounsellor = await detailOf(own.sessions.counsellor, participantId);
    expect(forCounsellor.notes.map((note) => note.body)).toEqual(['Gedeeld met VDAB']);
    const forCoordinator = await detailOf(own.sessions.coordinator, participantId);
    expect(forCoordinator.notes).toHaveLength(2);
  });

  it('updates with optimistic locking and keeps R1 on address changes', async () => {
    const { own, participantId } = await setUp();
    const coordinator = own.sessions.coordinator;
    const updated = await coordinator.request({ method: 'PATCH', url: `/api/participants/${participantId}`, payload: { version: 1, phone: '0499 99 99 99' } });
    expect(updated.json()).toMatchObject({ phone: '0499 99 99 99', version: 2 });
    expect((await coordinator.request({ method: 'PATCH', url: `/api/participants/${participantId}`, payload: { version: 1, phone: '0411 11 11 11' } })).statusCode).toBe(
      409,
    );
    const brussels = await coordinator.request({
      method: 'PATCH',
      url: `/api/participants/${participantId}`,
      payload: { version: 2, address: { street: 'Wetstraat 16', postcode: '1000', city: 'Brussel' } },
    });
    expect(brussels.statusCode).toBe(422);
    expect(brussels.json()).toMatchObject({ error: { code: 'DOMICILE_OUTSIDE_FLANDERS', details: { rule: 'R1' } } });
    expect((await coordinator.request({ method: 'PATCH', url: `/api/participants/${participantId}`, payload: { version: 2, insz: '85073003328' } })).statusCode).toBe(
      400,
    );
  });

  it('leefloon participants in a werkcoach municipality get a coach assigned at intake', async () => {
    const own = await setUpOrganiser(t.app, ['admin', 'coordinator', 'coach']);
    const dePanne = await buildMunicipality(t.app.database.db, own.organiser.id, 'De Panne', ['8660']);
    expect((await own.sessions.coordinator.request({ method: 'PUT', url: '/api/coach-municipalities', payload: { municipalityIds: [dePanne.id] } })).statusCode).toBe(
      403,
    );
    expect((await own.sessions.admin.request({ method: 'PUT', url: '/api/coach-municipalities', payload: { municipalityIds: [dePanne.id] } })).statusCode).toBe(200);
    // R2: a leefloon recipient is referred by the OCMW.
    const ocmwCounsellor = await logIn(t.app, (await buildAccount(t.app.database.db, own.organiser.id, 'counsellor', 'ocmw')).email);
    const referral = await ocmwCounsellor.request({
      method: 'POST',
      url: '/api/referrals',
      payload: { candidate: { firstName: 'Lena', lastName: 'Maes', postcode: '8660' }, agreements: 'Leefloon, OCMW volgt op.' },
    });
    const accepted = await own.sessions.coordinator.request({
      method: 'POST',
      url: `/api/referrals/${referral.json<{ id: string }>().id}/accept`,
      payload: { version: 1, participant: participantFields({ benefitStatus: 'leefloon', address: { street: 'Zeelaan 1', postcode: '8660', city: 'De Panne' } }) },
    });
    const participant = await detailOf(own.sessions.coordinator, accepted.json<{ participantId: string }>().participantId);
    expect(participant).toMatchObject({ municipality: { name: 'De Panne' }, coach: { accountId: own.sessions.coach.accountId } });
    const coaches = await own.sessions.coordinator.request({ method: 'GET', url: '/api/coaches' });
    expect(coaches.json()).toEqual({ items: [{ accountId: own.sessions.coach.accountId, name: 'Test coach', caseload: 1 }] });
    expect((await ocmwCounsellor.request({ method: 'GET', url: '/api/coaches' })).statusCode).toBe(403);
  });

  it('lists with search, filters and keyset pages, visible rows only', async () => {
    const { own, participantId } = await setUp();
    const list = async (query: string) =>
      participantPageSchema.parse((await own.sessions.coordinator.request({ method: 'GET', url: `/api/participants${query}` })).json());
    expect((await list('?q=claeys')).items).toHaveLength(0);
    const byName = await list('?q=saïdjah');
    expect(byName.items.map((item) => item.id)).toContain(participantId);
    expect((await list('?status=intake')).items.map((item) => item.id)).toContain(participantId);
    expect((await list('?status=active')).items.map((item) => item.id)).not.toContain(participantId);
    expect((await list('?benefitStatus=leefloon')).items.map((item) => item.id)).not.toContain(participantId);
    expect((await own.sessions.coordinator.request({ method: 'GET', url: '/api/participants?status=unknown' })).statusCode).toBe(400);
    expect((await own.sessions.coordinator.request({ method: 'GET', url: '/api/participants?limit=0' })).statusCode).toBe(400);
    const coachList = participantPageSchema.parse((await own.sessions.coach.request({ method: 'GET', url: '/api/participants' })).json());
    expect(coachList.items).toEqual([]);
  });
});
