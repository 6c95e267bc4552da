import { roles } from '../roles';
import type { PolicyTable } from './policy-table';

/** Only the organiser's admin manages accounts; the auditor may read them; everyone changes their own password and how messages reach them. */
export const accountsPolicy = {
  'accounts.read': ['admin', 'auditor'],
  'accounts.create': ['admin'],
  'accounts.update': ['admin'],
  'accounts.endSessions': ['admin'],
  'accounts.changeOwnPassword': roles,
  'accounts.ownMessagePreferences': roles,
  'accounts.twoFactor': roles,
  'accounts.resetTwoFactor': ['admin'],
} as const satisfies PolicyTable;
