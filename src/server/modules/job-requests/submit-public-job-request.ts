import { and, eq, sql } from 'drizzle-orm';
import type { PublicJobRequestRequest } from '../../../contracts/job-requests';
import { FLEMISH_ACTIVITY_CATALOGUE } from '../../../domain/activities/activity-catalogue';
import { jobPlaceCheck } from '../../../domain/job-requests/job-place';
import type { JobSchedule } from '../../../domain/job-requests/job-schedule';
import { parseCivilDate } from '../../../domain/time/civil-date';
import { isoDayOfWeek } from '../../../domain/time/civil-date-arithmetic';
import { recordPublicAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, ruleRefused } from '../../platform/http/app-error';
import type { AnonymousContext } from '../../platform/http/request-context';
import { organisers } from '../../platform/tenancy/schema';
import { clientContacts, clients } from '../clients/schema';
import { municipalities } from '../municipalities/schema';
import { loginLimits, recordFailedLogin } from '../sessions/login-throttle';
import { notifyRequestContact } from './notify-request-contact';
import { jobRequests } from './schema';

/** A client asks rarely; more than this an hour from one address is someone trying numbers (decision 062). */
export const maxPublicRequestsPerAddressPerHour = 5;

const known = new Set(FLEMISH_ACTIVITY_CATALOGUE.map((activity) => activity.code));

/**
 * The coordinator's first reading of "when it suits": one visit on the wished day within office hours, two hours
 * long. The client's own words stay with the request (`wishedTiming`) and the coordinator edits the schedule.
 */
const firstReading = (date: string): JobSchedule => {
  const day = parseCivilDate(date);
  return { kind: 'one_off', startDate: day, endDate: day, slots: [{ weekday: isoDayOfWeek(day), startMinute: 8 * 60, endMinute: 18 * 60 }], minutesPerSession: 120 };
};

/**
 * The public "Klusje aanvragen" form (decision 062). What anyone may learn is checked first and refused openly: an
 * activity of the Flemish list, a place in Flanders. Whether the e-mail and client number belong together is never
 * told: a match is stored as a new request from the public form and its contact is told by e-mail; the answer is the
 * same 202 either way, and every attempt counts against the address and the IP.
 */
export const submitPublicJobRequest = async (tx: Transaction, context: AnonymousContext, input: PublicJobRequestRequest): Promise<void> => {
  const email = input.email.trim().toLowerCase();
  const key = `public-job-request:${email}`;
  const limits = await loginLimits(tx, context, { key, maxPerKeyPerHour: maxPublicRequestsPerAddressPerHour });
  if (limits.ip || limits.account) throw new AppError('rateLimited', 'RATE_LIMITED', 'Too many attempts; wait a while and try again');
  if (!known.has(input.activityCode)) throw ruleRefused([{ code: 'ACTIVITY_UNKNOWN', rule: 'R15', details: { activityCode: input.activityCode } }]);
  if (input.place !== null) {
    const where = jobPlaceCheck(input.place.postcode, []);
    const outside = where.reasons.filter((reason) => reason.rule === 'R1');
    if (outside.length > 0) throw ruleRefused(outside, 'Work cannot be done at this place');
  }
  await recordFailedLogin(tx, context, { key });
  const [match] = await tx
    .select({
      organiserId: organisers.id,
      clientId: clients.id,
      contactId: clientContacts.id,
      street: clients.street,
      postcode: clients.postcode,
      city: clients.city,
    })
    .from(organisers)
    .innerJoin(clients, and(eq(clients.organiserId, organisers.id), eq(clients.clientNumber, input.clientNumber)))
    .innerJoin(clientContacts, and(eq(clientContacts.clientId, clients.id), sql`lower(${clientContacts.email}) = ${email}`))
    .where(eq(organisers.slug, input.organiserSlug))
    .limit(1);
  if (!match) return;
  const place = input.place ?? { street: match.street, postcode: match.postcode, city: match.city };
  const area = await tx
    .select({ id: municipalities.id, postcodes: municipalities.postcodes })
    .from(municipalities)
    .where(eq(municipalities.organiserId, match.organiserId));
  const [row] = await tx
    .insert(jobRequests)
    .values({
      organiserId: match.organiserId,
      clientId: match.clientId,
      contactId: match.contactId,
      activityCode: input.activityCode,
      description: input.description,
      placeStreet: place.street,
      placePostcode: place.postcode,
      placeCity: place.city,
      placeMunicipalityId: jobPlaceCheck(place.postcode, area).municipalityId,
      schedule: firstReading(input.wishedDate),
      wishedTiming: input.wishedTiming,
      origin: 'public_form',
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning();
  if (!row) return;
  // No one is logged in: the audit row says "public" with the request's IP; who asked is the client's contact.
  await recordPublicAudit(
    tx,
    { ...context, organiserId: match.organiserId },
    {
      action: 'job_request.submit_public',
      entityType: 'job_request',
      entityId: row.id,
      changedFields: { clientId: match.clientId, contactId: match.contactId, activityCode: input.activityCode, origin: 'public_form' },
    },
  );
  const label = FLEMISH_ACTIVITY_CATALOGUE.find((activity) => activity.code === input.activityCode)?.labelNl ?? input.activityCode;
  await notifyRequestContact(tx, { ...context, organiserId: match.organiserId }, match.organiserId, row, label, { event: 'received' });
};
