import { and, eq } from 'drizzle-orm';
import { countedHoursOf } from '../../domain/limits/counted-hours';
import { parseCivilDate } from '../../domain/time/civil-date';
import type { TimeEntryStatus } from '../../contracts/time-entries';
import type { Database } from '../platform/db/database';
import { assignments } from '../modules/assignments/schema';
import { clientContacts } from '../modules/clients/schema';
import { jobRequests } from '../modules/job-requests/schema';
import { participants } from '../modules/participants/schema';
import { shiftWorkedHours } from '../modules/participants/worked-hours';
import { timeEntries } from '../modules/time-entries/schema';
import { registerClientThroughApi } from './client-fixtures';
import { nextInsz } from './participant-fixtures';
import type { Session } from './test-app';

const now = () => new Date();

/** A household registered by the coordinator, whose one contact is the client login `contactAccountId` (the portal). */
export const buildClientWithContact = async (db: Database, coordinator: Session, contactAccountId: string, name = 'Marleen Vandamme') => {
  const client = await registerClientThroughApi(coordinator, {
    name,
    contacts: [{ name: `Contact van ${name}`, email: 'contact@example.test', phone: null, role: null }],
  });
  await db.update(clientContacts).set({ accountId: contactAccountId }).where(eq(clientContacts.clientId, client.id));
  return client;
};

/** A wijk-werker with a planned assignment at `clientId` (activity light garden work). */
export const buildWorkerAtClient = async (db: Database, organiserId: string, clientId: string, proposedByAccountId: string) => {
  const [participant] = await db
    .insert(participants)
    .values({
      organiserId,
      firstName: 'Saïdjah',
      lastName: `Peeters ${nextInsz().slice(-4)}`,
      insz: nextInsz(),
      street: 'Kaaistraat 12',
      postcode: '8630',
      city: 'Veurne',
      email: 'saidjah@example.test',
      preferredChannel: 'email',
      preferredLanguage: 'nl',
      transportModes: ['bicycle'],
      activityCodes: [],
      availability: [],
      maxTravelKm: 10,
      benefitStatus: 'unemployment_benefit',
      vdabRegistered: true,
      availableForLabourMarket: true,
      hadPwaContractOn20170930: false,
      referralAgency: 'vdab',
      status: 'active',
      createdAt: now(),
      updatedAt: now(),
    })
    .returning();
  if (!participant) throw new Error('no participant');
  const schedule = {
    kind: 'weekly' as const,
    startDate: parseCivilDate('2026-11-02'),
    endDate: parseCivilDate('2026-12-28'),
    slots: [{ weekday: 2, startMinute: 540, endMinute: 720 }],
    minutesPerSession: 180,
  };
  const place = { placeStreet: 'Noordstraat 4', placePostcode: '8630', placeCity: 'Veurne' };
  const [request] = await db
    .insert(jobRequests)
    .values({
      organiserId,
      clientId,
      activityCode: 'garden.light',
      description: 'Gras maaien',
      ...place,
      schedule,
      status: 'planned',
      origin: 'staff',
      createdAt: now(),
      updatedAt: now(),
    })
    .returning();
  if (!request) throw new Error('no job request');
  const [assignment] = await db
    .insert(assignments)
    .values({
      organiserId,
      jobRequestId: request.id,
      participantId: participant.id,
      clientId,
      activityCode: 'garden.light',
      ...place,
      schedule,
      distanceSource: 'staff',
      status: 'planned',
      matchFactors: [],
      proposedByAccountId,
      proposedAt: now(),
      createdAt: now(),
      updatedAt: now(),
    })
    .returning();
  if (!assignment) throw new Error('no assignment');
  return { participant, assignment };
};

type EntryFields = {
  organiserId: string;
  assignment: { id: string; participantId: string; clientId: string };
  enteredByAccountId: string;
  workDate: string;
  minutes: number;
  confirmDeadline: string;
  status?: TimeEntryStatus;
};

/** A time entry as registration stores it, with its hours on the participant's worked days. */
export const buildTimeEntry = async (db: Database, fields: EntryFields) =>
  db.transaction(async (tx) => {
    const [entry] = await tx
      .insert(timeEntries)
      .values({
        organiserId: fields.organiserId,
        participantId: fields.assignment.participantId,
        assignmentId: fields.assignment.id,
        clientId: fields.assignment.clientId,
        workDate: fields.workDate,
        startTime: null,
        endTime: null,
        minutes: fields.minutes,
        countedHours: countedHoursOf(fields.minutes),
        status: fields.status ?? 'registered',
        enteredByAccountId: fields.enteredByAccountId,
        onBehalf: false,
        confirmDeadline: fields.confirmDeadline,
        createdAt: now(),
        updatedAt: now(),
      })
      .returning();
    if (!entry) throw new Error('no time entry');
    const owner = { organiserId: fields.organiserId, participantId: fields.assignment.participantId };
    await shiftWorkedHours(tx, owner, { date: parseCivilDate(fields.workDate), minutes: fields.minutes }, 1);
    return entry;
  });

/** One entry's row as stored. */
export const storedTimeEntry = async (db: Database, organiserId: string, id: string) => {
  const [row] = await db
    .select()
    .from(timeEntries)
    .where(and(eq(timeEntries.id, id), eq(timeEntries.organiserId, organiserId)));
  if (!row) throw new Error('no such time entry');
  return row;
};
