/**
 * Loaded before the test framework in the Lit development-build pass (LIT_DEV=1): every
 * warning Lit issues (its messages end "See https://lit.dev/msg/<code> …") fails the test
 * that is running, except the notice that the development build is in use.
 */
const ALLOWED = new Set(['dev-mode']);

const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  const code = /lit\.dev\/msg\/([\w-]+)/.exec(text)?.[1];
  if (code !== undefined && ALLOWED.has(code)) return;
  warn(...args);
  if (code === undefined) return;
  // Thrown outside the caller, so Lit carries on and Mocha fails the running test with it.
  setTimeout(() => {
    throw new Error(`Lit warned (${code}): ${text}`);
  });
};
