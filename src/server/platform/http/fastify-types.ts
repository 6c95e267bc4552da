import type { Actor } from '../auth/actor';
import type { RouteAccess } from '../auth/policy';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { DatabaseHandle } from '../db/database';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every route declares who may call it; the authentication hook refuses routes without it. */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyInstance {
    database: DatabaseHandle;
    clock: Clock;
    config: Config;
  }
}
