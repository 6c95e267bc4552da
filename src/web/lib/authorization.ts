import { accountsPolicy } from '../../contracts/policies/accounts';
import { clientApplicationsPolicy } from '../../contracts/policies/client-applications';
import { activitiesPolicy } from '../../contracts/policies/activities';
import { chequePricesPolicy } from '../../contracts/policies/cheque-prices';
import { assignmentsPolicy } from '../../contracts/policies/assignments';
import { clientPortalPolicy } from '../../contracts/policies/client-portal';
import { clientsPolicy } from '../../contracts/policies/clients';
import { coachingPolicy } from '../../contracts/policies/coaching';
import { invitationsPolicy } from '../../contracts/policies/invitations';
import { jobRequestsPolicy } from '../../contracts/policies/job-requests';
import { jobsPolicy } from '../../contracts/policies/jobs';
import { matchingPolicy } from '../../contracts/policies/matching';
import { messagesPolicy } from '../../contracts/policies/messages';
import { officesPolicy } from '../../contracts/policies/offices';
import { organiserPolicy } from '../../contracts/policies/organiser';
import { participantsPolicy } from '../../contracts/policies/participants';
import { isAllowed } from '../../contracts/policies/policy-table';
import { referralsPolicy } from '../../contracts/policies/referrals';
import { trajectoriesPolicy } from '../../contracts/policies/trajectories';
import type { Role } from '../../contracts/roles';

/** The server's own tables (decision 030): the interface hides what a role cannot use; the server enforces. */
const serverPolicy = {
  ...accountsPolicy,
  ...clientApplicationsPolicy,
  ...clientPortalPolicy,
  ...clientsPolicy,
  ...coachingPolicy,
  ...invitationsPolicy,
  ...jobsPolicy,
  ...matchingPolicy,
  ...messagesPolicy,
  ...officesPolicy,
  ...organiserPolicy,
  ...participantsPolicy,
  ...referralsPolicy,
  ...trajectoriesPolicy,
  ...activitiesPolicy,
  ...jobRequestsPolicy,
  ...chequePricesPolicy,
  ...assignmentsPolicy,
};

/** UI only: screens the server has no action of their own for. */
const uiOnlyPolicy = {
  // The counsellor's own start page: their referrals and the people they follow.
  'cockpit.view': ['counsellor'],
  // The intake queue is the organiser's work list; a counsellor reads their own referrals in the cockpit instead.
  'referrals.queue': referralsPolicy['referrals.read'].filter((role) => role !== 'counsellor'),
} satisfies Record<string, readonly Role[]>;

const uiPolicy = { ...serverPolicy, ...uiOnlyPolicy };

export type UiAction = keyof typeof uiPolicy;

export const can = (role: Role, action: UiAction): boolean => isAllowed(uiPolicy, action, role);
