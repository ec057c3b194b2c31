import { expect, waitUntil } from '@open-wc/testing';

/** Loads a page in an iframe and resolves with its window once its elements are defined. */
async function load(src: string): Promise<{ win: Window; errors: string[]; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  const errors: string[] = [];
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow!;
  win.addEventListener('error', (event) => errors.push(event.message));
  await waitUntil(() => win.customElements.get('therapy-crisis'), 'the module defines <therapy-crisis>', {
    timeout: 10_000,
  });
  return { win, errors, frame };
}

describe('the built module, dist/therapy-widgets.js', () => {
  it('renders in a plain HTML page and requests nothing but itself, even when loaded twice', async () => {
    const { win, errors, frame } = await load('/tests/fixtures/plain.html');
    const crisis = win.document.querySelector('therapy-crisis')!;
    await waitUntil(() => crisis.shadowRoot?.querySelector('h2'), 'the notice renders');
    expect(crisis.shadowRoot!.textContent).to.contain('Calm Harbour Therapy is not an emergency service');
    expect(crisis.shadowRoot!.querySelector('a[href="tel:999"]')).to.exist;
    // Wait a moment for any late request to show up.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const requested = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname + new URL(entry.name).search)
      // The test server injects its own live-reload socket script into every HTML page.
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect(requested.sort()).to.deep.equal(['/dist/therapy-widgets.js', '/dist/therapy-widgets.js?again']);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });
});
