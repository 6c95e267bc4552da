import { eq } from 'drizzle-orm';
import type { PublicOffices } from '../../../contracts/offices';
import { openingStatusAt } from '../../../domain/offices/opening-status';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { AnonymousContext } from '../../platform/http/request-context';
import { organisers } from '../../platform/tenancy/schema';
import { findOffices } from './office-repository';

/** The public contact page: offices with phone, e-mail, hours, upcoming closures and the live status. */
export const listPublicOffices = async (tx: Transaction, context: AnonymousContext, { slug }: { slug: string }): Promise<PublicOffices> => {
  const [organiser] = await tx.select().from(organisers).where(eq(organisers.slug, slug));
  if (!organiser) throw notFound('Organiser');
  const today = civilDateOfInstant(context.now);
  const officeList = await findOffices(tx, { organiserId: organiser.id, closuresEndingFrom: today });
  return {
    organiser: { slug: organiser.slug, name: organiser.name },
    items: officeList.map(({ closures, version: _version, ...office }) => ({
      ...office,
      closures: closures.map(({ id: _id, ...closure }) => closure),
      status: openingStatusAt(office.openingHours, closures, context.now),
    })),
  };
};
