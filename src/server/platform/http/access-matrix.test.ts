import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../../../contracts/roles';
import { setUpOrganiser, useTestApp, type Session } from '../../testing/test-app';
import { isAllowed } from '../../../contracts/policies/policy-table';

const someId = '00000000-0000-4000-8000-000000000000';

/**
 * Generated from the route inventory, so a new endpoint is covered the day it is added:
 * every role the policy does not list gets 403 (before any input is looked at), and every validated part of
 * the request (path ids, query, body) refuses bad input with 400 for a role that is allowed.
 */
describe('access matrix and bad input, for every API route', () => {
  const t = useTestApp();

  const policyRoutes = () => t.app.routeInventory.filter((route) => route.url.startsWith('/api/') && route.access?.kind === 'policy');

  const call = (session: Session, method: string, url: string, payload?: unknown) =>
    session.request({
      method,
      url,
      headers: { 'content-type': 'application/json' },
      payload: method === 'GET' || method === 'DELETE' ? undefined : typeof payload === 'string' ? payload : JSON.stringify(payload ?? {}),
    });

  it('refuses every role outside the policy with 403', async () => {
    const { sessions } = await setUpOrganiser(t.app, roles);
    let checked = 0;
    for (const route of policyRoutes()) {
      if (route.access?.kind !== 'policy') continue;
      const url = route.url.replaceAll(/:[a-zA-Z]+/g, someId);
      for (const role of roles) {
        if (isAllowed(route.access.policy, route.access.action, role)) continue;
        const response = await call(sessions[role], route.method, url, {});
        expect(response.statusCode, `${role} ${route.method} ${route.url}`).toBe(403);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('refuses malformed ids, query values and bodies with 400 VALIDATION_FAILED', async () => {
    const { sessions } = await setUpOrganiser(t.app, roles);
    const allowedSession = (route: (typeof t.app.routeInventory)[number]): Session | undefined => {
      const access = route.access;
      if (access?.kind !== 'policy') return undefined;
      const role = roles.find((candidate: Role) => isAllowed(access.policy, access.action, candidate));
      return role ? sessions[role] : undefined;
    };
    for (const route of policyRoutes()) {
      const session = allowedSession(route);
      if (!session) continue;
      const validUrl = route.url.replaceAll(/:[a-zA-Z]+/g, someId);
      const probes: Array<[string, string, unknown]> = [];
      if (route.validates.params) probes.push(['params', route.url.replaceAll(/:[a-zA-Z]+/g, 'not-an-id'), {}]);
      if (route.validates.querystring) probes.push(['querystring', `${validUrl}?limit=0&unknownFilter=1`, undefined]);
      if (route.validates.body) {
        probes.push(['body', validUrl, { unexpectedField: { role: 'admin' } }]);
        probes.push(['body with __proto__', validUrl, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}']);
      }
      for (const [part, url, payload] of probes) {
        const response = await call(session, route.method, url, payload);
        expect(response.statusCode, `${part}: ${route.method} ${route.url}`).toBe(400);
        expect(response.json(), `${part}: ${route.method} ${route.url}`).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
        expect(response.body).not.toMatch(/stack|select |insert |at Object/i);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
