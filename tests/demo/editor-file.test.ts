/**
 * The one-file editor (dist/therapy-widgets-editor.html, from `npm run build`): everything it
 * needs is inside it, so it works with no server and no network. Here, in each engine, the
 * file is checked for any outside resource and run as its own page with no request made;
 * scripts/editor-offline.mjs opens the same file from file:// in Chromium.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { WIDGET_TAGS, fill, openPage, rendered, type Page } from '../support/embed.js';

const FILE = '/dist/therapy-widgets-editor.html';

describe('the one-file editor (dist/therapy-widgets-editor.html)', () => {
  let html: string;
  let page: Page | undefined;
  before(async () => {
    const response = await fetch(FILE);
    if (!response.ok) throw new Error(`${FILE} is missing: run npm run build`);
    // The test server adds its own reload script to every HTML file it serves: not the file's.
    html = (await response.text()).replace(
      '<script type="module" src="/__web-dev-server__web-socket.js"></script>',
      '',
    );
  });
  afterEach(() => page?.close());

  it('holds everything itself: no address of any outside file', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const outside = [
      ...doc.querySelectorAll('[src], link[href]:not([href^="data:"]), [srcset], object, embed, iframe'),
    ].map((el) => el.outerHTML.slice(0, 80));
    expect(outside).to.deep.equal([]);
    expect(doc.querySelectorAll('script[type="module"]').length).to.equal(2);
    const links = [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(links.every((href) => href?.startsWith('#'))).to.equal(true);
    const css = [...doc.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
    expect(css.match(/url\((?!\s*['"]?data:)/g) ?? []).to.deep.equal([]);
    expect(css).not.to.contain('@import');
  });

  it('runs with no request: the real widgets in the preview, and a snippet with its hash', async () => {
    page = await openPage(html, { watchErrors: true });
    const preview = page.doc.getElementById('preview')!;
    await waitUntil(
      () =>
        WIDGET_TAGS.every((tag) =>
          preview.querySelector(tag)?.shadowRoot?.querySelector('[part~="heading"]'),
        ),
      'the widgets render',
      { timeout: 20_000 },
    );
    fill(page, 'f-practice-name', 'Harbour Light');
    const crisis = preview.querySelector('therapy-crisis')!;
    await rendered(crisis);
    expect(crisis.shadowRoot!.textContent).to.contain('Harbour Light');
    const snippet = (page.doc.getElementById('snippet') as HTMLTextAreaElement).value;
    expect(snippet).to.match(/integrity="sha384-[A-Za-z0-9+/]{64}"/);
    const requests = page.win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => !name.startsWith('data:'));
    expect(requests).to.deep.equal([]);
    expect(page.errors()).to.deep.equal([]);
  });
});
