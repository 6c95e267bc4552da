import { describe, expect, it } from 'vitest';
import { participantDetailSchema, participantPageSchema, remindersResponseSchema, type ParticipantSummary } from '../../../contracts/participants';
import { buildAccount, buildMunicipalities } from '../../testing/factories';
import { nextInsz } from '../../testing/participant-fixtures';
import { logIn, setUpOrganiser, useTestApp, type Session } from '../../testing/test-app';
import { trajectories } from './schema';
// The list is the participants module's; what it shows of trajectories needs this module, so the test lives here.
import { consents, participants } from '../participants/schema';

describe('participant list', () => {
  const t = useTestApp();

  /**
   * Seven people: with and without trajectories (one with an ended and a running one), in two municipalities,
   * some referred by the counsellor, one coached, one shared with the OCMW by consent.
   */
  const setUp = async () => {
    const own = await setUpOrganiser(t.app, ['coordinator', 'counsellor', 'coach', 'auditor']);
    const db = t.app.database.db;
    const organiserId = own.organiser.id;
    const ocmw = await logIn(t.app, (await buildAccount(db, organiserId, 'counsellor', 'ocmw')).email);
    const [veurne, ieper] = await buildMunicipalities(db, organiserId, [
      { nisCode: '38025', nameNl: 'Veurne', postcodes: ['8630'] },
      { nisCode: '33011', nameNl: 'Ieper', postcodes: ['8900'] },
    ]);
    if (!veurne || !ieper) throw new Error('no municipalities');
    const now = t.clock.now();
    const people = [
      { firstName: 'An', lastName: 'Maes', municipalityId: veurne.id, counsellorAccountId: own.sessions.counsellor.accountId, benefitStatus: 'leefloon' as const },
      { firstName: 'Bram', lastName: 'Maes', municipalityId: ieper.id, coachAccountId: own.sessions.coach.accountId },
      { firstName: 'Jan', lastName: 'Peeters', municipalityId: veurne.id, counsellorAccountId: own.sessions.counsellor.accountId },
      { firstName: 'Els', lastName: 'Claes', municipalityId: null },
      { firstName: 'Koen', lastName: 'Wouters', municipalityId: ieper.id, email: 'koen.wouters@example.test' },
      { firstName: 'Nora', lastName: 'Declercq', municipalityId: ieper.id },
      { firstName: 'Saïdjah', lastName: 'Amrani', municipalityId: veurne.id, benefitStatus: 'leefloon' as const },
    ];
    const rows = await db
      .insert(participants)
      .values(
        people.map((person) => ({
          organiserId,
          insz: nextInsz(),
          street: 'Markt 1',
          postcode: '8630',
          city: 'Veurne',
          preferredChannel: 'phone' as const,
          preferredLanguage: 'nl' as const,
          transportModes: [],
          activityCodes: [],
          availability: [],
          maxTravelKm: 10,
          benefitStatus: 'unemployment_benefit' as const,
          vdabRegistered: true,
          availableForLabourMarket: true,
          hadPwaContractOn20170930: false,
          referralAgency: 'vdab' as const,
          status: 'active' as const,
          createdAt: now,
          updatedAt: now,
          ...person,
        })),
      )
      .returning({ id: participants.id, firstName: participants.firstName });
    const idOf = (firstName: string) => rows.find((row) => row.firstName === firstName)?.id ?? '';
    const trajectory = (firstName: string, startDate: string, plannedEndDate: string, endedOn: string | null = null) => ({
      organiserId,
      participantId: idOf(firstName),
      startDate,
      plannedEndDate,
      endedOn,
      pwaTransitional: false,
      createdAt: now,
    });
    await db
      .insert(trajectories)
      .values([
        trajectory('An', '2025-01-06', '2025-07-05', '2025-03-31'),
        trajectory('An', '2026-09-01', '2027-02-28'),
        trajectory('Jan', '2026-06-15', '2026-12-14'),
        trajectory('Koen', '2026-11-02', '2027-05-01'),
      ]);
    await db.insert(consents).values({
      organiserId,
      participantId: idOf('Nora'),
      recipient: 'ocmw',
      purpose: 'Opvolging',
      givenOn: '2026-10-01',
      recordedBy: own.sessions.coordinator.accountId,
    });
    return { own, ocmw, idOf, veurne };
  };

  const page = async (session: Session, query: string) => {
    const response = await session.request({ method: 'GET', url: `/api/participants${query}` });
    expect(response.statusCode).toBe(200);
    return participantPageSchema.parse(response.json());
  };
  const namesOf = (items: readonly ParticipantSummary[]) => items.map((item) => `${item.lastName} ${item.firstName}`);

  it('keyset pages in name order cover everyone once; each row shows its latest trajectory as the participant page does', async () => {
    const { own, idOf } = await setUp();
    const coordinator = own.sessions.coordinator;
    const seen: ParticipantSummary[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const next = await page(coordinator, `?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(next.items.length).toBeLessThanOrEqual(3);
      seen.push(...next.items);
      cursor = next.nextCursor;
    }
    expect(namesOf(seen)).toEqual(['Amrani Saïdjah', 'Claes Els', 'Declercq Nora', 'Maes An', 'Maes Bram', 'Peeters Jan', 'Wouters Koen']);

    const an = seen.find((item) => item.id === idOf('An'));
    expect(an).toMatchObject({ municipality: 'Veurne', benefitStatus: 'leefloon', counsellor: { accountId: own.sessions.counsellor.accountId }, coach: null });
    const detail = participantDetailSchema.parse((await coordinator.request({ method: 'GET', url: `/api/participants/${idOf('An')}` })).json());
    const running = detail.trajectories[0];
    expect(running?.startDate).toBe('2026-09-01');
    expect(an?.trajectory).toEqual({
      id: running?.id,
      startDate: running?.startDate,
      endDate: running?.endDate,
      status: running?.status,
      monthNumber: running?.monthNumber,
      ofMonths: running?.ofMonths,
      monthsLeft: running?.monthsLeft,
      nextEvaluationDate: running?.nextEvaluationDate,
    });
    expect(an?.trajectory).toMatchObject({ status: 'active', monthNumber: 3 });
    expect(seen.find((item) => item.id === idOf('Els'))).toMatchObject({ municipality: null, counsellor: null, trajectory: null });
    expect(seen.find((item) => item.id === idOf('Bram'))?.coach?.accountId).toBe(own.sessions.coach.accountId);

    const forAuditor = await page(own.sessions.auditor, '?limit=50');
    expect(forAuditor.items).toHaveLength(7);
    expect(forAuditor.items.some((item) => 'benefitStatus' in item)).toBe(false);
  });

  it('search and filters combine; counsellors see whom they referred or who consented to their agency, coaches whom they coach', async () => {
    const { own, ocmw, idOf, veurne } = await setUp();
    const coordinator = own.sessions.coordinator;
    expect(namesOf((await page(coordinator, '?q=MAES')).items)).toEqual(['Maes An', 'Maes Bram']);
    expect(namesOf((await page(coordinator, '?q=an%20maes')).items)).toEqual(['Maes An']);
    expect(namesOf((await page(coordinator, '?q=wouters%40example')).items)).toEqual(['Wouters Koen']);
    expect(namesOf((await page(coordinator, '?q=50%25')).items)).toEqual([]);
    expect(namesOf((await page(coordinator, `?municipalityId=${veurne.id}&benefitStatus=leefloon`)).items)).toEqual(['Amrani Saïdjah', 'Maes An']);
    expect(namesOf((await page(coordinator, `?counsellorId=${own.sessions.counsellor.accountId}&q=jan`)).items)).toEqual(['Peeters Jan']);
    expect(namesOf((await page(coordinator, `?coachId=${own.sessions.coach.accountId}`)).items)).toEqual(['Maes Bram']);
    // Planned ends on or before 2027-01-24 (today + 2 months), of trajectories still running.
    expect(namesOf((await page(coordinator, '?monthsLeftAtMost=2')).items)).toEqual(['Peeters Jan']);
    expect(namesOf((await page(coordinator, '?monthsLeftAtMost=6&status=active&limit=1')).items)).toEqual(['Maes An']);

    expect(namesOf((await page(own.sessions.counsellor, '')).items)).toEqual(['Maes An', 'Peeters Jan']);
    expect(namesOf((await page(own.sessions.counsellor, '?q=peeters')).items)).toEqual(['Peeters Jan']);
    expect(namesOf((await page(ocmw, '')).items)).toEqual(['Declercq Nora']);
    expect(namesOf((await page(own.sessions.coach, '')).items)).toEqual(['Maes Bram']);
    expect((await page(own.sessions.coach, '')).items[0]?.id).toBe(idOf('Bram'));
  });

  it('reminders: R5 evaluations falling due within 30 days, of running trajectories the actor sees', async () => {
    const { own, idOf } = await setUp();
    const remindersOf = async (session: Session) => remindersResponseSchema.parse((await session.request({ method: 'GET', url: '/api/reminders' })).json()).items;
    // Today 2026-11-24: Jan's trajectory (from 2026-06-15) is due on 2026-12-14; An's running one on 2027-02-28 and
    // Koen's on 2027-05-01 fall later; An's first trajectory has ended.
    const janDue = { kind: 'evaluation_due', participantId: idOf('Jan'), participantName: 'Jan Peeters', dueOn: '2026-12-14' };
    expect(await remindersOf(own.sessions.coordinator)).toEqual([janDue]);
    expect(await remindersOf(own.sessions.counsellor)).toEqual([janDue]);
    expect(await remindersOf(own.sessions.coach)).toEqual([]);
  });
});
