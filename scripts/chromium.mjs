// How every test starts Debian's Chromium: as root it needs --no-sandbox, and the rest keep it
// off the network (this machine's network is closed). Shared by Vitest, @web/test-runner and
// the playwright-core tests.
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
