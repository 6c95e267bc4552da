import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoEmail, demoPassword } from './demo/load-demo-data';
import { spawnServer, waitUntilHealthy, type RunningServer } from './testing/spawn-server';

const dataDir = mkdtempSync(join(tmpdir(), 'wijkwerk-process-'));
const started: RunningServer[] = [];

const start = async (args: string[] = []) => {
  const server = await spawnServer(dataDir, args);
  started.push(server);
  return server;
};

const logInAsAdmin = async (baseUrl: string) => {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demoEmail('admin'), password: demoPassword }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
};

describe('the server process on the embedded database', () => {
  afterAll(() => {
    for (const server of started) server.process.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('survives kill -9 without losing committed data, refuses a second server on the same folder, and stops cleanly', async () => {
    const first = await start(['--demo']);
    expect(await waitUntilHealthy(first, 60_000)).toBe(true);

    const second = await start();
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('is in use by another Wijkwerk process');

    const admin = await logInAsAdmin(first.baseUrl);
    const created = await fetch(`${first.baseUrl}/api/offices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      body: JSON.stringify({
        name: 'Kantoor Diksmuide',
        phone: '051 50 50 50',
        email: 'diksmuide@example.test',
        address: { street: 'Markt 1', postcode: '8600', city: 'Diksmuide' },
      }),
    });
    expect(created.status).toBe(201);

    first.process.kill('SIGKILL');
    await first.exited;

    const restarted = await start();
    expect(await waitUntilHealthy(restarted, 30_000)).toBe(true);
    const again = await logInAsAdmin(restarted.baseUrl);
    const list = await fetch(`${restarted.baseUrl}/api/offices`, { headers: { cookie: again.cookie } });
    const { items } = (await list.json()) as { items: Array<{ name: string }> };
    expect(items.map((office) => office.name)).toContain('Kantoor Diksmuide');

    restarted.process.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);
    expect(existsSync(join(dataDir, 'wijkwerk.lock'))).toBe(false);
  });
});
