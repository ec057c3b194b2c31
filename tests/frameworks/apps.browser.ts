// The React 19, Vue 3 and Svelte 5 apps (built by build.mjs into tests/frameworks/dist/), each
// loaded in an iframe as a visitor would: the widgets render with the settings the framework
// passes, their events reach the framework with their detail, a change of framework state
// re-renders them, and a mount/unmount cycle leaves no event listener behind. Then the same app
// server-rendered: the server sends the bare tags, and hydration keeps them and brings them to
// life without a mismatch.
// Run by `npm run test:frameworks` in Chromium, Firefox ESR and WebKitGTK.
import { expect, waitUntil } from '@open-wc/testing';

type AppWindow = Window & { listenersInPlace(): string[]; pageProblems: string[]; serverRendered: Element[] };

const APPS = [
  { name: 'React 19', path: 'react' },
  { name: 'Vue 3', path: 'vue' },
  { name: 'Svelte 5', path: 'svelte' },
];

const text = (node: Element | ShadowRoot | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

for (const app of APPS) {
  for (const page of ['index.html', 'server-rendered.html']) {
    describe(`the ${app.name} app${page === 'index.html' ? '' : ', server-rendered and hydrated'}`, () => {
      let frame: HTMLIFrameElement;
      let win: AppWindow;
      let doc: Document;

      const $ = <T extends Element = HTMLElement>(selector: string): T => {
        const found = doc.querySelector<T>(selector);
        if (!found) throw new Error(`No ${selector} in the ${app.name} app`);
        return found;
      };
      const shadow = (tag: string): ShadowRoot => {
        const root = $(tag).shadowRoot;
        if (!root) throw new Error(`<${tag}> has no shadow root`);
        return root;
      };
      const inShadow = <T extends Element = HTMLElement>(tag: string, selector: string): T => {
        const found = shadow(tag).querySelector<T>(selector);
        if (!found) throw new Error(`No ${selector} in <${tag}>`);
        return found;
      };
      /** The guide's stage on show. */
      const shownStage = (): string => text(inShadow('therapy-guide', '[role="tabpanel"]:not([hidden])'));
      /** The numbers of the crisis line in the FAQ's crisis answer. */
      const crisisNumbers = (): string[] => {
        const line = inShadow('therapy-faq', '#faq-crisis-panel therapy-crisis');
        return [...(line.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
      };
      const rendered = () =>
        waitUntil(
          () =>
            doc.querySelector('therapy-faq')?.shadowRoot?.querySelector('#faq-crisis-button') &&
            doc.querySelector('therapy-guide')?.shadowRoot?.querySelector('[role="tabpanel"]'),
          `the ${app.name} app renders both widgets`,
          { timeout: 10_000 },
        );

      before(async () => {
        frame = document.createElement('iframe');
        frame.style.width = '1024px';
        frame.style.height = '768px';
        frame.src = `/tests/frameworks/dist/${app.path}/${page}`;
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        document.body.append(frame);
        await loaded;
        win = frame.contentWindow as AppWindow;
        doc = frame.contentDocument!;
        await rendered();
      });

      after(() => frame.remove());

      if (page === 'server-rendered.html') {
        it('gets the bare tags with their settings from the server', async () => {
          const html = await (await fetch(`/tests/frameworks/dist/${app.path}/${page}`)).text();
          expect(html).to.match(
            /<therapy-guide jurisdiction="us" practice-name="Calm Harbour Therapy" session-minutes="45">/,
          );
          expect(html).to.match(
            /<therapy-faq jurisdiction="us" practice-name="Calm Harbour Therapy" booking-url="\/book">/,
          );
          expect(html).not.to.contain('faq-crisis-button');
        });

        it('hydrates the server-rendered elements in place, with no error or warning', () => {
          expect(win.serverRendered.map((el) => el.localName)).to.deep.equal([
            'therapy-guide',
            'therapy-faq',
          ]);
          expect($('therapy-guide')).to.equal(win.serverRendered[0]);
          expect($('therapy-faq')).to.equal(win.serverRendered[1]);
          expect(doc.querySelectorAll('therapy-guide, therapy-faq')).to.have.length(2);
          expect(win.pageProblems).to.deep.equal([]);
        });
      }

      it('renders <therapy-faq> and <therapy-guide> with the settings it passes', () => {
        expect(win.customElements.get('therapy-faq')).to.exist;
        expect(text(shadow('therapy-faq'))).to.contain('Calm Harbour Therapy');
        expect(text(shadow('therapy-guide'))).to.contain('Calm Harbour Therapy');
        // jurisdiction="us", from framework state.
        expect(shownStage()).to.contain('Good Faith Estimate');
        // session-minutes={45}: the default is 50.
        expect(text(shadow('therapy-guide'))).to.contain('often last about 45 minutes');
        expect(inShadow<HTMLAnchorElement>('therapy-faq', 'a[href="/book"]')).to.exist;
      });

      it('hears therapy-toggle with its { id, open } detail', async () => {
        inShadow<HTMLButtonElement>('therapy-faq', '#faq-crisis-button').click();
        await waitUntil(() => text($('#answer')) !== '', 'the app shows the therapy-toggle detail');
        expect(JSON.parse(text($('#answer')))).to.deep.equal({ id: 'crisis', open: true });
        expect(crisisNumbers()).to.include('tel:988');
      });

      it('hears therapy-step with its { id, index } detail', async () => {
        inShadow<HTMLButtonElement>('therapy-guide', 'button.next').click();
        await waitUntil(() => text($('#stage')) !== '', 'the app shows the therapy-step detail');
        expect(JSON.parse(text($('#stage')))).to.deep.equal({ id: 'first-session', index: 1 });
      });

      it('re-renders the widgets when framework state changes a setting', async () => {
        $('#switch').click();
        await waitUntil(() => crisisNumbers().includes('tel:999'), 'the FAQ shows the UK crisis numbers');
        expect(crisisNumbers()).not.to.include('tel:988');
        inShadow<HTMLButtonElement>('therapy-guide', 'button.previous').click();
        await waitUntil(() => shownStage().includes('NHS'), 'the guide shows the UK rules');
        expect(shownStage()).not.to.contain('Good Faith Estimate');
      });

      it('leaves no event listener behind after a mount and unmount', async () => {
        const mounted = win.listenersInPlace();
        $('#unmount').click();
        await waitUntil(() => !doc.querySelector('therapy-faq, therapy-guide'), 'the app unmounts');
        const before = win.listenersInPlace();
        // The instrument sees what mounting adds (the widgets' and the framework's listeners).
        expect(mounted.length).to.be.greaterThan(before.length);

        $('#mount').click();
        await rendered();
        inShadow<HTMLButtonElement>('therapy-faq', '#faq-crisis-button').click();
        inShadow<HTMLButtonElement>('therapy-guide', 'button.next').click();
        await waitUntil(
          () => text($('#stage')) !== '' && text($('#answer')) !== '',
          'the events arrive again',
        );
        expect(win.listenersInPlace().length).to.be.greaterThan(before.length);
        $('#unmount').click();
        await waitUntil(() => !doc.querySelector('therapy-faq, therapy-guide'), 'the app unmounts again');

        expect(win.listenersInPlace()).to.deep.equal(before);
        expect(before.filter((line) => /therapy-/.test(line))).to.deep.equal([]);
        expect(win.pageProblems).to.deep.equal([]);
      });
    });
  }
}
