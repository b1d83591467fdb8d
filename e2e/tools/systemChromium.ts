/**
 * How every browser here is launched: the system Chromium (nothing is ever downloaded), headless
 * and quiet (no first-run, sync, component updates or background requests). Used by the
 * Playwright config, the screenshot tool and the client-render benchmark.
 */
export const SYSTEM_CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
};
