/**
 * End-to-end tests: the real `factdesk serve` server and the built renderer, driven in the
 * machine's Chromium (Playwright's own browsers are not downloaded). Screenshots of every step go
 * to artifacts/e2e/ (gitignored) so a person can look at what the test saw.
 */
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.test.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'artifacts/e2e/results',
  workers: 1,
  // One retry: on a 2-core machine Debian's Chromium has once hung inside axe's analysis for the whole test
  // timeout (the same test takes 47 s otherwise). A real failure fails twice and is reported as failed.
  retries: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    }
  }
})
