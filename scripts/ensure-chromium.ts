/**
 * Make sure Debian's Chromium is there for the browser tests. Playwright
 * cannot download its own browser on our machines, so on a fresh machine
 * (CI, a newcomer's container) this installs the `chromium` package, and an
 * Arabic font, with apt-get when running as root. Otherwise it says what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

if (!existsSync(path)) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    process.stderr.write(
      `Chromium is missing at ${path}. Install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH.\n`,
    );
    process.exit(1);
  }
  process.stdout.write('Installing Debian chromium for the browser tests…\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-core'], { stdio: 'inherit', env });
}
