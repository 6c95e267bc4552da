import { registerAccountRoutes } from './modules/accounts/routes';
import { registerCoachingRoutes } from './modules/coaching/routes';
import { registerHealthRoutes } from './modules/health/routes';
import { registerInvitationRoutes } from './modules/invitations/routes';
import { registerMunicipalityRoutes } from './modules/municipalities/routes';
import { registerOfficeRoutes } from './modules/offices/routes';
import { registerOrganiserRoutes } from './modules/organiser/routes';
import { registerParticipantRoutes } from './modules/participants/routes';
import { registerReferralRoutes } from './modules/referrals/routes';
import { registerSessionRoutes } from './modules/sessions/routes';
import { participantTrajectories } from './modules/trajectories/participant-trajectories';
import { registerTrajectoryRoutes } from './modules/trajectories/routes';
import { buildPlatform, type App, type BuildOptions } from './platform/http/build-app';

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
  return app;
};
