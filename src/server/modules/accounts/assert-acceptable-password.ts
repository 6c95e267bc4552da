import { findPasswordProblem } from '../../platform/auth/password-policy';
import { AppError } from '../../platform/http/app-error';

/** 400 `PASSWORD_TOO_WEAK` (with the reason) for a password the policy refuses. */
export const assertAcceptablePassword = (password: string): void => {
  const problem = findPasswordProblem(password);
  if (problem) {
    throw new AppError('validation', 'PASSWORD_TOO_WEAK', 'Choose another password', { reason: problem });
  }
};
