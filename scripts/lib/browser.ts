/**
 * Debian's Chromium through playwright-core (Playwright cannot download its
 * own browser here). Headless, no sandbox, a fresh profile each launch, and
 * no background networking, which this machine's closed network refuses.
 */
import { chromium, type Browser } from 'playwright-core';

/** Where Debian installs Chromium; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Launch a headless Chromium suitable for tests and screenshots. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}
