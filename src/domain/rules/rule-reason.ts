/** The rule numbers of docs/RULES.md (and ../shared/reference/DOMAIN.md §0). */
export type RuleId =
  | 'R1'
  | 'R2'
  | 'R3'
  | 'R4'
  | 'R5'
  | 'R6'
  | 'R7'
  | 'R8'
  | 'R9'
  | 'R10'
  | 'R11'
  | 'R12'
  | 'R13'
  | 'R14'
  | 'R15'
  | 'R16'
  | 'R17'
  | 'R18'
  | 'R19'
  | 'R20'
  | 'R21'
  | 'R22'
  | 'R23';

/** Scalar detail values only, so every reason serialises to JSON unchanged. */
export type ReasonDetails = Readonly<Record<string, string | number | boolean | null>>;

/**
 * Why a rule refused (or warns about) something. `code` is stable and translated by the UI;
 * `rule` ties it to docs/RULES.md.
 */
export type RuleReason<Code extends string = string> = {
  readonly code: Code;
  readonly rule: RuleId;
  readonly details?: ReasonDetails;
};

/** The shape every yes/no rule check returns: the verdict and every reason, never just the first. */
export type RuleVerdict<Code extends string = string> = {
  readonly allowed: boolean;
  readonly reasons: readonly RuleReason<Code>[];
};

/** Builds a verdict that is allowed exactly when no reason was found. */
export function verdictFromReasons<Code extends string>(reasons: readonly RuleReason<Code>[]): RuleVerdict<Code> {
  return { allowed: reasons.length === 0, reasons };
}
