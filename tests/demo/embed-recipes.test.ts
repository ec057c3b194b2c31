/**
 * The embed guides (docs/embed.md), followed: each platform's recipe is read from the guide
 * itself, placed where that platform puts it (head code, a block in the content, a script at
 * the end of the page, an element a builder creates by script, a page swapped in without a
 * reload), with the file address pointed at the built module and the real integrity hash,
 * and the widgets must render with their settings.
 */
import { expect } from '@open-wc/testing';
import {
  MODULE_URL,
  WIDGET_TAGS,
  blankPage,
  builtIntegrity,
  openPage,
  rendered,
  type Page,
} from '../support/embed.js';
import { textOf } from '../support/helpers.js';

interface Recipe {
  readonly lang: string;
  readonly code: string;
  /** The word after the name in the marker, such as the tag of a Wix attribute list. */
  readonly extra: string | undefined;
}

let recipes: Map<string, Recipe>;
let integrity: string;

/** The guide's code blocks marked `<!-- recipe: name -->`, by name. */
function readRecipes(markdown: string): Map<string, Recipe> {
  const found = new Map<string, Recipe>();
  for (const match of markdown.matchAll(
    /<!-- recipe: ([\w-]+)(?: ([\w-]+))? -->\s*```(\w+)\n([\s\S]*?)\n```/g,
  )) {
    found.set(match[1]!, { extra: match[2], lang: match[3]!, code: match[4]! });
  }
  return found;
}

/** A recipe as it runs here: the example file address → the built module, the real hash. */
function recipe(name: string): string {
  const found = recipes.get(name);
  if (!found) throw new Error(`docs/embed.md has no recipe "${name}"`);
  return found.code
    .replace(/https:\/\/[\w.-]*calmharbour\.example\/[^"?\s]*therapy-widgets\.js/g, MODULE_URL)
    .replace(/sha384-REPLACE-WITH-YOUR-HASH/g, integrity);
}

/** Every widget in the page renders, says the practice's name, and shows the right numbers. */
async function expectWidgets(
  root: ParentNode,
  expected: readonly string[],
  crisisNumber?: string,
): Promise<void> {
  const widgets = [...root.querySelectorAll<HTMLElement>(WIDGET_TAGS.join(', '))];
  expect(widgets.map((el) => el.localName)).to.deep.equal(expected);
  for (const el of widgets) {
    await rendered(el);
    expect(textOf(el), el.localName).to.contain('Calm Harbour Therapy');
    if (el.localName === 'therapy-crisis' && crisisNumber) {
      expect(el.shadowRoot!.querySelector(`a[href="tel:${crisisNumber}"]`), `tel:${crisisNumber}`).to.exist;
    }
  }
}

function scriptOf(page: Page): HTMLScriptElement {
  const script = page.doc.querySelector<HTMLScriptElement>(`script[src^="${MODULE_URL}"]`)!;
  expect(script.integrity).to.equal(integrity);
  return script;
}

/** A WordPress page: the theme's header, the post content, the footer, then footer scripts. */
function wordpressPage(content: string, { head = '', footer = '' } = {}): string {
  return blankPage(
    `<header class="wp-block-template-part"><p class="site-title">Calm Harbour Therapy</p></header>
     <main class="wp-block-group"><article class="post"><h1>Before your first session</h1>
     <div class="entry-content wp-block-post-content"><p>A few words about us.</p>${content}<p>See you soon.</p></div>
     </article></main><footer class="wp-block-template-part"><p>© Calm Harbour Therapy</p></footer>${footer}`,
    head,
  );
}

describe('the embed guides (docs/embed.md), followed on a plain page', () => {
  const pages: Page[] = [];
  const open = async (html: string): Promise<Page> => {
    const page = await openPage(html, { watchErrors: true });
    pages.push(page);
    return page;
  };
  before(async () => {
    recipes = readRecipes(await (await fetch('/docs/embed.md')).text());
    integrity = await builtIntegrity();
  });
  afterEach(() => {
    for (const page of pages.splice(0)) page.close();
  });

  it('has every recipe the tests follow, and each example file address is one they can point at the module', () => {
    for (const name of [
      'script',
      'tags',
      'plain',
      'wordpress-block',
      'wordpress-theme-output',
      'wordpress-theme-tags',
      'squarespace-header',
      'squarespace-block',
      'wix-head',
      'wix-attributes',
      'webflow-head',
      'webflow-embed',
    ]) {
      expect(recipes.has(name), name).to.equal(true);
      if (recipes.get(name)!.lang === 'html' && recipes.get(name)!.code.includes('therapy-widgets.js')) {
        expect(recipe(name), name).to.contain(`src="${MODULE_URL}`);
        expect(recipe(name), name).not.to.contain('REPLACE-WITH-YOUR-HASH');
      }
    }
  });

  it('before you start: the script line and the tags, pasted together into a page body', async () => {
    const page = await open(blankPage(`${recipe('script')}\n${recipe('tags')}`));
    scriptOf(page);
    await expectWidgets(page.doc, WIDGET_TAGS, '988');
    expect(page.errors()).to.deep.equal([]);
  });

  it('plain HTML: script and settings block in the head, tags naming the block', async () => {
    const page = await open(recipe('plain'));
    expect(scriptOf(page).parentElement).to.equal(page.doc.head);
    await expectWidgets(page.doc, ['therapy-guide', 'therapy-faq', 'therapy-crisis'], '988');
    const faq = page.doc.querySelector('therapy-faq')!;
    expect(faq.shadowRoot!.querySelector('a[href="https://calmharbour.example/book"]')).to.exist;
    expect(page.errors()).to.deep.equal([]);
  });

  it('WordPress, Custom HTML block: script and tags inside the post content', async () => {
    const page = await open(wordpressPage(recipe('wordpress-block')));
    expect(scriptOf(page).closest('.entry-content')).to.exist;
    await expectWidgets(page.doc, ['therapy-faq', 'therapy-crisis'], '988');
    expect(page.errors()).to.deep.equal([]);
  });

  it('WordPress, theme with a classic layout: the module script printed in the footer, after the tags', async () => {
    const page = await open(
      wordpressPage(recipe('wordpress-theme-tags'), { footer: recipe('wordpress-theme-output') }),
    );
    const script = scriptOf(page);
    expect(script.src).to.contain('?ver=0.1.0');
    expect(script.id).to.equal('therapy-widgets-js-module');
    for (const tag of page.doc.querySelectorAll('therapy-guide, therapy-faq')) {
      expect(tag.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    }
    await expectWidgets(page.doc, ['therapy-guide', 'therapy-faq']);
    expect(page.errors()).to.deep.equal([]);
  });

  it('WordPress, block theme: the same module script printed in the head', async () => {
    const page = await open(
      wordpressPage(recipe('wordpress-theme-tags'), { head: recipe('wordpress-theme-output') }),
    );
    expect(scriptOf(page).parentElement).to.equal(page.doc.head);
    await expectWidgets(page.doc, ['therapy-guide', 'therapy-faq']);
  });

  it('Squarespace: header code injection plus a code block', async () => {
    const block = `<div class="sqs-block code-block sqs-block-code"><div class="sqs-block-content">${recipe('squarespace-block')}</div></div>`;
    const page = await open(
      blankPage(`<main id="page" role="main">${block}</main>`, recipe('squarespace-header')),
    );
    expect(scriptOf(page).parentElement).to.equal(page.doc.head);
    await expectWidgets(page.doc, ['therapy-faq', 'therapy-crisis'], '999');
    expect(page.errors()).to.deep.equal([]);
  });

  it('Squarespace with AJAX page loading: a code block swapped in later still becomes widgets', async () => {
    const page = await open(
      blankPage(`<main id="page" role="main"><p>Home</p></main>`, recipe('squarespace-header')),
    );
    scriptOf(page);
    // The template fetches the next page and swaps its content in without a reload.
    const next = new DOMParser().parseFromString(
      blankPage(
        `<main id="page" role="main"><div class="sqs-block code-block"><div class="sqs-block-content">${recipe('squarespace-block')}</div></div></main>`,
      ),
      'text/html',
    );
    const main = page.doc.getElementById('page')!;
    main.replaceChildren(
      ...[...next.getElementById('page')!.childNodes].map((node) => page.doc.importNode(node, true)),
    );
    await expectWidgets(page.doc, ['therapy-faq', 'therapy-crisis'], '999');
    expect(page.errors()).to.deep.equal([]);
  });

  describe('Wix', () => {
    /** The attributes of the guide's "Set Attributes" list, and the tag they are for. */
    function wixElement(doc: Document): HTMLElement {
      const { extra: tag } = recipes.get('wix-attributes')!;
      const el = doc.createElement(tag!);
      for (const line of recipe('wix-attributes').split('\n')) {
        const [, name, value] = /^([\w-]+)\s{2,}(.+)$/.exec(line.trim())!;
        el.setAttribute(name!, value!);
      }
      return el;
    }

    it('custom code in the head, and a Custom Element the editor creates with attributes only', async () => {
      const page = await open(
        blankPage(
          '<div id="SITE_CONTAINER"><main><div id="comp-faq"></div></main></div>',
          recipe('wix-head'),
        ),
      );
      scriptOf(page);
      const el = wixElement(page.doc);
      expect(el.childNodes.length).to.equal(0);
      page.doc.getElementById('comp-faq')!.append(el);
      await expectWidgets(page.doc, ['therapy-faq']);
      expect(el.shadowRoot!.querySelector('a[href="https://calmharbour.example/book"]')).to.exist;
      expect(el.shadowRoot!.querySelector('a[href="tel:0255501234"]')).to.exist;
      expect(page.errors()).to.deep.equal([]);
    });

    it('the element created before the module arrives (the Server URL loaded as a module) still upgrades', async () => {
      const page = await open(blankPage('<div id="comp-faq"></div>'));
      page.doc.getElementById('comp-faq')!.append(wixElement(page.doc));
      const script = page.doc.createElement('script');
      script.type = 'module';
      script.src = MODULE_URL;
      script.integrity = integrity;
      script.crossOrigin = 'anonymous';
      page.doc.head.append(script);
      await expectWidgets(page.doc, ['therapy-faq']);
      expect(page.errors()).to.deep.equal([]);
    });

    it('if Wix loaded the Server URL as a classic script (unverified), the head module still makes the widget', async () => {
      const page = await open(blankPage('<div id="comp-faq"></div>', recipe('wix-head')));
      const classic = page.doc.createElement('script');
      const failed = new Promise((resolve) => page.win.addEventListener('error', resolve, { once: true }));
      classic.src = `${MODULE_URL}?classic`;
      page.doc.body.append(classic);
      await failed;
      expect(page.errors().length).to.equal(1);
      page.doc.getElementById('comp-faq')!.append(wixElement(page.doc));
      await expectWidgets(page.doc, ['therapy-faq']);
    });
  });

  it('Webflow: head custom code plus a Code Embed, also inside CMS rich text', async () => {
    const embed = `<div class="w-embed">${recipe('webflow-embed')}</div>`;
    const page = await open(
      blankPage(`<div class="w-richtext"><h2>Starting therapy</h2>${embed}</div>`, recipe('webflow-head')),
    );
    scriptOf(page);
    await expectWidgets(page.doc, ['therapy-guide', 'therapy-crisis'], '1737');
    expect(page.errors()).to.deep.equal([]);
  });
});
