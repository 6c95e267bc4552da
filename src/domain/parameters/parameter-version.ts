import type { CivilDate } from '../time/civil-date';

/**
 * Where a value comes from: a source tag of ../shared/reference/DOMAIN.md (`S9`), the seed flyer, a source quoted in
 * ../shared/reference/REGULATION-CHECK.md for the rule (`regulation-check`, named in the version's note), or
 * `product` for choices the regulation leaves to us (each backed by a docs/decisions record).
 */
export type SourceTag = `S${number}` | 'seed:flyer' | 'regulation-check' | 'product';

/** One value of a scheme parameter, valid from `validFrom` until the next version's `validFrom`. */
export type ParameterVersion<Value> = {
  readonly validFrom: CivilDate;
  readonly value: Value;
  readonly sources: readonly SourceTag[];
  /** Set when no source confirms the value (DOMAIN.md "UNCONFIRMED"); the choice is documented in docs/RULES.md. */
  readonly unconfirmed?: true;
  readonly note?: string;
};
