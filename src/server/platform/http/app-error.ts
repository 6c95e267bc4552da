import { errorKindStatus, type ErrorCode, type ErrorKind } from '../../../contracts/errors';

/** The only error type services throw on purpose; anything else becomes a generic 500. */
export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly code: ErrorCode;
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

export const versionConflict = () =>
  new AppError('conflict', 'VERSION_CONFLICT', 'The record was changed by someone else; reload and try again');
