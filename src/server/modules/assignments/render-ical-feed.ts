import { and, eq, isNull } from 'drizzle-orm';
import ical, { ICalEventStatus } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { addDays } from '../../../domain/time/civil-date-arithmetic';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import type { PlannedSession } from '../../../contracts/assignments';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { AnonymousContext } from '../../platform/http/request-context';
import { participants } from '../participants/schema';
import { hashFeedToken } from './calendar-feeds';
import { LOOK_AHEAD_DAYS, sessionsOf } from './list-sessions';
import { calendarFeeds } from './schema';

const TIME_ZONE = 'Europe/Brussels';

/**
 * Europe/Brussels as RFC 5545 wants it beside every TZID (EU summer time since 1996: last Sunday of March 02:00 to
 * last Sunday of October 03:00). ical-generator would write it only for a calendar-wide zone, which would also
 * turn DTSTAMP into local time, so the events carry the zone and the block is put in here.
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Brussels',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
  '',
].join('\r\n');

/** A session's wall-clock time; ical-generator writes it with TZID=Europe/Brussels whatever the server's zone. */
const wallClock = (date: string, time: string) => Temporal.PlainDateTime.from(`${date}T${time === '24:00' ? '23:59' : time}`);

const describe = (session: PlannedSession): string =>
  [
    `Klant: ${session.client.name}`,
    `Adres: ${session.place.street}, ${session.place.postcode} ${session.place.city}`,
    session.roundTripMetres === null ? null : `Heen en terug: ${(session.roundTripMetres / 1000).toFixed(1).replace('.', ',')} km`,
    session.tentative ? 'Voorstel: nog niet bevestigd' : null,
  ]
    .filter((line) => line !== null)
    .join('\n');

/**
 * The calendar behind a secret address (no session: the token is the credential): the participant's proposed
 * (TENTATIVE) and planned (CONFIRMED) sessions of the coming months. An unknown or revoked token is 404.
 */
export const renderIcalFeed = async (db: Executor, context: AnonymousContext, { token }: { token: string }): Promise<string> => {
  const [feed] = await db
    .select({ organiserId: calendarFeeds.organiserId, accountId: calendarFeeds.accountId })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, hashFeedToken(token)), isNull(calendarFeeds.revokedAt)));
  if (!feed) throw notFound('Calendar');
  const from = civilDateOfInstant(context.now);
  const own = and(eq(participants.accountId, feed.accountId), eq(participants.organiserId, feed.organiserId));
  const sessions = await sessionsOf(db, feed.organiserId, own, addDays(from, -14), addDays(from, LOOK_AHEAD_DAYS));
  const calendar = ical({ name: 'Wijk-werken', prodId: { company: 'Wijkwerk', product: 'planning', language: 'NL' } });
  for (const session of sessions) {
    calendar.createEvent({
      id: `${session.assignmentId}-${session.date}@wijkwerk`,
      start: wallClock(session.date, session.startTime),
      end: wallClock(session.date, session.endTime),
      timezone: TIME_ZONE,
      stamp: context.now,
      summary: `${session.tentative ? 'Voorstel: ' : ''}wijk-werken bij ${session.client.name}`,
      location: `${session.place.street}, ${session.place.postcode} ${session.place.city}`,
      description: describe(session),
      status: session.tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    });
  }
  const text = calendar.toString();
  return sessions.length === 0 ? text : text.replace('BEGIN:VEVENT', `${VTIMEZONE}BEGIN:VEVENT`);
};
