import type { Role } from '../../../contracts/roles';

/** One readable table per module: action -> roles allowed. Anything not listed is denied. */
export type PolicyTable = Readonly<Record<string, readonly Role[]>>;

export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'policy'; policy: PolicyTable; action: string };

export const publicAccess: RouteAccess = { kind: 'public' };

export const allow = <P extends PolicyTable>(policy: P, action: keyof P & string): RouteAccess => ({
  kind: 'policy',
  policy,
  action,
});

export const isAllowed = (policy: PolicyTable, action: string, role: Role): boolean =>
  policy[action]?.includes(role) ?? false;
