// Where to find a Chromium, since test tools cannot download browsers on our machines:
// $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the one inside the @sparticuz/chromium
// package, so a fresh machine with only Node and npm can still run every browser test.
import { existsSync } from 'node:fs';

/** Flags that keep Chromium off the (closed) network and working as root in a container. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Launch options for playwright's chromium.launch(). */
export async function chromiumLaunchOptions() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { executablePath: fromEnv, args: chromiumArgs };
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', args: chromiumArgs };
  const { default: packaged } = await import('@sparticuz/chromium');
  return {
    executablePath: await packaged.executablePath(),
    args: [...new Set([...packaged.args.filter((a) => !a.startsWith('--headless')), ...chromiumArgs])],
  };
}
