// What a logged-out reader of the practice's WordPress site must see: the four widgets, with
// the practice's settings, loaded from the site itself and nothing else.

/** The practice, as the Administrator types it into Settings → Therapy widgets. */
export const PRACTICE = {
  'practice-name': 'Calm Harbour Therapy',
  jurisdiction: 'us',
  format: 'both',
  'session-minutes': '50',
  'booking-url': 'https://calmharbour.example/book',
  'contact-url': '/contact',
  'policy-url': '/privacy',
  phone: '+1 (555) 010-2030',
  email: 'hello@calmharbour.example',
  'reply-days': '2',
  fee: '150',
  'first-session-fee': '180',
  currency: 'USD',
  'sliding-scale': 'yes',
  'free-call': '15',
  insurance: 'Aetna, Cigna, Optum',
  superbills: 'yes',
  hipaa: 'yes',
  'cancellation-hours': '24',
  'cancellation-fee': 'full',
  address: '12 Harbour Road, Seaview',
  access: 'Free parking behind the building; step-free entrance.',
  hours: 'Mon–Thu 8am–8pm',
  'video-platform': 'Doxy.me',
  'wait-weeks': '2',
  languages: 'en es',
  clients: 'adults couples',
};

const NUMBERS = ['session-minutes', 'reply-days', 'free-call', 'cancellation-hours', 'wait-weeks'];

/** The config block the plugin must print for PRACTICE (numbers as numbers, insurers as a list). */
export function expectedConfig() {
  return Object.fromEntries(
    Object.entries(PRACTICE).map(([name, value]) => [
      name,
      NUMBERS.includes(name) ? Number(value) : name === 'insurance' ? value.split(/,\s*/) : value,
    ]),
  );
}

/**
 * Facts the widgets state in words, checked in the page once the widgets read them (their
 * tag observes the attribute); until then the config block above is what is checked.
 */
const FACTS_IN_WORDS = [
  ['fee', /\$150/],
  ['cancellation-hours', /24 hours/],
  ['insurance', /Aetna/],
  ['free-call', /15-minute/],
];

const TAGS = ['therapy-guide', 'therapy-confidentiality', 'therapy-faq', 'therapy-crisis'];

function fail(message) {
  throw new Error(message);
}

/**
 * Opens one published post as a logged-out reader and checks it.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} link
 * @param {{ host: string, integrity: string, file: string, version: string, kind: 'shortcodes' | 'blocks', variant: { modules: boolean, theme: string } }} expected
 */
export async function readerChecks(browser, link, { host, integrity, file, version, kind, variant }) {
  const context = await browser.newContext();
  const requests = [];
  const messages = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  try {
    await page.goto(link, { waitUntil: 'load' });
    await page.waitForFunction(
      (tags) => tags.every((tag) => (document.querySelector(tag)?.shadowRoot?.textContent ?? '').length > 40),
      TAGS,
      { timeout: 20_000 },
    );
    const seen = await page.evaluate(
      ({ tags, facts }) => {
        const widgets = [...document.querySelectorAll(tags.join(', '))];
        const text = (el) => `${el.shadowRoot.textContent} ${el.textContent}`.replace(/\s+/g, ' ');
        const faq = document.querySelector('therapy-faq');
        const scripts = [...document.querySelectorAll('script[src*="/plugins/therapy-widgets/"]')];
        const script = scripts[0];
        const block = document.getElementById('therapy-widgets-config');
        const observed = customElements.get('therapy-faq')?.observedAttributes ?? [];
        return {
          tags: widgets.map((el) => el.localName),
          withoutName: widgets
            .filter((el) => !text(el).includes('Calm Harbour Therapy'))
            .map((el) => el.localName),
          crisisLine: Boolean(
            document.querySelector('therapy-crisis').shadowRoot.querySelector('a[href="tel:988"]'),
          ),
          bookingLink: Boolean(faq.shadowRoot.querySelector('a[href="https://calmharbour.example/book"]')),
          faqHeading: faq.shadowRoot.querySelector('[part~="heading"]')?.localName,
          single: faq.hasAttribute('single'),
          faqText: text(faq),
          faqShown: faq.shadowRoot.textContent.replace(/\s+/g, ' '),
          insideParagraph: widgets.filter((el) => el.parentElement.closest('p')).map((el) => el.localName),
          strayMarkup: widgets.flatMap((el) =>
            [...el.children].filter((c) => c.localName !== 'details').map((c) => c.localName),
          ),
          scripts: scripts.length,
          script: script && {
            type: script.type,
            src: script.getAttribute('src'),
            id: script.id,
            integrity: script.integrity,
            referrerPolicy: script.referrerPolicy,
            inHead: script.parentElement === document.head,
            afterWidgets: widgets.every(
              (el) => el.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING,
            ),
          },
          block: block && { type: block.type, text: block.textContent },
          pending: facts.filter(([name]) => !observed.includes(name)).map(([name]) => name),
          words: facts
            .filter(([name]) => observed.includes(name))
            .filter(([, pattern]) => !new RegExp(pattern).test(widgets.map(text).join(' ')))
            .map(([name]) => name),
        };
      },
      { tags: TAGS, facts: FACTS_IN_WORDS.map(([name, pattern]) => [name, pattern.source]) },
    );
    const where = `${kind} post`;
    if (seen.tags.join() !== TAGS.join()) fail(`${where}: widgets ${seen.tags.join()}`);
    if (seen.withoutName.length > 0) fail(`${where}: no practice name in ${seen.withoutName.join()}`);
    if (!seen.crisisLine) fail(`${where}: the crisis notice has no tel:988 link (jurisdiction us)`);
    if (!seen.bookingLink) fail(`${where}: the FAQ has no booking link`);
    if (seen.faqHeading !== 'h3')
      fail(`${where}: the FAQ heading is ${seen.faqHeading}, not h3 (heading_level="3")`);
    if (kind === 'shortcodes' && !seen.single) fail(`${where}: [therapy_faq single] lost its flag`);
    if (kind === 'blocks' && !seen.faqShown.includes('Do you have evening appointments?')) {
      fail(`${where}: the practice's own FAQ question is missing`);
    }
    // The own question written in Spanish only: not shown on this English site.
    if (kind === 'blocks' && seen.faqShown.includes('¿Tienen citas por la tarde?')) {
      fail(`${where}: the Spanish-only own question shows in the English FAQ`);
    }
    if (seen.insideParagraph.length > 0)
      fail(`${where}: wpautop put ${seen.insideParagraph.join()} inside a <p>`);
    if (seen.strayMarkup.length > 0)
      fail(`${where}: stray markup inside the widgets: ${seen.strayMarkup.join()}`);
    if (seen.words.length > 0) fail(`${where}: the widgets read ${seen.words.join()} but do not state it`);

    if (seen.scripts !== 1) fail(`${where}: ${seen.scripts} script tags for the module`);
    const { script } = seen;
    if (script.type !== 'module') fail(`${where}: script type ${script.type}`);
    if (
      !script.src.startsWith(
        `http://${host}/wp-content/plugins/therapy-widgets/assets/${file}?ver=${version}`,
      )
    ) {
      fail(`${where}: script src ${script.src}`);
    }
    if (script.integrity !== integrity) fail(`${where}: script integrity ${script.integrity}`);
    if (script.referrerPolicy !== 'no-referrer') fail(`${where}: referrer policy ${script.referrerPolicy}`);
    const id = variant.modules ? 'therapy-widgets-js-module' : 'therapy-widgets-js';
    if (script.id !== id) fail(`${where}: script id ${script.id}, expected ${id}`);
    const inHead = variant.modules && variant.theme === 'twentytwentythree';
    if (script.inHead !== inHead) fail(`${where}: script ${script.inHead ? 'in' : 'not in'} the head`);
    if (!inHead && !script.afterWidgets) fail(`${where}: the footer script is not after the widgets`);

    if (!seen.block || seen.block.type !== 'application/json') fail(`${where}: no config block`);
    if (/[<>&]/.test(seen.block.text)) fail(`${where}: the config block has raw < > or &`);
    const config = JSON.parse(seen.block.text);
    const expected = expectedConfig();
    if (JSON.stringify(config) !== JSON.stringify(expected)) {
      fail(`${where}: config block ${JSON.stringify(config)}\n        expected ${JSON.stringify(expected)}`);
    }

    const elsewhere = requests.filter(
      (url) => !['data:', 'blob:'].includes(new URL(url).protocol) && new URL(url).host !== host,
    );
    if (elsewhere.length > 0) fail(`${where}: requests that left the site: ${elsewhere.join(', ')}`);
    if (messages.length > 0) fail(`${where}: console: ${messages.join(' | ')}`);
    return { pending: seen.pending };
  } finally {
    await context.close();
  }
}
