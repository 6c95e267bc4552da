import { errorKindStatus, type ErrorCode, type ErrorKind } from '../../../contracts/errors';
import type { RuleReason } from '../../../domain/rules/rule-reason';

/** The only error type services throw on purpose; anything else becomes a generic 500. */
export class AppError extends Error {
  readonly kind: ErrorKind;
  /** An `ErrorCode`, or for rule refusals the domain's reason code (e.g. `DOMICILE_OUTSIDE_FLANDERS`). */
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(kind: ErrorKind, code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.details = details;
  }

  get statusCode(): number {
    return errorKindStatus[this.kind];
  }
}

export const notFound = (entity: string) => new AppError('notFound', 'NOT_FOUND', `${entity} not found`);

export const versionConflict = () => new AppError('conflict', 'VERSION_CONFLICT', 'The record was changed by someone else; reload and try again');

/** A scheme rule said no: 422 with the first reason's code (e.g. `DOMICILE_OUTSIDE_FLANDERS`), its rule, and every reason. */
class RuleRefusal extends AppError {
  override readonly code: string;

  constructor(reasons: readonly RuleReason[], message: string) {
    const [first] = reasons;
    super('ruleRefused', 'RULE_REFUSED', message, { rule: first?.rule ?? null, reasons });
    this.code = first?.code ?? 'RULE_REFUSED';
  }
}

export const ruleRefused = (reasons: readonly RuleReason[], message = 'The scheme rules do not allow this'): AppError => new RuleRefusal(reasons, message);
