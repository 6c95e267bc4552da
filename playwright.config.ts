import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two checkouts on one machine run their journeys side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  // The journey changes shared demo data step by step; one worker keeps it a story, not a race.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium, not a downloaded one: the test machines have no route to Playwright's CDN.
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // The seed step adds to the demo what the journeys need and the product cannot make yet (a failed job).
    command: 'node --import tsx src/server/testing/seed-journey-data.ts && node --import tsx src/server/main.ts --demo',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseURL,
      // A fresh data folder per run: the journey starts from the demo data, never from a previous run's edits.
      DATA_DIR: `.tmp/e2e-data-${Date.now()}`,
      LOG_LEVEL: 'warn',
    },
  },
});
