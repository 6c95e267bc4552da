import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

export type RunningServer = {
  process: ChildProcess;
  port: number;
  baseUrl: string;
  output: () => string;
  exited: Promise<number | null>;
};

/** The environment of a spawned server or tool: the embedded database in `dataDir`, nothing from the caller's PUBLIC_URL. */
const processEnv = (dataDir: string, extra: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  DATA_DIR: dataDir,
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  DATABASE_URL: '',
  PUBLIC_URL: '',
  ...extra,
});

/**
 * Starts the real server (`src/server/main.ts`) as its own process, as `npm start` does after the build; `entry` may
 * name a test entry script that serves the same app with a job definition of its own.
 */
export const spawnServer = async (dataDir: string, args: string[] = [], env: Record<string, string> = {}, entry = 'src/server/main.ts'): Promise<RunningServer> => {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    env: processEnv(dataDir, { PORT: String(port), ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { process: child, port, baseUrl: `http://127.0.0.1:${port}`, output: () => output, exited };
};

/** Polls /api/health until it answers, the process exits, or the timeout passes. */
export const waitUntilHealthy = async (server: RunningServer, timeoutMs = 30_000): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs;
  let hasExited = false;
  void server.exited.then(() => (hasExited = true));
  while (Date.now() < deadline && !hasExited) {
    try {
      const response = await fetch(`${server.baseUrl}/api/health`);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
};

/** Runs a command-line tool (`src/server/cli/<name>.ts`) on the data folder and waits for it to end. */
export const runCli = (name: string, dataDir: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> =>
  new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', `src/server/cli/${name}.ts`, ...args], {
      env: processEnv(dataDir, env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });

/** Waits until the process has printed `text` (start-up messages come after /api/health answers). */
export const waitForOutput = async (server: RunningServer, text: string, timeoutMs = 10_000): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.output().includes(text)) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
};
