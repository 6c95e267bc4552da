import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorResponse } from '../../../contracts/errors';
import { AppError } from './app-error';

/** One mapping from errors to responses; no stack traces or SQL ever reach the client. */
export const registerErrorHandling = (app: FastifyInstance): void => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const respond = (status: number, body: ErrorResponse['error']) =>
      reply.status(status).send({ error: { ...body, requestId: request.id } });

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
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return respond(400, { code: 'VALIDATION_FAILED', message: 'The request is not valid' });
    }
    request.log.error({ err: error }, 'unexpected error');
    return respond(500, { code: 'INTERNAL', message: 'Something went wrong on our side' });
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send({ error: { code: 'NOT_FOUND', message: 'No such resource', requestId: request.id } } satisfies ErrorResponse),
  );
};
