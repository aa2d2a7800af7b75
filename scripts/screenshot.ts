/**
 * `npm run screenshot -- <url> <out.png> [width]`: a full-page screenshot of
 * a page in Debian's Chromium, for the README and for looking at the site the
 * way a reader does (try width 390 for a phone).
 */
import { launchBrowser } from '../tests/e2e/browser.ts';

const [url, out, width = '1280'] = process.argv.slice(2);
if (!url || !out) {
  process.stderr.write('usage: npm run screenshot -- <url> <out.png> [width]\n');
  process.exit(2);
}
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, deviceScaleFactor: 1 });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.screenshot({ path: out, fullPage: true });
  process.stdout.write(`${out}\n`);
} finally {
  await browser.close();
}
