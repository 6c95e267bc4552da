import type { PublicOffices } from '../../../contracts/offices';
import { openingStatusAt } from '../../../domain/offices/opening-status';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { AnonymousContext } from '../../platform/http/request-context';
import { findOffices } from './office-repository';
import { officesFingerprint, publicOfficesCache } from './public-offices-cache';

const minuteMs = 60_000;

/**
 * The public contact page: offices with phone, e-mail, hours, upcoming closures and the live status. The same for
 * every visitor, so the offices come from the cache while the database's digest is unchanged, and the status is
 * computed once a minute (it depends on the wall-clock minute only).
 */
export const listPublicOffices = async (db: Executor, context: AnonymousContext, { slug }: { slug: string }): Promise<PublicOffices> => {
  const today = civilDateOfInstant(context.now);
  const [organiser] = await officesFingerprint(db).execute({ slug, today });
  if (!organiser) throw notFound('Organiser');
  const minute = Math.floor(context.now.getTime() / minuteMs);
  let entry = publicOfficesCache.get(organiser.id);
  if (!entry || entry.digest !== organiser.digest || entry.today !== today) {
    // Read after the digest, so the cached offices are never older than the digest they are filed under.
    const officeList = await findOffices(db, { organiserId: organiser.id, closuresEndingFrom: today });
    entry = { digest: organiser.digest, today, offices: officeList, minute: Number.NaN, items: [] };
    publicOfficesCache.set(organiser.id, entry);
  }
  if (entry.minute !== minute) {
    const minuteStart = new Date(minute * minuteMs);
    entry.items = entry.offices.map(({ closures, version: _version, ...office }) => ({
      ...office,
      closures: closures.map(({ id: _id, ...closure }) => closure),
      status: openingStatusAt(office.openingHours, closures, minuteStart),
    }));
    entry.minute = minute;
  }
  return { organiser: { slug: organiser.slug, name: organiser.name }, items: entry.items };
};
