import { z } from 'zod';

/**
 * The closed set of error kinds and their one HTTP mapping. Codes inside a kind are stable strings the UI
 * translates (`errors.<CODE>`); a rule refusal names the rule (R-number) in `details.rule`.
 */
export const errorKindStatus = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  payloadTooLarge: 413,
  ruleRefused: 422,
  rateLimited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorKind = keyof typeof errorKindStatus;

export const errorCodes = [
  'VALIDATION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHENTICATED',
  'SECOND_FACTOR_REQUIRED',
  'INVALID_SECOND_FACTOR',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'CSRF_REJECTED',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'ALREADY_EXISTS',
  'PASSWORD_TOO_WEAK',
  'OWN_ACCOUNT_PROTECTED',
  'ACCOUNT_MANAGED_ELSEWHERE',
  'DUPLICATE_INSZ',
  'DUPLICATE_CLIENT',
  'INVALID_STATE',
  'RULE_REFUSED',
  'AGREEMENT_NOT_SIGNED',
  'NO_RULE_REFUSES',
  'JOB_REQUEST_TRANSITION_NOT_ALLOWED',
  'COUNSELLOR_AGENCY_MISSING',
  'LINK_INVALID',
  'LINK_EXPIRED',
  'LINK_USED',
  'IDEMPOTENCY_KEY_REUSED',
  'TIME_ENTRY_IN_FUTURE',
  'TIME_ENTRY_OVERLAP',
  'ASSIGNMENT_NOT_WORKABLE',
  'TIME_ENTRY_END_BEFORE_START',
  'IDEMPOTENCY_IN_FLIGHT',
  'RATE_LIMITED',
  'INTERNAL',
  'UNAVAILABLE',
  'CHEQUE_SERIALS_OVERLAP',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
      requestId: z.string().optional(),
    }),
  })
  .meta({ id: 'ErrorResponse' });

export type ErrorResponse = z.infer<typeof errorResponseSchema>;
