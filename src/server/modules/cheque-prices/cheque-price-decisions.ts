import { asc, eq } from 'drizzle-orm';
import type { ChequePriceDecisions, ChequePriceOn } from '../../../contracts/cheque-prices';
import { chequePriceEffectiveFrom, organiserChequePriceOn, type ChequePriceDecision } from '../../../domain/organiser/organiser-settings';
import { parseCivilDate } from '../../../domain/time/civil-date';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { chequePriceDecisions } from './schema';

const decisionsOf = async (db: Executor, organiserId: string) =>
  (
    await db
      .select({ id: chequePriceDecisions.id, priceCents: chequePriceDecisions.priceCents, decidedOn: chequePriceDecisions.decidedOn })
      .from(chequePriceDecisions)
      .where(eq(chequePriceDecisions.organiserId, organiserId))
      .orderBy(asc(chequePriceDecisions.decidedOn), asc(chequePriceDecisions.recordedAt))
  ).map((row) => ({ ...row, decidedOn: parseCivilDate(row.decidedOn) }));

/** The organiser's price decisions with the date each takes effect and whether a later one replaced it (decision 115). */
export const listChequePriceDecisions = async (db: Executor, context: RequestContext): Promise<ChequePriceDecisions> => {
  const decisions = await decisionsOf(db, context.actor.organiserId);
  return {
    decisions: decisions.map((decision) => {
      const effectiveFrom = chequePriceEffectiveFrom(decision.decidedOn);
      return {
        ...decision,
        effectiveFrom,
        replaced: decisions.some((other) => other.decidedOn > decision.decidedOn && chequePriceEffectiveFrom(other.decidedOn) <= effectiveFrom),
      };
    }),
  };
};

/** The cheque price that applies on `date` (R9): the latest decision in effect. */
export const chequePriceOn = async (db: Executor, context: RequestContext, { date }: { date: string }): Promise<ChequePriceOn> => {
  const day = parseCivilDate(date);
  const decisions: ChequePriceDecision[] = await decisionsOf(db, context.actor.organiserId);
  const priceCents = organiserChequePriceOn({ chequePriceDecisions: decisions }, day);
  const applying = decisions.filter((decision) => chequePriceEffectiveFrom(decision.decidedOn) <= day).at(-1);
  return { date: day, priceCents, decidedOn: priceCents === null ? null : (applying?.decidedOn ?? null) };
};
