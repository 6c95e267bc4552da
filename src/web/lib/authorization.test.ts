import { describe, expect, it } from 'vitest';
import { accountsPolicy } from '../../contracts/policies/accounts';
import { coachingPolicy } from '../../contracts/policies/coaching';
import { invitationsPolicy } from '../../contracts/policies/invitations';
import { officesPolicy } from '../../contracts/policies/offices';
import { organiserPolicy } from '../../contracts/policies/organiser';
import { participantsPolicy } from '../../contracts/policies/participants';
import { isAllowed, type PolicyTable } from '../../contracts/policies/policy-table';
import { referralsPolicy } from '../../contracts/policies/referrals';
import { trajectoriesPolicy } from '../../contracts/policies/trajectories';
import { roles } from '../../contracts/roles';
import { can, type UiAction } from './authorization';

const serverTables: PolicyTable[] = [
  accountsPolicy,
  coachingPolicy,
  invitationsPolicy,
  officesPolicy,
  organiserPolicy,
  participantsPolicy,
  referralsPolicy,
  trajectoriesPolicy,
];

describe('what the interface offers to whom (decision 030)', () => {
  it('offers every server action to exactly the roles the server allows it', () => {
    for (const table of serverTables) {
      for (const action of Object.keys(table)) {
        for (const role of roles) expect(can(role, action as UiAction), `${role} ${action}`).toBe(isAllowed(table, action, role));
      }
    }
  });

  it('keeps only the cockpit and the intake queue as actions of its own', () => {
    expect(roles.filter((role) => can(role, 'cockpit.view'))).toEqual(['counsellor']);
    expect(roles.filter((role) => can(role, 'referrals.queue'))).toEqual(['coordinator', 'admin', 'auditor']);
  });
});
