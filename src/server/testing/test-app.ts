import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../contracts/roles';
import type { Clock } from '../platform/clock';
import { loadConfig } from '../platform/config';
import type { DatabaseHandle } from '../platform/db/database';
import { buildApp } from '../app';
import type { App } from '../platform/http/build-app';
import { buildAccount, buildOrganiser, testPassword } from './factories';
import { createTestDatabase } from './test-database';

/** A clock the test moves by hand. */
export const createTestClock = (start = new Date('2026-11-24T09:00:00Z')) => {
  let current = start.getTime();
  const clock: Clock & { advance: (ms: number) => void; set: (date: Date) => void } = {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (date) => {
      current = date.getTime();
    },
  };
  return clock;
};

export type TestContext = {
  app: App;
  database: DatabaseHandle;
  clock: ReturnType<typeof createTestClock>;
};

/**
 * One app on one fresh database per test file, closed afterwards. Access it inside tests only. `environment` adds
 * configuration read when the app is built (e.g. SMTP_URL of a test mail server started in an earlier beforeAll).
 */
export const useTestApp = ({ environment = () => ({}) }: { environment?: () => Record<string, string> } = {}): TestContext => {
  const context = {} as TestContext;
  beforeAll(async () => {
    context.database = await createTestDatabase();
    context.clock = createTestClock();
    context.app = await buildApp({
      config: loadConfig({ WEB_DIST_DIR: '/nonexistent', LOG_LEVEL: 'error', ...environment() }),
      database: context.database,
      clock: context.clock,
      // TEST_LOGS=1 shows the server's error log when a test gets an unexpected 500.
      logger: process.env.TEST_LOGS === '1',
    });
    await context.app.ready();
  });
  afterAll(async () => {
    await context.app?.close();
    await context.database?.close();
  });
  return context;
};

export type Session = {
  cookie: string;
  csrfToken: string;
  accountId: string;
  organiserId: string;
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
};

export const logIn = async (app: App, email: string, password = testPassword): Promise<Session> => {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.cookies[0];
  if (!setCookie) throw new Error('no cookie');
  const cookie = `${setCookie.name}=${setCookie.value}`;
  const body = response.json<{ csrfToken: string; account: { id: string }; organiser: { id: string } }>();
  return {
    cookie,
    csrfToken: body.csrfToken,
    accountId: body.account.id,
    organiserId: body.organiser.id,
    request: (options) => app.inject({ ...options, headers: { cookie, 'x-csrf-token': body.csrfToken, ...options.headers } }),
  };
};

/** An organiser with one logged-in account per requested role. */
export const setUpOrganiser = async (app: App, rolesWanted: readonly Role[]) => {
  const organiser = await buildOrganiser(app.database.db);
  const sessions = {} as Record<Role, Session>;
  for (const role of rolesWanted) {
    const account = await buildAccount(app.database.db, organiser.id, role);
    sessions[role] = await logIn(app, account.email);
  }
  return { organiser, sessions };
};
