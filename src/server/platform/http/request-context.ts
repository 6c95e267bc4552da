import type { Actor } from '../auth/actor';

/** What a service needs to know about the request besides its input: who, when, and for the audit trail. */
export type RequestContext = {
  actor: Actor;
  requestId: string;
  ip: string;
  now: Date;
};

/** The same, before anyone is logged in (login, public pages). */
export type AnonymousContext = Omit<RequestContext, 'actor'>;
