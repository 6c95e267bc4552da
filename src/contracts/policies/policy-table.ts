import type { Role } from '../roles';

/**
 * One readable table per module: action -> roles allowed; anything not listed is denied. The server enforces these
 * tables on every route, and the web reads the same ones to offer only what a role may use (decision 030).
 */
export type PolicyTable = Readonly<Record<string, readonly Role[]>>;

export const isAllowed = (policy: PolicyTable, action: string, role: Role): boolean => policy[action]?.includes(role) ?? false;
