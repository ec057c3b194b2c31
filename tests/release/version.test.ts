/**
 * The built module knows its version (package.json's, written in at build time), and a page
 * that ends up with two copies of different versions (say, the WordPress plugin and an old
 * snippet) hears about it once, while the first copy keeps working.
 */
import { expect, waitUntil } from '@open-wc/testing';

const TAGS = ['therapy-guide', 'therapy-confidentiality', 'therapy-faq', 'therapy-crisis'];

interface Frame {
  readonly win: Window & typeof globalThis;
  readonly warnings: string[];
  readonly frame: HTMLIFrameElement;
}

/** A blank page whose console.warn calls are recorded, with the built module loaded once. */
async function pageWithModule(): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.srcdoc =
    '<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body></body></html>';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  const warnings: string[] = [];
  win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  await load(win, new URL('/dist/therapy-widgets.js', location.href).href);
  await waitUntil(() => TAGS.every((tag) => win.customElements.get(tag)), 'the module defines its tags');
  return { win, warnings, frame };
}

function load(win: Window, src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    win.document.head.append(script);
  });
}

describe('the module version', () => {
  let version: string;
  let source: string;
  before(async () => {
    ({ version } = (await (await fetch('/package.json')).json()) as { version: string });
    source = await (await fetch('/dist/therapy-widgets.js')).text();
  });

  it("is package.json's version, on every element class", async () => {
    const { win, frame } = await pageWithModule();
    for (const tag of TAGS) {
      expect((win.customElements.get(tag) as unknown as { version: string }).version, tag).to.equal(version);
    }
    frame.remove();
  });

  it('a second copy of the same version is silent; one of another version warns once, naming both', async () => {
    const { win, warnings, frame } = await pageWithModule();
    await load(win, new URL('/dist/therapy-widgets.js?same-version', location.href).href);
    expect(warnings).to.deep.equal([]);

    const literal = new RegExp(`(["'\`])${version.replace(/\./g, '\\.')}\\1`, 'g');
    expect(source.match(literal)?.length ?? 0, 'the version in the built module').to.be.greaterThan(0);
    const older = source.replace(literal, '"0.0.1-old"');
    const url = URL.createObjectURL(new Blob([older], { type: 'text/javascript' }));
    await load(win, url);
    URL.revokeObjectURL(url);
    expect(warnings.length, warnings.join('\n')).to.equal(1);
    expect(warnings[0]).to.contain('0.0.1-old').and.to.contain(version);

    // The first copy still renders.
    const crisis = win.document.createElement('therapy-crisis');
    win.document.body.append(crisis);
    await waitUntil(() => crisis.shadowRoot?.querySelector('h2'), 'the crisis notice renders');
    frame.remove();
  });
});
