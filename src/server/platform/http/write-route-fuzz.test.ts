import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../../../contracts/roles';
import { buildAccount, buildOffice } from '../../testing/factories';
import { buildMunicipality, participantFields } from '../../testing/participant-fixtures';
import { queryStringArbitrary, requestArbitrary, type SchemaArbitraryOptions } from '../../testing/schema-arbitrary';
import { setUpOrganiser, useTestApp, type Session } from '../../testing/test-app';
import { isAllowed } from '../../../contracts/policies/policy-table';
import type { RouteInventoryEntry } from './build-app';

const runsPerRoute = 40;
// Query strings are cheap to answer, so they get more runs.
const runsPerQuery = 100;
const pdfBase64 = Buffer.from('%PDF-1.4\n% fuzz\n').toString('base64');

// The organiser-wide roles first, so a route's body reaches the handler for the organiser's own records.
const preferredRoles: readonly Role[] = ['coordinator', 'admin', 'counsellor', 'coach', 'finance', 'auditor', 'participant', 'client'];

const inszArbitrary = fc.integer({ min: 0, max: 999 }).map((serial) => {
  const nine = `850101${String(serial).padStart(3, '0')}`;
  return `${nine}${String(97 - Number(BigInt(nine) % 97n)).padStart(2, '0')}`;
});

/**
 * The property of issue 7: whatever a client sends in a body or query string, the answer is never 5xx. Bodies are
 * derived from each write route's own zod schema (so a new route is fuzzed the day it is added), sent by a role
 * the route allows, to path ids of the organiser's own records, so valid-looking bodies get past the 404s.
 */
describe('fuzzing every write route and list query', () => {
  const t = useTestApp();

  const send = (session: Session | undefined, method: string, url: string, payload?: unknown) => {
    const options = {
      method: method as 'POST',
      url,
      headers: { 'content-type': 'application/json' },
      payload: payload === undefined ? undefined : JSON.stringify(payload),
    };
    // Anonymous calls (the login route) come from an address of their own, so its throttle leaves the fixtures' logins alone.
    return session ? session.request(options) : t.app.inject({ ...options, remoteAddress: '192.0.2.7' });
  };

  /** One of everything a write route's path can name, all of one organiser; shared, so the query fuzz reads what the body fuzz wrote. */
  const setUp = async () => {
    const { organiser, sessions } = await setUpOrganiser(t.app, roles);
    const { coordinator, counsellor, admin } = sessions;
    const db = t.app.database.db;
    const municipality = await buildMunicipality(db, organiser.id);
    const office = await buildOffice(db, organiser.id);
    const otherAccount = await buildAccount(db, organiser.id, 'coach');
    const refer = async () => {
      const response = await send(counsellor, 'POST', '/api/referrals', {
        candidate: { firstName: 'Jan', lastName: 'Claeys', postcode: '8630' },
        agreements: 'Administratieve taken.',
      });
      expect(response.statusCode).toBe(201);
      return response.json<{ id: string }>().id;
    };
    const accept = async () => {
      const response = await send(coordinator, 'POST', `/api/referrals/${await refer()}/accept`, { version: 1, participant: participantFields() });
      expect(response.statusCode).toBe(201);
      return response.json<{ participantId: string }>().participantId;
    };
    const agreementOf = async (participantId: string) => {
      const response = await send(coordinator, 'POST', `/api/participants/${participantId}/agreements`, { plannedStartDate: '2026-12-01' });
      expect(response.statusCode).toBe(201);
      return response.json<{ agreements: Array<{ id: string }> }>().agreements[0]?.id ?? '';
    };

    const inTrajectory = await accept();
    const signed = await agreementOf(inTrajectory);
    await send(coordinator, 'POST', `/api/participants/${inTrajectory}/agreements/${signed}/sign`, { signedOn: '2026-11-24', signedHow: 'paper' });
    const started = await send(coordinator, 'POST', `/api/participants/${inTrajectory}/trajectories`, { startDate: '2026-12-01' });
    expect(started.statusCode).toBe(201);
    const trajectoryId = started.json<{ trajectories: Array<{ id: string }> }>().trajectories[0]?.id ?? '';

    const participantId = await accept();
    const agreementId = await agreementOf(participantId);
    const consent = await send(coordinator, 'POST', `/api/participants/${participantId}/consents`, { recipient: 'vdab', purpose: 'Opvolging', givenOn: '2026-11-24' });
    expect(consent.statusCode).toBe(201);
    const consentId = consent.json<{ consents: Array<{ id: string }> }>().consents[0]?.id ?? '';
    const closure = await send(admin, 'POST', `/api/offices/${office.id}/closures`, { startsOn: '2027-07-20', endsOn: '2027-08-15', reason: 'Zomer' });
    expect(closure.statusCode).toBe(201);

    const client = await send(coordinator, 'POST', '/api/clients', {
      category: 'non_profit',
      localAuthorityKind: null,
      name: 'Vzw De Kring',
      enterpriseNumber: null,
      address: { street: 'Markt 1', postcode: '8630', city: 'Veurne' },
      email: null,
      phone: null,
      preferredChannel: 'email',
      preferredLanguage: 'nl',
      contacts: [],
    });
    expect(client.statusCode).toBe(201);

    const pathIds: Record<string, string> = {
      // The client routes' :agreementId takes the participant's agreement: 404 there, and the bodies are still fuzzed.
      clientId: client.json<{ id: string }>().id,
      referralId: await refer(),
      participantId,
      consentId,
      agreementId,
      trajectoryId,
      accountId: otherAccount.id,
      officeId: office.id,
      municipalityId: municipality.id,
      // No row behind these: the handler answers 404 to a valid body, and the hostile bodies are still fuzzed.
      applicationId: randomUUID(),
      assignmentId: randomUUID(),
      choiceId: randomUUID(),
      exceptionalId: randomUUID(),
      jobRequestId: randomUUID(),
      purchaseId: randomUUID(),
      interimDayId: randomUUID(),
      incidentId: randomUUID(),
      timeEntryId: randomUUID(),
    };
    const options: SchemaArbitraryOptions = {
      ids: [...Object.values(pathIds), municipality.id, otherAccount.id, counsellor.accountId],
      byName: {
        insz: inszArbitrary,
        iban: fc.constantFrom('BE71 0961 2345 6769', 'BE68539007547034', 'NL91ABNA0417164300'),
        postcode: fc.oneof(fc.constantFrom('8630', '8900', '1000', '9000', '4000'), fc.stringMatching(/^[1-9]\d{3}$/)),
        contentBase64: fc.constant(pdfBase64),
        code: fc.stringMatching(/^\d{6}$/),
      },
    };
    return { sessions, pathIds, options };
  };

  let fixtures: ReturnType<typeof setUp> | undefined;
  const sharedFixtures = () => (fixtures ??= setUp());

  const sessionFor = (route: RouteInventoryEntry, sessions: Record<Role, Session>): Session | undefined => {
    const access = route.access;
    if (access?.kind !== 'policy') return undefined;
    const role = preferredRoles.find((candidate) => isAllowed(access.policy, access.action, candidate));
    if (!role) throw new Error(`no role may call ${route.method} ${route.url}`);
    return sessions[role];
  };

  const urlOf = (route: RouteInventoryEntry, pathIds: Record<string, string>) =>
    route.url.replaceAll(/:([a-zA-Z]+)/g, (_match, name: string) => {
      const id = pathIds[name];
      if (!id) throw new Error(`no fixture for :${name} in ${route.url}`);
      return id;
    });

  /** Runs the property for one route and returns fast-check's report when a 5xx turned up. */
  const fuzz = async <T>(label: string, numRuns: number, arbitrary: fc.Arbitrary<T>, call: (value: T) => Promise<{ statusCode: number; body: string }>) => {
    const result = await fc.check(
      fc.asyncProperty(arbitrary, async (value) => {
        const response = await call(value);
        if (response.statusCode >= 500) throw new Error(`${response.statusCode} ${response.body}`);
      }),
      { numRuns },
    );
    return result.failed ? [`${label}: ${fc.defaultReportMessage(result)}`] : [];
  };

  it('no body derived from a write route schema (NUL, lone surrogates, extreme integers and dates) gets a 5xx', { timeout: 240_000 }, async () => {
    const { sessions, pathIds, options } = await sharedFixtures();
    // Turning on the organiser's two-factor requirement would lock the other routes' sessions out: fuzz it last.
    const routes = t.app.routeInventory
      .filter((route) => route.url.startsWith('/api/') && route.schemas.body !== undefined)
      .sort((a, b) => Number(a.url === '/api/organiser') - Number(b.url === '/api/organiser'));
    expect(routes.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const route of routes) {
      const schema = route.schemas.body;
      if (!schema) continue;
      const session = sessionFor(route, sessions);
      const url = urlOf(route, pathIds);
      failures.push(...(await fuzz(`${route.method} ${route.url}`, runsPerRoute, requestArbitrary(schema, options), (body) => send(session, route.method, url, body))));
    }
    expect(failures).toEqual([]);
  });

  it('no list or eligibility query string (q, cursor, dates, limits) gets a 5xx', { timeout: 120_000 }, async () => {
    const { sessions, pathIds, options } = await sharedFixtures();
    const routes = t.app.routeInventory.filter((route) => route.url.startsWith('/api/') && route.method === 'GET' && route.schemas.querystring !== undefined);
    expect(routes.length).toBeGreaterThan(3);
    const failures: string[] = [];
    for (const route of routes) {
      const schema = route.schemas.querystring;
      if (!schema) continue;
      const session = sessionFor(route, sessions);
      const url = urlOf(route, pathIds);
      // A real cursor of this list, so valid queries also page (the hostile ones forge theirs).
      const cursor = (await send(session, 'GET', `${url}?limit=1`)).json<{ nextCursor?: string | null }>().nextCursor;
      const routeOptions = cursor ? { ...options, byName: { ...options.byName, cursor: fc.constant(cursor) } } : options;
      failures.push(...(await fuzz(`GET ${route.url}`, runsPerQuery, queryStringArbitrary(schema, routeOptions), (query) => send(session, 'GET', `${url}?${query}`))));
    }
    expect(failures).toEqual([]);
  });
});
