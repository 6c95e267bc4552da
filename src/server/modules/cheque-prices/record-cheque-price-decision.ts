import { eq } from 'drizzle-orm';
import type { ChequePriceDecisions, RecordChequePriceDecisionRequest } from '../../../contracts/cheque-prices';
import { validateOrganiserSettings } from '../../../domain/organiser/organiser-settings';
import { parseCivilDate } from '../../../domain/time/civil-date';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { ruleRefused } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { listChequePriceDecisions } from './cheque-price-decisions';
import { chequePriceDecisions } from './schema';

/**
 * Records a price decision (R9): the price must lie in the legal band on its step on the day it takes effect, and
 * two different prices decided on one day are refused, as neither would be the later (decision 115).
 */
export const recordChequePriceDecision = async (
  tx: Transaction,
  context: RequestContext,
  { priceCents, decidedOn }: RecordChequePriceDecisionRequest,
): Promise<ChequePriceDecisions> => {
  const { organiserId } = context.actor;
  const existing = await tx
    .select({ priceCents: chequePriceDecisions.priceCents, decidedOn: chequePriceDecisions.decidedOn })
    .from(chequePriceDecisions)
    .where(eq(chequePriceDecisions.organiserId, organiserId));
  const verdict = validateOrganiserSettings({
    chequePriceDecisions: [...existing, { priceCents, decidedOn }].map((decision) => ({ ...decision, decidedOn: parseCivilDate(decision.decidedOn) })),
  });
  if (!verdict.allowed) throw ruleRefused(verdict.reasons, 'The cheque price is outside the legal band');
  const [created] = await tx
    .insert(chequePriceDecisions)
    .values({ organiserId, priceCents, decidedOn, recordedByAccountId: context.actor.accountId, recordedAt: context.now })
    .returning({ id: chequePriceDecisions.id });
  await recordAudit(tx, context, {
    action: 'cheque_price.decide',
    entityType: 'cheque_price_decision',
    entityId: created?.id ?? organiserId,
    changedFields: { priceCents, decidedOn },
  });
  return listChequePriceDecisions(tx, context);
};
