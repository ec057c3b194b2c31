/**
 * Helpers for the demo and embed tests: blank pages in iframes (what a practice's page is
 * after pasting), the built module's integrity hash, and waiting for widgets to render.
 */
import { waitUntil } from '@open-wc/testing';

/** Where the test server serves the built module. */
export const MODULE_URL = '/dist/therapy-widgets.js';

export const WIDGET_TAGS = [
  'therapy-guide',
  'therapy-confidentiality',
  'therapy-faq',
  'therapy-crisis',
] as const;

/** The integrity string the build wrote next to the module (dist/therapy-widgets.js.sri). */
export async function builtIntegrity(): Promise<string> {
  const response = await fetch(`${MODULE_URL}.sri`);
  if (!response.ok) throw new Error(`${MODULE_URL}.sri is missing: run npm run build`);
  return (await response.text()).trim();
}

/** The sha384 integrity string of the bytes the server sends for `url`, computed here. */
export async function integrityOf(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

export interface Page {
  readonly frame: HTMLIFrameElement;
  readonly win: Window & typeof globalThis;
  readonly doc: Document;
  /** Uncaught errors in the page, when it was opened with `watchErrors`. */
  readonly errors: () => string[];
  close(): void;
}

/**
 * Opens `html` as a page of its own (an iframe's srcdoc, which resolves `/dist/…` against
 * the test server) and resolves once it has loaded, module scripts included. With
 * `watchErrors`, a first inline script records the page's uncaught errors.
 */
export async function openPage(html: string, { watchErrors = false } = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const watcher =
    '<script data-test-harness>window.pageErrors = []; addEventListener("error", (e) => pageErrors.push(String(e.message)));</script>';
  frame.srcdoc = watchErrors ? html.replace(/<head>|<body>|^/i, (start) => `${start}${watcher}`) : html;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & { pageErrors?: string[] };
  return {
    frame,
    win,
    doc: frame.contentDocument!,
    errors: () => [...(win.pageErrors ?? [])],
    close: () => frame.remove(),
  };
}

/** Waits until the widget has rendered its heading, and its last update is done. */
export async function rendered(el: Element, timeout = 10_000): Promise<void> {
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part~="heading"]'),
    `<${el.localName}> did not render`,
    { timeout },
  );
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
}

/** A minimal page around some body markup, with optional head markup. */
export function blankPage(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A practice page</title>${head}</head><body>${body}</body></html>`;
}

/**
 * Opens a demo page (its real markup, from demo/) in an iframe, as the static demo build
 * serves it: the widgets come from the built module, the page's own script is left out (the
 * test starts it on `page.doc`), and axe-core is loaded for `axeViolations`.
 */
export async function openDemoPage(path: string): Promise<Page> {
  const html = (await (await fetch(path)).text())
    .replace(
      /<script type="module" src="\/src\/index\.ts"[^>]*><\/script>/,
      `<script type="module" src="${MODULE_URL}"></script>`,
    )
    .replace(
      /<script type="module" src="\.\/[\w-]+\.ts"><\/script>/,
      '<script src="/node_modules/axe-core/axe.min.js"></script>',
    )
    .replace(/href="\.\/([\w-]+\.css)"/g, 'href="/demo/$1"');
  const page = await openPage(html);
  page.frame.style.width = '1200px';
  return page;
}

/** Waits until every widget in the page, nested ones included, has finished updating. */
export async function settled(root: Document | ShadowRoot): Promise<void> {
  for (const el of root.querySelectorAll('*')) {
    if (!el.localName.startsWith('therapy-') || !el.shadowRoot) continue;
    await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    await settled(el.shadowRoot);
  }
}

/**
 * axe-core's violations in a page opened by `openDemoPage`, once every widget has settled,
 * as "rule: targets" lines.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await settled(page.doc);
  type Axe = { run(context: Node): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
  const { axe } = page.win as unknown as { axe: Axe };
  const { violations } = await axe.run(page.doc);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** An element of the page by id, as the type the test expects. */
export function control<T extends HTMLElement = HTMLInputElement>(page: Page, id: string): T {
  const el = page.doc.getElementById(id);
  if (!el) throw new Error(`No #${id}`);
  return el as T;
}

/** Sets a field as a person would: the value, then its input and change events. */
export function fill(page: Page, id: string, value: string): void {
  const el = control<HTMLInputElement | HTMLSelectElement>(page, id);
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}
