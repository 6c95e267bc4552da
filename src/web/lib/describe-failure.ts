import type { TFunction } from 'i18next';
import { ApiError, errorMessageKey } from './api-error';
import { ruleReasonsOf, type RuleReasonView } from './rule-reasons';
import { fieldErrorsFromServer, type FieldErrors } from './validation';

export type Failure = { message: string; fieldErrors: FieldErrors; reasons: RuleReasonView[]; isConflict: boolean };

/**
 * One reading of a failed write for the participant screens: an alert text, field messages for a 400, every rule
 * reason of a refusal (shown with its rule), and whether the record changed underneath (409 → reload).
 */
export const describeFailure = (error: unknown, t: TFunction): Failure => {
  const reasons = ruleReasonsOf(error);
  const isConflict = error instanceof ApiError && error.code === 'VERSION_CONFLICT';
  const message = reasons.length > 0 ? t('errors.RULE_REFUSED') : isConflict ? t('common.recordConflict') : t(errorMessageKey(error));
  return {
    message,
    fieldErrors: error instanceof ApiError && error.code === 'VALIDATION_FAILED' ? fieldErrorsFromServer(t, error.fieldIssues) : {},
    reasons,
    isConflict,
  };
};
