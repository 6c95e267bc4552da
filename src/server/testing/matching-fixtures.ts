import { putClientInGoodStanding, registerClientThroughApi } from './client-fixtures';
import { checkJobSchedule, type JobSchedule, type JobScheduleInput } from '../../domain/job-requests/job-schedule';
import { parseCivilDate } from '../../domain/time/civil-date';
import type { Database } from '../platform/db/database';
import type { Session } from './test-app';
import { nextInsz } from './participant-fixtures';
import { and, eq, sql } from 'drizzle-orm';
import { assignments } from '../modules/assignments/schema';
import { municipalityActivityChoices } from '../modules/activities/schema';
import { municipalities } from '../modules/municipalities/schema';
import { buildMunicipalities } from './factories';
import { jobRequests } from '../modules/job-requests/schema';
import { participants, type AvailabilitySlot } from '../modules/participants/schema';
import { trajectories } from '../modules/trajectories/schema';

export const scheduleOf = (input: JobScheduleInput): JobSchedule => {
  const checked = checkJobSchedule(input);
  if (!checked.valid) throw new Error(`test schedule is invalid: ${JSON.stringify(checked.problems)}`);
  return checked.schedule;
};

/** Mowing every Tuesday 09:00–12:00, 3 hours, December 2026 – January 2027. */
export const tuesdayMowing = scheduleOf({
  kind: 'weekly',
  slots: [{ weekday: 2, startTime: '09:00', endTime: '12:00' }],
  startDate: parseCivilDate('2026-12-01'),
  endDate: parseCivilDate('2027-01-31'),
  minutesPerSession: 180,
});

/** A household in Poperinge through the clients API; `inGoodStanding` signs the agreement and pays 2026's fee (R17). */
export const registerClient = async (coordinator: Session, name: string, inGoodStanding: boolean): Promise<string> => {
  const client = await registerClientThroughApi(coordinator, {
    name,
    address: { street: 'Gasthuisstraat 3', postcode: '8970', city: 'Poperinge' },
    phone: '057 33 44 55',
    preferredChannel: 'phone',
  });
  if (inGoodStanding) await putClientInGoodStanding(coordinator, client.id, { signedOn: '2026-11-20', paidOn: '2026-11-21' });
  return client.id;
};

type JobRequestFixture = { organiserId: string; clientId: string; activityCode?: string; placePostcode?: string; schedule?: JobSchedule };

/**
 * The place's municipality for the organiser, with the request's activity chosen since 2018 (R15): otherwise the
 * request itself is refused before anyone is ranked.
 */
const placeMunicipalityChoosing = async (db: Database, organiserId: string, postcode: string, activityCode: string): Promise<string> => {
  const [existing] = await db
    .select({ id: municipalities.id })
    .from(municipalities)
    .where(and(eq(municipalities.organiserId, organiserId), sql`${postcode} = any(${municipalities.postcodes})`));
  const municipalityId =
    existing?.id ?? (await buildMunicipalities(db, organiserId, [{ nisCode: `9${postcode}`, nameNl: `Gemeente ${postcode}`, postcodes: [postcode] }]))[0]?.id;
  if (!municipalityId) throw new Error('no municipality');
  await db.insert(municipalityActivityChoices).values({ organiserId, municipalityId, activityCode, fromDate: '2018-01-01', createdAt: new Date() });
  return municipalityId;
};

/** A job request row (the job-requests module's API is not what these tests test). */
export const buildJobRequest = async (db: Database, fixture: JobRequestFixture): Promise<string> => {
  const now = new Date();
  const activityCode = fixture.activityCode ?? 'small_garden_maintenance.mowing';
  const placePostcode = fixture.placePostcode ?? '8970';
  const placeMunicipalityId = await placeMunicipalityChoosing(db, fixture.organiserId, placePostcode, activityCode);
  const [row] = await db
    .insert(jobRequests)
    .values({
      organiserId: fixture.organiserId,
      clientId: fixture.clientId,
      activityCode,
      description: 'Gras maaien achter het huis',
      placeStreet: 'Gasthuisstraat 3',
      placePostcode,
      placeCity: 'Poperinge',
      placeMunicipalityId,
      schedule: fixture.schedule ?? tuesdayMowing,
      status: 'matching',
      origin: 'staff',
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: jobRequests.id });
  if (!row) throw new Error('no job request');
  return row.id;
};

type CandidateFixture = {
  firstName: string;
  postcode?: string;
  city?: string;
  activityCodes?: string[];
  transportModes?: ('walk' | 'bicycle' | 'public_transport' | 'moped' | 'car')[];
  availability?: AvailabilitySlot[];
  maxTravelKm?: number;
  status?: 'intake' | 'active' | 'ended';
  /** Null: no trajectory at all. */
  trajectory?: { startDate: string; plannedEndDate: string; endedOn?: string } | null;
};

/** A participant with the matching fields and, unless told otherwise, a trajectory running until mid 2027. */
export const buildCandidate = async (db: Database, organiserId: string, fixture: CandidateFixture): Promise<string> => {
  const now = new Date();
  const [row] = await db
    .insert(participants)
    .values({
      organiserId,
      firstName: fixture.firstName,
      lastName: 'Test',
      insz: nextInsz(),
      street: 'Markt 1',
      postcode: fixture.postcode ?? '8970',
      city: fixture.city ?? 'Poperinge',
      preferredChannel: 'phone',
      preferredLanguage: 'nl',
      transportModes: fixture.transportModes ?? ['car'],
      activityCodes: fixture.activityCodes ?? ['small_garden_maintenance.mowing'],
      availability: fixture.availability ?? [{ weekday: 2, from: '08:00', until: '17:00' }],
      maxTravelKm: fixture.maxTravelKm ?? 30,
      benefitStatus: 'unemployment_benefit',
      vdabRegistered: true,
      availableForLabourMarket: true,
      hadPwaContractOn20170930: false,
      referralAgency: 'vdab',
      status: fixture.status ?? 'active',
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: participants.id });
  if (!row) throw new Error('no participant');
  const trajectory = fixture.trajectory === undefined ? { startDate: '2026-07-01', plannedEndDate: '2027-06-30' } : fixture.trajectory;
  if (trajectory !== null) {
    await db.insert(trajectories).values({
      organiserId,
      participantId: row.id,
      startDate: trajectory.startDate,
      plannedEndDate: trajectory.plannedEndDate,
      endedOn: trajectory.endedOn ?? null,
      pwaTransitional: false,
      createdAt: now,
    });
  }
  return row.id;
};

type AssignmentFixture = {
  organiserId: string;
  jobRequestId: string;
  participantId: string;
  clientId: string;
  proposedByAccountId: string;
  status: 'proposed' | 'planned' | 'ended';
  schedule: JobSchedule;
};

export const buildAssignment = async (db: Database, fixture: AssignmentFixture): Promise<void> => {
  const now = new Date();
  const { organiserId, jobRequestId, participantId, clientId, proposedByAccountId, status, schedule } = fixture;
  await db.insert(assignments).values({
    organiserId,
    jobRequestId,
    participantId,
    clientId,
    proposedByAccountId,
    status,
    schedule,
    activityCode: 'small_garden_maintenance.mowing',
    placeStreet: 'Gasthuisstraat 3',
    placePostcode: '8970',
    placeCity: 'Poperinge',
    distanceSource: 'estimate',
    matchFactors: [],
    proposedAt: now,
    createdAt: now,
    updatedAt: now,
  });
};
