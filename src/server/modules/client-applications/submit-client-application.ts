import { eq } from 'drizzle-orm';
import type { ClientApplicationReceived, ClientApplicationRequest } from '../../../contracts/client-applications';
import { postcodeCentroid } from '../../../domain/geography/postcode-centroids';
import { isBelgianPostcode } from '../../../domain/geography/flemish-region';
import { recordPublicAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { notFound, ruleRefused } from '../../platform/http/app-error';
import type { AnonymousContext } from '../../platform/http/request-context';
import { RefusedAfterCommit } from '../../platform/http/transaction';
import { organisers } from '../../platform/tenancy/schema';
import { rateLimited } from '../accounts/link-form';
import { queueMessage } from '../messages/queue-message';
import { areaCheck } from '../municipalities/area-check';
import { loginLimits, recordFailedLogin } from '../sessions/login-throttle';
import { clientApplications } from './schema';

/** A household or organisation rarely registers more than once an hour; more is someone filling our queue. */
export const maxApplicationsPerAddressPerHour = 3;

/**
 * Stores a "Word gebruiker" form for the site's organiser, for a coordinator to decide; no client and no account
 * are made. The address must be a known Belgian postcode in Flanders and the organiser's area (R1, decision 122);
 * under the `warn` setting an address outside the area is kept and the coordinator chooses the municipality. Every
 * form counts against its IP and contact address (like the password reset), and a refusal keeps its count.
 */
export const submitClientApplication = async (
  tx: Transaction,
  context: AnonymousContext,
  { organiserSlug, address, contact, jobWish, ...input }: ClientApplicationRequest,
): Promise<ClientApplicationReceived | RefusedAfterCommit> => {
  const email = contact.email.trim().toLowerCase();
  const key = `client-application:${email}`;
  const limits = await loginLimits(tx, context, { key, maxPerKeyPerHour: maxApplicationsPerAddressPerHour });
  if (limits.ip || limits.account) throw rateLimited();
  const [organiser] = await tx.select({ id: organisers.id, name: organisers.name }).from(organisers).where(eq(organisers.slug, organiserSlug));
  if (!organiser) throw notFound('Organiser');
  await recordFailedLogin(tx, context, { key });
  const { postcode } = address;
  if (isBelgianPostcode(postcode) && postcodeCentroid(postcode) === null) {
    return new RefusedAfterCommit(ruleRefused([{ code: 'CLIENT_POSTCODE_UNKNOWN', rule: 'R1', details: { postcode } }], 'No Belgian place has this postcode'));
  }
  const area = await areaCheck(tx, organiser.id, postcode, null);
  if (area.reasons.length > 0) return new RefusedAfterCommit(ruleRefused(area.reasons, 'The address is outside the Flemish Region or the organiser’s area'));
  const [saved] = await tx
    .insert(clientApplications)
    .values({
      ...input,
      ...address,
      organiserId: organiser.id,
      municipalityId: area.municipalityId,
      contactName: contact.name,
      contactEmail: email,
      contactPhone: contact.phone,
      jobWish: jobWish?.text ?? null,
      jobWishActivityCode: jobWish?.activityCode ?? null,
      submittedAt: context.now,
    })
    .returning({ id: clientApplications.id });
  if (!saved) throw new Error('Insert returned no row');
  const language = input.preferredLanguage === 'fr' || input.preferredLanguage === 'en' ? input.preferredLanguage : 'nl';
  await queueMessage(
    tx,
    { ...context, organiserId: organiser.id },
    {
      recipient: { kind: 'contact', name: contact.name, email, phone: null, language },
      template: 'client-application-received',
      data: { clientName: input.name },
    },
  );
  await recordPublicAudit(
    tx,
    { ...context, organiserId: organiser.id },
    {
      action: 'client_application.submit',
      entityType: 'client_application',
      entityId: saved.id,
      changedFields: { category: input.category, outsideArea: area.warnings.length > 0 },
    },
  );
  return { received: true, organiserName: organiser.name };
};
