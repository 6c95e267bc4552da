import { and, eq } from 'drizzle-orm';
import { FLEMISH_ACTIVITY_CATALOGUE } from '../../domain/activities/activity-catalogue';
import type { JobSchedule } from '../../domain/job-requests/job-schedule';
import { addDays, isoDayOfWeek } from '../../domain/time/civil-date-arithmetic';
import type { CivilDate } from '../../domain/time/civil-date';
import type { JobRequestStatus } from '../../contracts/job-requests';
import type { Transaction } from '../platform/db/database';
import { municipalityActivityChoices } from '../modules/activities/schema';
import { clients } from '../modules/clients/schema';
import { jobRequests } from '../modules/job-requests/schema';
import { municipalities } from '../modules/municipalities/schema';

/** Poperinge leaves hedge trimming to the gardeners: the demo's example of an activity the municipality did not choose (R15). */
const notChosen: Readonly<Record<string, readonly string[]>> = { Poperinge: ['small_garden_maintenance.hedge_trimming'] };

type DemoRequest = {
  readonly client: string;
  readonly activityCode: string;
  readonly description: string;
  readonly status: JobRequestStatus;
  readonly statusReason?: string;
  readonly weekly: boolean;
  readonly startInDays: number;
};

const demoRequests: readonly DemoRequest[] = [
  {
    client: 'Marie-Jeanne Debaene',
    activityCode: 'small_garden_maintenance.mowing',
    description: 'Gras maaien in de achtertuin, ongeveer 150 m².',
    status: 'new',
    weekly: true,
    startInDays: 7,
  },
  {
    client: 'Roger Vanneste',
    activityCode: 'small_repairs.assembling_furniture',
    description: 'Een kast in elkaar zetten (bouwpakket).',
    status: 'new',
    weekly: false,
    startInDays: 5,
  },
  {
    client: 'Gemeente Heuvelland',
    activityCode: 'logistics.occasional_activities',
    description: 'Hulp bij het opstellen van de kerstmarkt.',
    status: 'matching',
    weekly: false,
    startInDays: 10,
  },
  {
    client: 'Basisschool De Klimop',
    activityCode: 'accompanying_persons.lunchtime_supervision',
    description: 'Middagtoezicht op de speelplaats.',
    status: 'planned',
    weekly: true,
    startInDays: 3,
  },
  {
    client: 'OCMW Diksmuide',
    activityCode: 'household_support.vulnerable_groups',
    description: 'Boodschappen en kleine huishoudelijke taken voor een oudere cliënt.',
    status: 'active',
    weekly: true,
    startInDays: -30,
  },
  {
    client: 'Vzw De Speelvogel',
    activityCode: 'logistics.event_organisation',
    description: 'Helpen bij het zomerfeest.',
    status: 'finished',
    weekly: false,
    startInDays: -60,
  },
  {
    client: 'Gemeente Heuvelland',
    activityCode: 'prevention.stewards',
    description: 'Stewards voor de wielerwedstrijd.',
    status: 'cancelled',
    statusReason: 'De wedstrijd werd afgelast.',
    weekly: false,
    startInDays: -14,
  },
];

const scheduleFrom = (today: CivilDate, { weekly, startInDays }: DemoRequest): JobSchedule => {
  const start = addDays(today, startInDays);
  return weekly
    ? {
        kind: 'weekly',
        startDate: start,
        endDate: addDays(start, 90),
        slots: [{ weekday: isoDayOfWeek(start), startMinute: 9 * 60, endMinute: 12 * 60 }],
        minutesPerSession: 150,
      }
    : { kind: 'one_off', startDate: start, endDate: start, slots: [{ weekday: isoDayOfWeek(start), startMinute: 13 * 60, endMinute: 17 * 60 }], minutesPerSession: 180 };
};

/**
 * Each Westhoek municipality's subset of the activity list (every listed activity but the transitional PWA ones and
 * Poperinge's exception), and klusjes in every step for the demo's clients, so the list and matching have work.
 */
export const loadDemoJobRequests = async (tx: Transaction, organiserId: string, today: CivilDate, now: Date): Promise<void> => {
  const area = await tx.select().from(municipalities).where(eq(municipalities.organiserId, organiserId));
  const choosable = FLEMISH_ACTIVITY_CATALOGUE.filter((activity) => !activity.transitionalPwaOnly);
  const choices = area.flatMap((municipality) =>
    choosable
      .filter((activity) => !(notChosen[municipality.nameNl] ?? []).includes(activity.code))
      .map((activity) => ({ organiserId, municipalityId: municipality.id, activityCode: activity.code, fromDate: '2018-01-01', toDate: null, createdAt: now })),
  );
  if (choices.length > 0) await tx.insert(municipalityActivityChoices).values(choices);
  for (const [index, demo] of demoRequests.entries()) {
    const [client] = await tx
      .select()
      .from(clients)
      .where(and(eq(clients.organiserId, organiserId), eq(clients.name, demo.client)));
    if (!client) continue;
    const createdAt = new Date(now.getTime() - (demoRequests.length - index) * 3_600_000);
    await tx.insert(jobRequests).values({
      organiserId,
      clientId: client.id,
      activityCode: demo.activityCode,
      description: demo.description,
      placeStreet: client.street,
      placePostcode: client.postcode,
      placeCity: client.city,
      placeMunicipalityId: client.municipalityId,
      schedule: scheduleFrom(today, demo),
      status: demo.status,
      statusReason: demo.statusReason ?? null,
      origin: index === 1 ? 'public_form' : 'staff',
      createdAt,
      updatedAt: createdAt,
    });
  }
};
