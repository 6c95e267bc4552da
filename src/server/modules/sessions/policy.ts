import { roles } from '../../../contracts/roles';
import type { PolicyTable } from '../../platform/auth/policy';

/** Every logged-in role may see and end its own session. */
export const sessionsPolicy = {
  'sessions.read': roles,
  'sessions.delete': roles,
  'sessions.secondFactor': roles,
} as const satisfies PolicyTable;
