import { and, eq, inArray } from 'drizzle-orm';
import { coachListSchema, coachMunicipalitiesSchema } from '../../../contracts/participants';
import { recordAudit } from '../../platform/audit/record-audit';
import { allow } from '../../platform/auth/policy';
import { AppError } from '../../platform/http/app-error';
import type { App } from '../../platform/http/build-app';
import { inTransaction, requestContext } from '../../platform/http/transaction';
import { municipalities } from '../municipalities/schema';
import { listCoaches } from './list-coaches';
import { coachingPolicy } from './policy';
import { coachMunicipalities } from './schema';

const tags = ['coaching'];

export const registerCoachingRoutes = (app: App): void => {
  app.get('/api/coaches', {
    config: { access: allow(coachingPolicy, 'coaches.read') },
    schema: { tags, response: { 200: coachListSchema } },
    handler: async (request) => ({ items: await listCoaches(app.database.db, requestContext(request).actor.organiserId) }),
  });

  app.get('/api/coach-municipalities', {
    config: { access: allow(coachingPolicy, 'coachMunicipalities.read') },
    schema: { tags, response: { 200: coachMunicipalitiesSchema } },
    handler: async (request) => {
      const rows = await app.database.db
        .select({ id: coachMunicipalities.municipalityId })
        .from(coachMunicipalities)
        .where(eq(coachMunicipalities.organiserId, requestContext(request).actor.organiserId));
      return { municipalityIds: rows.map((row) => row.id) };
    },
  });

  app.put('/api/coach-municipalities', {
    config: { access: allow(coachingPolicy, 'coachMunicipalities.update') },
    schema: { tags, body: coachMunicipalitiesSchema, response: { 200: coachMunicipalitiesSchema } },
    handler: (request) =>
      inTransaction(request, async (tx, context) => {
        const organiserId = context.actor.organiserId;
        const wanted = [...new Set(request.body.municipalityIds)];
        const own = wanted.length
          ? await tx.select({ id: municipalities.id }).from(municipalities).where(and(eq(municipalities.organiserId, organiserId), inArray(municipalities.id, wanted)))
          : [];
        if (own.length !== wanted.length) throw new AppError('notFound', 'NOT_FOUND', 'Municipality not found');
        await tx.delete(coachMunicipalities).where(eq(coachMunicipalities.organiserId, organiserId));
        if (wanted.length) await tx.insert(coachMunicipalities).values(wanted.map((municipalityId) => ({ organiserId, municipalityId })));
        await recordAudit(tx, context, { action: 'coach_municipalities.replace', entityType: 'organiser', entityId: organiserId, changedFields: { municipalityIds: wanted } });
        return { municipalityIds: wanted };
      }),
  });
};
