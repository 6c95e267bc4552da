import { and, asc, eq, gt, isNull, max } from 'drizzle-orm';
import type { ClientDetail } from '../../../contracts/clients';
import { registrationFeeFor } from '../../../domain/clients/registration-fee';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { yearOf } from '../../../domain/time/civil-date';
import { memberships, oneTimeLinks } from '../../platform/auth/schema';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { municipalities } from '../municipalities/schema';
import type { ClientRow } from './client-access';
import { agreementsOf, clientPlanningGate, paymentsInForce } from './client-standing';
import { clientAgreements, clientAgreementSigningLinks, clientContacts } from './schema';

/** The client page: record, contacts, agreements, this year's fee with its reference, and R17 for this year. */
export const loadClientDetail = async (tx: Executor, context: RequestContext, client: ClientRow): Promise<ClientDetail> => {
  const { organiserId } = context.actor;
  const year = yearOf(civilDateOfInstant(context.now));
  const [municipality] = client.municipalityId
    ? await tx.select({ id: municipalities.id, name: municipalities.nameNl }).from(municipalities).where(eq(municipalities.id, client.municipalityId))
    : [];
  const contacts = await tx
    .select({
      id: clientContacts.id,
      name: clientContacts.name,
      email: clientContacts.email,
      phone: clientContacts.phone,
      role: clientContacts.role,
      membership: memberships.status,
    })
    .from(clientContacts)
    .leftJoin(memberships, and(eq(memberships.accountId, clientContacts.accountId), eq(memberships.organiserId, clientContacts.organiserId)))
    .where(and(eq(clientContacts.organiserId, organiserId), eq(clientContacts.clientId, client.id)))
    .orderBy(asc(clientContacts.position));
  const agreements = await agreementsOf(tx, organiserId, client.id);
  // A signing link is out while one sent is neither used nor expired.
  const openLinks = await tx
    .select({ agreementId: clientAgreementSigningLinks.agreementId, sentAt: max(clientAgreementSigningLinks.sentAt) })
    .from(clientAgreementSigningLinks)
    .innerJoin(oneTimeLinks, eq(oneTimeLinks.id, clientAgreementSigningLinks.oneTimeLinkId))
    .innerJoin(clientAgreements, eq(clientAgreements.id, clientAgreementSigningLinks.agreementId))
    .where(
      and(eq(clientAgreements.clientId, client.id), eq(clientAgreements.organiserId, organiserId), isNull(oneTimeLinks.usedAt), gt(oneTimeLinks.expiresAt, context.now)),
    )
    .groupBy(clientAgreementSigningLinks.agreementId);
  const payment = (await paymentsInForce(tx, organiserId, client.id)).find((candidate) => candidate.year === year);
  const planning = await clientPlanningGate(tx, organiserId, client.id, year);
  return {
    id: client.id,
    clientNumber: client.clientNumber,
    category: client.category,
    localAuthorityKind: client.localAuthorityKind,
    name: client.name,
    enterpriseNumber: client.enterpriseNumber,
    address: { street: client.street, postcode: client.postcode, city: client.city },
    municipality: municipality ?? null,
    email: client.email,
    phone: client.phone,
    preferredChannel: client.preferredChannel,
    preferredLanguage: client.preferredLanguage,
    contacts: contacts.map(({ membership, ...contact }) => ({ ...contact, portalStatus: membership ?? 'none' })),
    jobWish: client.jobWish === null && client.jobWishActivityCode === null ? null : { text: client.jobWish, activityCode: client.jobWishActivityCode },
    agreements: agreements.map((agreement) => ({
      id: agreement.id,
      templateVersion: agreement.templateVersion,
      createdAt: agreement.createdAt.toISOString(),
      signedOn: agreement.signedOn,
      signedHow: agreement.signedHow,
      signedName: agreement.signedName,
      signingLinkSentAt: agreement.signedOn === null ? (openLinks.find((link) => link.agreementId === agreement.id)?.sentAt?.toISOString() ?? null) : null,
    })),
    registrationFee: { ...registrationFeeFor(client.clientNumber, year), paidOn: payment?.paidOn ?? null, paymentId: payment?.id ?? null },
    planning: { year, allowed: planning.allowed, reasons: [...planning.reasons] },
    version: client.version,
  };
};
