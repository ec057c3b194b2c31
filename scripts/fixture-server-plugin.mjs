// A Web Test Runner server command: starts (once) a second static server on 127.0.0.1 that
// serves the project with a strict Content-Security-Policy when asked (`?csp`), and reports the
// requests it received, so tests can prove what a page fetched.
import { serve } from './static-server.mjs';

export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export function fixtureServerPlugin() {
  let server;
  return {
    name: 'fixture-server',
    async executeCommand({ command }) {
      if (command === 'fixture-server') {
        server ??= await serve('.', (url) =>
          url.searchParams.has('csp') ? { 'content-security-policy': STRICT_CSP } : {},
        );
        return { origin: server.origin, csp: STRICT_CSP };
      }
      if (command === 'fixture-requests') {
        const requests = server ? server.requests.splice(0) : [];
        return requests;
      }
      return undefined;
    },
    async serverStop() {
      await server?.close();
    },
  };
}
