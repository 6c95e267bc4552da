import type { ApiError } from './api-error';

type ProblemKey = 'passwordProblems.TOO_SHORT' | 'passwordProblems.TOO_LONG' | 'passwordProblems.TOO_COMMON' | 'errors.PASSWORD_TOO_WEAK';

/** A refused new password names its reason in `details.reason`; each reason has its own plain sentence. */
export const passwordProblemKey = (error: ApiError): ProblemKey => {
  const reason = error.details.reason;
  if (reason === 'TOO_SHORT' || reason === 'TOO_LONG' || reason === 'TOO_COMMON') return `passwordProblems.${reason}`;
  return 'errors.PASSWORD_TOO_WEAK';
};
