import type { TFunction } from 'i18next';
import { ApiError, errorMessageKey } from '../../../lib/api-error';
import { fieldErrorsFromServer, type FieldErrors } from '../../../lib/validation';

export type SaveFailure = { message: string; fieldErrors: FieldErrors; isConflict: boolean };

/** One reading of a failed save for every office form: an alert text, field messages, and whether to reload. */
export const describeSaveFailure = (error: unknown, t: TFunction): SaveFailure => ({
  message: t(errorMessageKey(error)),
  fieldErrors:
    error instanceof ApiError && error.code === 'VALIDATION_FAILED' ? fieldErrorsFromServer(t, error.fieldIssues) : {},
  isConflict: error instanceof ApiError && error.code === 'VERSION_CONFLICT',
});
