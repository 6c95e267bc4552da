import { asc, eq } from 'drizzle-orm';
import type { ActivityCatalogue } from '../../../contracts/activities';
import { FLEMISH_ACTIVITY_CATALOGUE } from '../../../domain/activities/activity-catalogue';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { municipalities } from '../municipalities/schema';
import { municipalityActivityChoices } from './schema';

/** The Flemish list and each area municipality's chosen activities (R15), for the catalogue page. */
export const loadActivityCatalogue = async (db: Executor, context: RequestContext): Promise<ActivityCatalogue> => {
  const { organiserId } = context.actor;
  const area = await db
    .select({ id: municipalities.id, name: municipalities.nameNl, nisCode: municipalities.nisCode })
    .from(municipalities)
    .where(eq(municipalities.organiserId, organiserId))
    .orderBy(asc(municipalities.nameNl));
  const choices = await db
    .select()
    .from(municipalityActivityChoices)
    .where(eq(municipalityActivityChoices.organiserId, organiserId))
    .orderBy(asc(municipalityActivityChoices.activityCode), asc(municipalityActivityChoices.fromDate));
  return {
    activities: FLEMISH_ACTIVITY_CATALOGUE.map(({ code, mainActivity, labelNl, clientCategories, transitionalPwaOnly }) => ({
      code,
      mainActivity,
      labelNl,
      clientCategories: [...clientCategories],
      transitionalPwaOnly,
    })),
    municipalities: area.map((municipality) => ({
      municipality,
      choices: choices
        .filter((choice) => choice.municipalityId === municipality.id)
        .map((choice) => ({ id: choice.id, activityCode: choice.activityCode, from: choice.fromDate, to: choice.toDate })),
    })),
  };
};
