import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium';

/**
 * Browser tests run against production builds: the site as configured by default (ads as
 * placeholders) on one port, and a second build with AdSense switched on, behind the
 * consent notice, on another. A development server with a pinned clock serves the preview
 * tests (*.dev.spec.ts).
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const adsPort = port + 1;
const devPort = port + 2;
/** The development server's pinned clock: articles dated after it preview as scheduled. */
export const DEV_NOW = '2026-06-01T00:00:00+07:00';
export const TEST_AD_CLIENT = 'ca-pub-1234567890123456';

function server(distDir: string, listenPort: number, env: Record<string, string> = {}) {
  return {
    command: `npx next build && npx next start --hostname 127.0.0.1 --port ${listenPort}`,
    url: `http://127.0.0.1:${listenPort}/`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    env: { NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir, ...env },
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  };
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    {
      name: 'site',
      testIgnore: [/ads-on\.spec\.ts/, /\.dev\.spec\.ts/],
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${port}` },
    },
    {
      name: 'dev',
      testMatch: /\.dev\.spec\.ts/,
      timeout: 120_000,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${devPort}` },
    },
    {
      name: 'ads-on',
      testMatch: /ads-on\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${adsPort}` },
    },
  ],
  webServer: [
    server('.next', port),
    server('.next-ads', adsPort, { NEXT_PUBLIC_ADSENSE_CLIENT: TEST_AD_CLIENT, NEXT_PUBLIC_ADS_REQUIRE_CONSENT: 'true' }),
    {
      command: `npx next dev --hostname 127.0.0.1 --port ${devPort}`,
      url: `http://127.0.0.1:${devPort}/`,
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
      env: { NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '.next-dev', NEWS_NOW: DEV_NOW },
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
    },
  ],
});
