import { and, eq } from 'drizzle-orm';
import type { ClientApplicationDetail } from '../../../contracts/client-applications';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { findDuplicateClient } from '../clients/create-client';
import { municipalities } from '../municipalities/schema';
import { clientApplications } from './schema';

/** An application of the actor's organiser, or 404 (another organiser's id too). */
export const findApplication = async (db: Executor, actor: Actor, applicationId: string) => {
  const [row] = await db
    .select()
    .from(clientApplications)
    .where(and(eq(clientApplications.id, applicationId), eq(clientApplications.organiserId, actor.organiserId)));
  if (!row) throw notFound('Client application');
  return row;
};

type ApplicationRow = Awaited<ReturnType<typeof findApplication>>;

/** The coordinator's view of one application; while it is new, with the registered client it may duplicate. */
export const applicationDetail = async (db: Executor, row: ApplicationRow): Promise<ClientApplicationDetail> => {
  const [municipality] = row.municipalityId
    ? await db.select({ id: municipalities.id, name: municipalities.nameNl }).from(municipalities).where(eq(municipalities.id, row.municipalityId))
    : [];
  const address = { street: row.street, postcode: row.postcode, city: row.city };
  const possibleDuplicate = row.status === 'new' ? await findDuplicateClient(db, row.organiserId, { ...row, address }) : null;
  return {
    id: row.id,
    status: row.status,
    category: row.category,
    localAuthorityKind: row.localAuthorityKind,
    name: row.name,
    enterpriseNumber: row.enterpriseNumber,
    address,
    city: row.city,
    municipality: municipality ?? null,
    contactName: row.contactName,
    contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
    preferredChannel: row.preferredChannel,
    preferredLanguage: row.preferredLanguage,
    jobWish: row.jobWish === null ? null : { text: row.jobWish, activityCode: row.jobWishActivityCode },
    submittedAt: row.submittedAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    declineReason: row.declineReason,
    clientId: row.clientId,
    possibleDuplicate,
    version: row.version,
  };
};
