import { asc, eq } from 'drizzle-orm';
import type { ClientPortal } from '../../../contracts/clients';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { organisers } from '../../platform/tenancy/schema';
import { offices } from '../offices/schema';
import { findClient } from './client-access';
import { visibleClientIdsOfContact } from './client-contact-access';
import { loadClientDetail } from './load-client-detail';

/**
 * The client portal's home for a contact's login: each client it is the contact of (usually one) as the client
 * page shows it — data, contacts, agreements, this year's fee and its reference — and the office to call.
 */
export const loadClientPortal = async (db: Executor, context: RequestContext): Promise<ClientPortal> => {
  const clientIds = await visibleClientIdsOfContact(db, context.actor);
  const clientDetails = [];
  for (const clientId of clientIds) clientDetails.push(await loadClientDetail(db, context, await findClient(db, context.actor, clientId)));
  const [row] = await db
    .select({
      organiserName: organisers.name,
      office: { name: offices.name, phone: offices.phone, email: offices.email, street: offices.street, postcode: offices.postcode, city: offices.city },
    })
    .from(organisers)
    .leftJoin(offices, eq(offices.organiserId, organisers.id))
    .where(eq(organisers.id, context.actor.organiserId))
    .orderBy(asc(offices.createdAt), asc(offices.id))
    .limit(1);
  return { organiserName: row?.organiserName ?? '', clients: clientDetails, office: row?.office ?? null };
};
