import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium';

/**
 * Browser tests run against the test suite's own publication (tests/fixtures/site), never
 * the editorial content/: each server is a copy of the app with the fixture as its site
 * (scripts/serve-site.ts). A production build with ads as placeholders on one port; a second
 * build with AdSense switched on behind the consent notice, and the newsletter form, on
 * another; and a development server with a pinned clock for the preview and content-error
 * tests (*.dev.spec.ts).
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const adsPort = port + 1;
const devPort = port + 2;
/** The development server's pinned clock: the fixture's scheduled article (2099) previews as scheduled. */
export const DEV_NOW = '2026-06-01T00:00:00+07:00';
export const TEST_AD_CLIENT = 'ca-pub-1234567890123456';
/** The ads-on build also has the newsletter sign-up switched on, posting here (Mailchimp-style). */
export const TEST_NEWSLETTER_ACTION = 'https://newsletter.example.com/subscribe/post?u=1&id=2';
/**
 * Workspace names of the three servers (os.tmpdir()/nowletus-<name>, see tests/support/site.ts),
 * by port, so two checkouts testing on different E2E_PORTs never share a folder.
 */
export const SERVERS = { site: `e2e-${port}-site`, ads: `e2e-${port}-ads`, dev: `e2e-${port}-dev` } as const;

function server(name: string, listenPort: number, { dev = false, env = {} }: { dev?: boolean; env?: Record<string, string> } = {}) {
  return {
    command: `node --import tsx scripts/serve-site.ts --name ${name} --port ${listenPort}${dev ? ' --dev' : ''}`,
    url: `http://127.0.0.1:${listenPort}/`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    env: { NEXT_TELEMETRY_DISABLED: '1', ...env },
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
      // One server, one content folder: the content-error tests break it for a while.
      workers: 1,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${devPort}` },
    },
    {
      name: 'ads-on',
      testMatch: /ads-on\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${adsPort}` },
    },
  ],
  webServer: [
    server(SERVERS.site, port),
    server(SERVERS.ads, adsPort, {
      env: { NEXT_PUBLIC_ADSENSE_CLIENT: TEST_AD_CLIENT, NEXT_PUBLIC_ADS_REQUIRE_CONSENT: 'true', NEWSLETTER_ACTION: TEST_NEWSLETTER_ACTION, NEWSLETTER_EMAIL_FIELD: 'EMAIL' },
    }),
    server(SERVERS.dev, devPort, { dev: true, env: { NEWS_NOW: DEV_NOW } }),
  ],
});
