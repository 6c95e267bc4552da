import { and, eq } from 'drizzle-orm';
import type { ActivityCatalogue } from '../../../contracts/activities';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { loadActivityCatalogue } from './load-activity-catalogue';
import { municipalityActivityChoices } from './schema';

/** The municipality drops an activity: its choice ends on `to` (kept, so requests of the past stay explained). */
export const endMunicipalityActivity = async (
  tx: Transaction,
  context: RequestContext,
  { choiceId, to }: { choiceId: string; to: string },
): Promise<ActivityCatalogue> => {
  const { organiserId } = context.actor;
  const [choice] = await tx
    .select()
    .from(municipalityActivityChoices)
    .where(and(eq(municipalityActivityChoices.organiserId, organiserId), eq(municipalityActivityChoices.id, choiceId)));
  if (!choice) throw notFound('Activity choice');
  if (to < choice.fromDate)
    throw new AppError('validation', 'VALIDATION_FAILED', 'The end lies before the start', {
      issues: [{ path: 'body.to', message: 'ACTIVITY_CHOICE_END_BEFORE_START' }],
    });
  await tx.update(municipalityActivityChoices).set({ toDate: to }).where(eq(municipalityActivityChoices.id, choiceId));
  await recordAudit(tx, context, {
    action: 'activities.municipality.end',
    entityType: 'municipality',
    entityId: choice.municipalityId,
    changedFields: { choiceId, activityCode: choice.activityCode, to },
  });
  return loadActivityCatalogue(tx, context);
};
