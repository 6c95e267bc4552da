import { registerAccountRoutes } from './modules/accounts/routes';
import { registerActivityRoutes } from './modules/activities/routes';
import { registerChequePriceRoutes } from './modules/cheque-prices/routes';
import { registerChequeRoutes } from './modules/cheques/routes';
import { registerJobRequestRoutes } from './modules/job-requests/routes';
import { registerClientApplicationRoutes } from './modules/client-applications/routes';
import { registerClientPortalRoutes } from './modules/client-portal/routes';
import { registerClientRoutes } from './modules/clients/routes';
import { registerCoachingRoutes } from './modules/coaching/routes';
import { registerHealthRoutes } from './modules/health/routes';
import { createTransports } from './modules/messages/create-transports';
import { deliverMessageJob } from './modules/messages/deliver-message-job';
import { registerMessageRoutes } from './modules/messages/routes';
import { registerInvitationRoutes } from './modules/invitations/routes';
import { staffDigestJob, staffDigestSchedule } from './modules/messages/staff-digest-job';
import { registerJobRoutes } from './modules/jobs/routes';
import { registerAssignmentRoutes } from './modules/assignments/routes';
import { registerIncidentRoutes } from './modules/incidents/routes';
import { registerMatchingRoutes } from './modules/matching/routes';
import { registerMunicipalityRoutes } from './modules/municipalities/routes';
import { registerOfficeRoutes } from './modules/offices/routes';
import { registerOrganiserRoutes } from './modules/organiser/routes';
import { registerParticipantRoutes } from './modules/participants/routes';
import { registerReferralRoutes } from './modules/referrals/routes';
import { registerSessionRoutes } from './modules/sessions/routes';
import { participantTrajectories } from './modules/trajectories/participant-trajectories';
import { registerTrajectoryRoutes } from './modules/trajectories/routes';
import type { Config } from './platform/config';
import { buildPlatform, type App, type BuildOptions } from './platform/http/build-app';
import type { JobDefinition } from './platform/jobs/job-definition';
import type { JobSchedule } from './platform/jobs/job-schedule';
import { registerTimeEntryRoutes } from './modules/time-entries/routes';
import { autoConfirmJob, autoConfirmSchedule } from './modules/time-entries/auto-confirm-job';

/**
 * The one app composer: the platform first, then every capability of the product. Used by the server, the CLI,
 * the benchmarks and every API test; the platform itself never imports a module.
 */
export const buildApp = async (options: BuildOptions): Promise<App> => {
  const app = await buildPlatform(options);
  registerHealthRoutes(app);
  registerSessionRoutes(app);
  registerAccountRoutes(app);
  registerInvitationRoutes(app);
  registerOrganiserRoutes(app);
  registerMunicipalityRoutes(app);
  registerOfficeRoutes(app);
  registerReferralRoutes(app);
  registerParticipantRoutes(app, { trajectories: participantTrajectories });
  registerTrajectoryRoutes(app);
  registerCoachingRoutes(app);
  registerMessageRoutes(app);
  registerClientRoutes(app);
  registerJobRoutes(app);
  registerActivityRoutes(app);
  registerJobRequestRoutes(app);
  registerChequePriceRoutes(app);
  registerClientApplicationRoutes(app);
  registerAssignmentRoutes(app);
  registerMatchingRoutes(app);
  registerClientPortalRoutes(app);
  registerTimeEntryRoutes(app);
  registerChequeRoutes(app);
  registerIncidentRoutes(app);
  return app;
};

/** The product's background jobs and their daily schedules; `close` ends the connections the jobs hold. */
export type ProductJobs = { definitions: readonly JobDefinition[]; schedules: readonly JobSchedule[]; close: () => void };

/**
 * Every kind of background job the modules define, with the message transports the configuration sets up
 * (decision 037): for the job runner of a server process, and for tests that run due jobs by hand.
 */
export const buildJobs = (config: Config): ProductJobs => {
  const transports = createTransports(config);
  return {
    definitions: [deliverMessageJob(transports), staffDigestJob, autoConfirmJob],
    schedules: [staffDigestSchedule, autoConfirmSchedule],
    close: () => transports.email?.close(),
  };
};
