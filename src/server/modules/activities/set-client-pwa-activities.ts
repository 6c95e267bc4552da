import { and, eq } from 'drizzle-orm';
import type { ClientActivities, SetClientPwaActivitiesRequest } from '../../../contracts/activities';
import { FLEMISH_ACTIVITY_CATALOGUE } from '../../../domain/activities/activity-catalogue';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { ruleRefused } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { findOrganiserClient, loadClientActivities } from './client-activities';
import { clientPwaActivities } from './schema';

const transitional = new Set(FLEMISH_ACTIVITY_CATALOGUE.filter((activity) => activity.transitionalPwaOnly).map((activity) => activity.code));

/** Records which transitional PWA activities the client had done under the PWA (R16); only those activities count. */
export const setClientPwaActivities = async (
  tx: Transaction,
  context: RequestContext,
  { clientId, activityCodes }: SetClientPwaActivitiesRequest & { clientId: string },
): Promise<ClientActivities> => {
  const { organiserId } = context.actor;
  await findOrganiserClient(tx, organiserId, clientId);
  const notTransitional = activityCodes.filter((code) => !transitional.has(code));
  if (notTransitional.length > 0) {
    throw ruleRefused(
      notTransitional.map((activityCode) => ({ code: 'ACTIVITY_NOT_PWA_TRANSITIONAL', rule: 'R16', details: { activityCode } })),
      'Only transitional PWA activities have a PWA history',
    );
  }
  await tx.delete(clientPwaActivities).where(and(eq(clientPwaActivities.organiserId, organiserId), eq(clientPwaActivities.clientId, clientId)));
  const codes = [...new Set(activityCodes)];
  if (codes.length > 0) await tx.insert(clientPwaActivities).values(codes.map((activityCode) => ({ organiserId, clientId, activityCode })));
  await recordAudit(tx, context, { action: 'activities.client.pwa', entityType: 'client', entityId: clientId, changedFields: { activityCodes: codes } });
  return loadClientActivities(tx, context, { clientId });
};
