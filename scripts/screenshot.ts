/**
 * `npm run screenshot -- <url> <out.png> [width] [height]`: a screenshot of a
 * page in Debian's Chromium, for the README and for looking at the site the
 * way a reader does (try width 375 for a phone). Without a height it takes
 * the full page; with one, just the first screen.
 */
import { launchBrowser } from './lib/browser.ts';

const [url, out, width = '1280', height] = process.argv.slice(2);
if (!url || !out) {
  process.stderr.write('usage: npm run screenshot -- <url> <out.png> [width] [height]\n');
  process.exit(2);
}
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height ?? 900) }, deviceScaleFactor: 1 });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.screenshot({ path: out, fullPage: height === undefined });
  process.stdout.write(`${out}\n`);
} finally {
  await browser.close();
}
