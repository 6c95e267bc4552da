import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorResponse } from '../../../contracts/errors';
import { DomainInputError } from '../../../domain/errors/domain-input-error';
import { AppError } from './app-error';
import { databaseErrorCode } from './log-serializers';

// Connection exceptions (08…), server shutdown (57P01–57P03) and refused or reset connections.
const isUnavailable = (code: string): boolean => code.startsWith('08') || /^57P0[1-3]$/.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT'].includes(code);

/** One mapping from errors to responses; no stack traces or SQL ever reach the client. */
export const registerErrorHandling = (app: FastifyInstance): void => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const respond = (status: number, body: ErrorResponse['error']) => reply.status(status).send({ error: { ...body, requestId: request.id } });

    if (error instanceof AppError) {
      return respond(error.statusCode, { code: error.code, message: error.message, details: error.details });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((issue) => ({
        path: `${error.validationContext ?? 'request'}${issue.instancePath.replaceAll('/', '.')}`,
        message: issue.message ?? 'invalid',
      }));
      return respond(400, { code: 'VALIDATION_FAILED', message: 'The request is not valid', details: { issues } });
    }
    if (error instanceof DomainInputError) {
      // A value the contract let through but no rule applies to (e.g. a date before the scheme began in 2018).
      return respond(400, { code: 'VALIDATION_FAILED', message: 'The request is not valid', details: { reason: error.code, ...error.details } });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      // Its own status and code, so a client can say "too large" instead of pointing at a field.
      return respond(413, {
        code: 'PAYLOAD_TOO_LARGE',
        message: 'The request body is larger than this route accepts',
        details: { limitBytes: request.routeOptions.bodyLimit },
      });
    }
    const databaseCode = databaseErrorCode(error);
    if (databaseCode === '23505') {
      // A unique index caught a race the service's own check could not see (two identical writes at once).
      return respond(409, { code: 'ALREADY_EXISTS', message: 'This already exists' });
    }
    if (databaseCode !== null && isUnavailable(databaseCode)) {
      request.log.error({ err: error }, 'database unavailable');
      return respond(503, { code: 'UNAVAILABLE', message: 'The service is temporarily unavailable; try again shortly' });
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return respond(400, { code: 'VALIDATION_FAILED', message: 'The request is not valid' });
    }
    request.log.error({ err: error }, 'unexpected error');
    return respond(500, { code: 'INTERNAL', message: 'Something went wrong on our side' });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'No such resource', requestId: request.id } } satisfies ErrorResponse),
  );
};
