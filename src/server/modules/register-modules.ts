import type { App } from '../platform/http/build-app';
import { registerAccountRoutes } from './accounts/routes';
import { registerCoachingRoutes } from './coaching/routes';
import { registerHealthRoutes } from './health/routes';
import { registerMunicipalityRoutes } from './municipalities/routes';
import { registerOfficeRoutes } from './offices/routes';
import { registerOrganiserRoutes } from './organiser/routes';
import { registerParticipantRoutes } from './participants/routes';
import { registerReferralRoutes } from './referrals/routes';
import { registerSessionRoutes } from './sessions/routes';
import { registerTrajectoryRoutes } from './trajectories/routes';

/** Every capability of the product, registered in one place. */
export const registerModules = (app: App): void => {
  registerHealthRoutes(app);
  registerSessionRoutes(app);
  registerAccountRoutes(app);
  registerOrganiserRoutes(app);
  registerMunicipalityRoutes(app);
  registerOfficeRoutes(app);
  registerReferralRoutes(app);
  registerParticipantRoutes(app);
  registerTrajectoryRoutes(app);
  registerCoachingRoutes(app);
};
