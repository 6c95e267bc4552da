import { noContentSchema } from '../../../contracts/common';
import { logInRequestSchema, secondFactorRequestSchema, sessionResponseSchema } from '../../../contracts/sessions';
import { allowDuringLogin, publicAccess } from '../../platform/auth/policy';
import { sessionCookieName } from '../../platform/auth/session-token';
import type { App } from '../../platform/http/build-app';
import { inAnonymousTransaction, inSnapshot, inTransaction } from '../../platform/http/transaction';
import { completeSecondFactor } from './complete-second-factor';
import { findSession } from './find-session';
import { logIn } from './log-in';
import { logOut } from './log-out';
import { sessionsPolicy } from '../../../contracts/policies/sessions';

export const registerSessionRoutes = (app: App): void => {
  const cookieName = sessionCookieName(app.config.isSecureTransport);
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: app.config.isSecureTransport,
  } as const;

  app.post('/api/session', {
    config: { access: publicAccess },
    schema: { operationId: 'logIn', summary: 'Log in with e-mail and password', tags: ['sessions'], body: logInRequestSchema, response: { 200: sessionResponseSchema } },
    handler: async (request, reply) => {
      const { token, session } = await inAnonymousTransaction(request, (tx, context) =>
        logIn(tx, context, { ...request.body, absoluteHours: app.config.sessionAbsoluteHours }),
      );
      reply.setCookie(cookieName, token, { ...cookieOptions, maxAge: app.config.sessionAbsoluteHours * 3600 });
      return session;
    },
  });

  app.get('/api/session', {
    config: { access: allowDuringLogin(sessionsPolicy, 'sessions.read') },
    schema: { operationId: 'getSession', summary: 'The current session and its CSRF token', tags: ['sessions'], response: { 200: sessionResponseSchema } },
    handler: (request) => inSnapshot(request, (db, context) => findSession(db, context)),
  });

  app.post('/api/session/second-factor', {
    config: { access: allowDuringLogin(sessionsPolicy, 'sessions.secondFactor') },
    schema: {
      operationId: 'completeSecondFactor',
      summary: 'Finish logging in with an authenticator code',
      tags: ['sessions'],
      body: secondFactorRequestSchema,
      response: { 200: sessionResponseSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => completeSecondFactor(tx, context, request.body)),
  });

  app.delete('/api/session', {
    config: { access: allowDuringLogin(sessionsPolicy, 'sessions.delete') },
    schema: { operationId: 'logOut', summary: 'Log out', tags: ['sessions'], response: { 204: noContentSchema } },
    handler: async (request, reply) => {
      await inTransaction(request, (tx, context) => logOut(tx, context));
      reply.clearCookie(cookieName, cookieOptions);
      return reply.status(204).send(null);
    },
  });
};
