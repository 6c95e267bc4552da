import { registerAccountRoutes } from './modules/accounts/routes';
import { registerClientRoutes } from './modules/clients/routes';
import { registerCoachingRoutes } from './modules/coaching/routes';
import { registerHealthRoutes } from './modules/health/routes';
import { registerJobRoutes } from './modules/jobs/routes';
import { registerMunicipalityRoutes } from './modules/municipalities/routes';
import { registerOfficeRoutes } from './modules/offices/routes';
import { registerOrganiserRoutes } from './modules/organiser/routes';
import { registerParticipantRoutes } from './modules/participants/routes';
import { registerReferralRoutes } from './modules/referrals/routes';
import { registerSessionRoutes } from './modules/sessions/routes';
import { participantTrajectories } from './modules/trajectories/participant-trajectories';
import { registerTrajectoryRoutes } from './modules/trajectories/routes';
import { buildPlatform, type App, type BuildOptions } from './platform/http/build-app';
import type { JobDefinition } from './platform/jobs/job-definition';
import type { JobSchedule } from './platform/jobs/job-schedule';

/**
 * The one app composer: the platform first, then every capability of the product. Used by the server, the CLI,
 * the benchmarks and every API test; the platform itself never imports a module.
 */
export const buildApp = async (options: BuildOptions): Promise<App> => {
  const app = await buildPlatform(options);
  registerHealthRoutes(app);
  registerSessionRoutes(app);
  registerAccountRoutes(app);
  registerOrganiserRoutes(app);
  registerMunicipalityRoutes(app);
  registerOfficeRoutes(app);
  registerReferralRoutes(app);
  registerParticipantRoutes(app, { trajectories: participantTrajectories });
  registerTrajectoryRoutes(app);
  registerCoachingRoutes(app);
  registerClientRoutes(app);
  registerJobRoutes(app);
  return app;
};

/** Every kind of background job the modules define, for the job runner the server starts (none yet). */
export const jobDefinitions: readonly JobDefinition[] = [];

/** The recurring schedules (daily at a Brussels time) that enqueue those jobs. */
export const jobSchedules: readonly JobSchedule[] = [];
