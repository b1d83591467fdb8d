import { defineConfig } from '@playwright/test';
import { SYSTEM_CHROMIUM } from './e2e/tools/systemChromium';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    trace: 'off',
    launchOptions: SYSTEM_CHROMIUM,
  },
});
