import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database';
import { loadConfig } from '../config';
import { participantFields } from '../../testing/participant-fixtures';
import { createTestClock, setUpOrganiser } from '../../testing/test-app';
import { createTestDatabase } from '../../testing/test-database';
import { buildApp } from '../../app';
import type { App } from './build-app';

/** Logs must never hold personal data: a failed write logs its error code, SQL state and request id, nothing it carried. */
describe('error logs', () => {
  const lines: string[] = [];
  let database: DatabaseHandle;
  let app: App;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp({
      config: loadConfig({ WEB_DIST_DIR: '/nonexistent', LOG_LEVEL: 'info' }),
      database,
      clock: createTestClock(),
      logStream: { write: (line: string) => void lines.push(line) },
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('a database error on an acceptance carrying an INSZ, an IBAN and an e-mail logs none of them', async () => {
    const { sessions } = await setUpOrganiser(app, ['counsellor', 'coordinator']);
    // A constraint the application does not know about makes the participant's insert fail after validation.
    await database.db.execute(sql.raw(`alter table participants add constraint forced_failure check (last_name <> 'Faalhaar')`));
    const referral = await sessions.counsellor.request({
      method: 'POST',
      url: '/api/referrals',
      payload: { candidate: { firstName: 'Jan', lastName: 'Faalhaar', postcode: '8630' }, agreements: 'Administratieve taken.' },
    });
    const fields = participantFields({ lastName: 'Faalhaar', email: 'jan.faalhaar@example.test', iban: 'BE71 0961 2345 6769' });
    const failed = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/referrals/${referral.json<{ id: string }>().id}/accept`,
      payload: { version: 1, participant: fields },
    });
    expect(failed.statusCode).toBe(500);
    const requestId = failed.json<{ error: { requestId: string } }>().error.requestId;

    const log = lines.join('');
    for (const personal of [fields.insz, 'BE71096123456769', 'BE71 0961 2345 6769', 'jan.faalhaar@example.test', 'Faalhaar', 'Kaaistraat']) {
      expect(log, personal).not.toContain(personal);
    }
    expect(log).not.toMatch(/insert into|params/i);
    const entry = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.msg === 'unexpected error');
    expect(entry).toMatchObject({ reqId: requestId, err: { sqlState: '23514', constraint: 'forced_failure', stack: expect.stringContaining('at ') } });
  });

  it('request lines name the path without its query (a search for a name stays out of the log)', async () => {
    const { sessions } = await setUpOrganiser(app, ['coordinator']);
    lines.length = 0;
    expect((await sessions.coordinator.request({ method: 'GET', url: '/api/participants?q=Faalhaar' })).statusCode).toBe(200);
    const log = lines.join('');
    expect(log).toContain('/api/participants');
    expect(log).not.toContain('Faalhaar');
  });
});
