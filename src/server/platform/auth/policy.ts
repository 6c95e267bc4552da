import type { PolicyTable } from '../../../contracts/policies/policy-table';

export type RouteAccess =
  | { kind: 'public' }
  /** `duringLogin`: also reachable by a session whose second factor (or its setup) is still due. */
  | { kind: 'policy'; policy: PolicyTable; action: string; duringLogin?: boolean };

export const publicAccess: RouteAccess = { kind: 'public' };

export const allow = <P extends PolicyTable>(policy: P, action: keyof P & string): RouteAccess => ({
  kind: 'policy',
  policy,
  action,
});

/** For the few routes that finish a login: the session itself, the second factor, its setup. */
export const allowDuringLogin = <P extends PolicyTable>(policy: P, action: keyof P & string): RouteAccess => ({
  kind: 'policy',
  policy,
  action,
  duringLogin: true,
});
