import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { ActivityCatalogue, AddMunicipalityActivityRequest } from '../../../contracts/activities';
import { FLEMISH_ACTIVITY_CATALOGUE } from '../../../domain/activities/activity-catalogue';
import { unknownActivitiesInSubset } from '../../../domain/activities/municipality-activity-subset';
import { parseCivilDate } from '../../../domain/time/civil-date';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, notFound, ruleRefused } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { municipalities } from '../municipalities/schema';
import { loadActivityCatalogue } from './load-activity-catalogue';
import { municipalityActivityChoices } from './schema';

/** A municipality of the area chooses an activity of the Flemish list from a date (R15); periods of one activity do not overlap. */
export const addMunicipalityActivity = async (
  tx: Transaction,
  context: RequestContext,
  { municipalityId, activityCode, from, to }: AddMunicipalityActivityRequest & { municipalityId: string },
): Promise<ActivityCatalogue> => {
  const { organiserId } = context.actor;
  const [municipality] = await tx
    .select({ id: municipalities.id, nisCode: municipalities.nisCode })
    .from(municipalities)
    .where(and(eq(municipalities.organiserId, organiserId), eq(municipalities.id, municipalityId)));
  if (!municipality) throw notFound('Municipality');
  const unknown = unknownActivitiesInSubset(
    { municipalityNisCode: municipality.nisCode, choices: [{ activityCode, from: parseCivilDate(from), to: to === null ? null : parseCivilDate(to) }] },
    FLEMISH_ACTIVITY_CATALOGUE,
  );
  if (unknown.length > 0) throw ruleRefused(unknown, 'A municipality can only choose activities of the Flemish list');
  const [overlapping] = await tx
    .select({ id: municipalityActivityChoices.id })
    .from(municipalityActivityChoices)
    .where(
      and(
        eq(municipalityActivityChoices.organiserId, organiserId),
        eq(municipalityActivityChoices.municipalityId, municipalityId),
        eq(municipalityActivityChoices.activityCode, activityCode),
        or(isNull(municipalityActivityChoices.toDate), gte(municipalityActivityChoices.toDate, from)),
        to === null ? undefined : lte(municipalityActivityChoices.fromDate, to),
      ),
    );
  if (overlapping) throw new AppError('conflict', 'ALREADY_EXISTS', 'The municipality already chose this activity in that period', { choiceId: overlapping.id });
  const [created] = await tx
    .insert(municipalityActivityChoices)
    .values({ organiserId, municipalityId, activityCode, fromDate: from, toDate: to, createdAt: context.now })
    .returning({ id: municipalityActivityChoices.id });
  await recordAudit(tx, context, {
    action: 'activities.municipality.add',
    entityType: 'municipality',
    entityId: municipalityId,
    changedFields: { choiceId: created?.id, activityCode, from, to },
  });
  return loadActivityCatalogue(tx, context);
};
