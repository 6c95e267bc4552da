import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { npmRunArgs } from './testing/shell-words';
import { runCli, spawnServer, waitForOutput, waitUntilHealthy, type RunningServer } from './testing/spawn-server';

const dataDir = mkdtempSync(join(tmpdir(), 'wijkwerk-first-run-'));
const started: RunningServer[] = [];
const adminPassword = 'een eerste lang beheerderswachtwoord';

const start = async () => {
  // Another port than the default 3000, and no PUBLIC_URL: the first hour of a new user.
  const server = await spawnServer(dataDir);
  started.push(server);
  expect(await waitUntilHealthy(server, 60_000)).toBe(true);
  expect(await waitForOutput(server, 'Wijkwerk is running')).toBe(true);
  return server;
};

const logIn = (server: RunningServer, origin: string, email: string) =>
  fetch(`${server.baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email, password: adminPassword }),
  });

const hasStackTrace = (output: string) => /^\s+at /m.test(output);

describe('a new user’s first run: empty data folder, another port, no PUBLIC_URL', () => {
  afterAll(() => {
    for (const server of started) server.process.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints an admin:create command that works, refuses it in one sentence while the server holds the folder, and logs in from the browser’s origin', async () => {
    const server = await start();
    const hint = /run: (npm run admin:create -- .*)$/m.exec(server.output())?.[1];
    expect(hint).toBeDefined();
    const args = npmRunArgs(hint ?? '', 'admin:create');

    const page = await fetch(`${server.baseUrl}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');

    const foreign = await logIn(server, 'http://localhost:3000', 'nobody@example.org');
    expect(foreign.status).toBe(403);
    // The log line travels through the child's stdout pipe and may arrive after the HTTP answer.
    expect(await waitForOutput(server, `expected Origin http://localhost:${server.port} or http://127.0.0.1:${server.port}`)).toBe(true);

    const whileRunning = await runCli('create-admin', dataDir, args, { ADMIN_PASSWORD: adminPassword });
    expect(whileRunning.code).toBe(1);
    expect(whileRunning.output.trim().split('\n')).toHaveLength(1);
    expect(whileRunning.output).toContain('stop the server first');
    expect(hasStackTrace(whileRunning.output)).toBe(false);

    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const created = await runCli('create-admin', dataDir, args, { ADMIN_PASSWORD: adminPassword });
    expect(created.output).toContain('Administrator you@example.org created');
    expect(created.code).toBe(0);

    const restarted = await start();
    for (const origin of [`http://localhost:${restarted.port}`, `http://127.0.0.1:${restarted.port}`]) {
      const response = await logIn(restarted, origin, 'you@example.org');
      expect(response.status).toBe(200);
      const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
      const { csrfToken } = (await response.json()) as { csrfToken: string };
      const logOut = await fetch(`${restarted.baseUrl}/api/session`, { method: 'DELETE', headers: { cookie, origin, 'x-csrf-token': csrfToken } });
      expect(logOut.status).toBe(204);
    }
  });

  it('answers wrong admin:create arguments with the problem and the usage, exit code 2, no stack', async () => {
    const result = await runCli('create-admin', dataDir, ['--email', 'a@example.org', '--organiser', 'Naam']);
    expect(result.code).toBe(2);
    expect(result.output).toMatch(/^admin:create: Unknown option '--organiser'\.\nUsage: npm run admin:create -- --email/);
    expect(hasStackTrace(result.output)).toBe(false);
  });
});
