import type { Role } from '../../contracts/roles';

/**
 * What the interface offers to whom. It mirrors the server's policy tables only to hide what a role cannot use;
 * the server stays the one that enforces.
 */
const uiPolicy = {
  'offices.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type UiAction = keyof typeof uiPolicy;

export const can = (role: Role, action: UiAction): boolean => (uiPolicy[action] as readonly Role[]).includes(role);
