import { createServer } from 'node:net';

// Where the three engines live on Debian, and how to install each one.
export const BROWSERS = {
  chromium: {
    label: 'Chromium',
    binary: '/usr/bin/chromium',
    install: 'apt-get install -y chromium',
  },
  firefox: {
    label: 'Firefox ESR',
    binary: '/usr/bin/firefox-esr',
    install: 'apt-get install -y firefox-esr',
  },
  webkit: {
    label: 'WebKitGTK',
    binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    driver: '/usr/bin/WebKitWebDriver',
    install: 'apt-get install -y --no-install-recommends webkit2gtk-driver xvfb xauth',
  },
};

/** Chromium as root on a closed network: no sandbox, no background connections. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The WebDriver capabilities that open Debian's MiniBrowser through WebKitWebDriver. */
export const WEBKIT_CAPABILITIES = {
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: BROWSERS.webkit.binary, args: ['--automation'] },
};

/** A free TCP port on loopback, for a driver or server started by a script. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
