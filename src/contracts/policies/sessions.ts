import { roles } from '../roles';
import type { PolicyTable } from './policy-table';

/** Every logged-in role may see and end its own session. */
export const sessionsPolicy = {
  'sessions.read': roles,
  'sessions.delete': roles,
  'sessions.secondFactor': roles,
} as const satisfies PolicyTable;
