import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { municipalities } from '../municipalities/schema';
import { coachMunicipalities } from './schema';

/** Sets the municipalities with the werkcoach arrangement; each must be one of the organiser's own. */
export const replaceCoachMunicipalities = async (
  tx: Transaction,
  context: RequestContext,
  { municipalityIds }: { municipalityIds: readonly string[] },
): Promise<{ municipalityIds: string[] }> => {
  const organiserId = context.actor.organiserId;
  const wanted = [...new Set(municipalityIds)];
  const own = wanted.length
    ? await tx
        .select({ id: municipalities.id })
        .from(municipalities)
        .where(and(eq(municipalities.organiserId, organiserId), inArray(municipalities.id, wanted)))
    : [];
  if (own.length !== wanted.length) throw notFound('Municipality');
  await tx.delete(coachMunicipalities).where(eq(coachMunicipalities.organiserId, organiserId));
  if (wanted.length) await tx.insert(coachMunicipalities).values(wanted.map((municipalityId) => ({ organiserId, municipalityId })));
  await recordAudit(tx, context, { action: 'coach_municipalities.replace', entityType: 'organiser', entityId: organiserId, changedFields: { municipalityIds: wanted } });
  return { municipalityIds: wanted };
};
