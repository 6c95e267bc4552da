import { ApiError } from './api-error';

/** A scheme rule's answer as the API sends it: a stable code to translate and the rule (R1, R3 …) it comes from. */
export type RuleReasonView = { code: string; rule: string; details?: Record<string, unknown> | undefined };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const reasonFrom = (value: unknown): RuleReasonView[] => {
  if (!isRecord(value)) return [];
  const { code, rule, details } = value;
  if (typeof code !== 'string' || typeof rule !== 'string') return [];
  return [{ code, rule, details: isRecord(details) ? details : undefined }];
};

/**
 * Every rule reason of a refusal. A 422 lists them in `details.reasons`; a refusal without that list but with a
 * rule (AGREEMENT_NOT_SIGNED, R7) becomes one reason with the error's own code, so the screen can always show the rule.
 */
export const ruleReasonsOf = (error: unknown): RuleReasonView[] => {
  if (!(error instanceof ApiError)) return [];
  const listed = error.details.reasons;
  if (Array.isArray(listed)) return listed.flatMap(reasonFrom);
  const rule = error.details.rule;
  return typeof rule === 'string' ? [{ code: error.code, rule }] : [];
};
