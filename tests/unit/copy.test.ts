/// <reference types="node" />
import { document, markup, shadow } from './dom.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { copyChildren, MAX_NODES } from '../../src/elements/faq/copy.js';
import { readPracticeItems } from '../../src/elements/faq/items.js';

const KEPT = ['p', 'ul', 'ol', 'li', 'em', 'strong', 'b', 'i', 'br', 'a'];

/** Our copy of an answer, put in a fresh box so it can be inspected. */
function copyOf(html: string | HTMLElement) {
  const source = typeof html === 'string' ? markup(html) : html;
  const copy = copyChildren(source, null, document);
  const box = document.createElement('div');
  box.append(...copy.nodes);
  return { box, copy, text: box.textContent?.replace(/\s+/g, ' ').trim() ?? '' };
}

/** Every element and attribute in the copy, as "tag[attr,attr]". */
function shape(box: HTMLElement): string[] {
  return [...box.querySelectorAll('*')].map(
    (el) => `${el.localName}[${[...el.attributes].map((a) => a.name).join(',')}]`,
  );
}

/** Reads items from a <therapy-faq>-like host, collecting warnings. */
function items(html: string | HTMLElement) {
  const host = typeof html === 'string' ? markup(html) : html;
  const warnings: string[] = [];
  const read = readPracticeItems(host, (message) => warnings.push(message));
  return { read, warnings };
}

describe('the item copier: only our own text elements', () => {
  it('keeps paragraphs, lists, emphasis, breaks and links, and the text of anything else', () => {
    const { box, text } = copyOf(
      '<p>Sessions are <strong>$120</strong>.<br>Sliding scale <em>available</em>.</p>' +
        '<ul><li>One</li><li><i>Two</i></li></ul><ol><li><b>Three</b></li></ol>' +
        '<span class="x">Plain <u>span</u></span><h3>Heading</h3><div>Block</div>',
    );
    assert.deepEqual(shape(box), [
      'p[]',
      'strong[]',
      'br[]',
      'em[]',
      'ul[]',
      'li[]',
      'li[]',
      'i[]',
      'ol[]',
      'li[]',
      'b[]',
      'p[]',
      'p[]',
    ]);
    assert.equal(text, 'Sessions are $120.Sliding scale available.OneTwoThreePlain spanHeadingBlock');
  });

  it('copies no attribute but a safe href, and no id that could hijack a deep link', () => {
    const { box } = copyOf(
      '<p id="search" class="x" style="color:red" onclick="alert(1)" data-x="1">' +
        '<a id="faq-cost" name="faq-cost" href="/fees" target="_blank" rel="opener" ping="/ping" ' +
        'referrerpolicy="unsafe-url" download hreflang="en" type="text/html" onmouseover="alert(1)">Fees</a></p>',
    );
    assert.deepEqual(shape(box), ['p[]', 'a[href,part]']);
    assert.equal(box.querySelector('a')!.getAttribute('href'), '/fees');
    assert.equal(box.querySelector('a')!.getAttribute('part'), 'link');
    assert.equal(box.querySelector('[id]'), null);
  });

  it('makes nothing that can request: ping, srcset, poster, background, src, data', () => {
    const { box, text } = copyOf(
      '<a href="#x" ping="/probe/ping">Ping</a><img src="/probe/src" srcset="/probe/srcset 2x" alt="">' +
        '<picture><source srcset="/probe/source"><img src="/probe/img"></picture>' +
        '<video poster="/probe/poster" src="/probe/video">Video</video><audio src="/probe/audio"></audio>' +
        '<table background="/probe/table"><tr><td background="/probe/td">Cell</td><td>Two</td></tr></table>' +
        '<input type="image" src="/probe/input"><object data="/probe/object">Object</object>' +
        '<embed src="/probe/embed"><link rel="prefetch" href="/probe/link"><iframe src="/probe/iframe">x</iframe>' +
        '<svg><image href="/probe/svg-image"></image><use href="/probe/use"></use></svg>' +
        '<p style="background:url(/probe/style)">Styled</p><body background="/probe/body">',
    );
    assert.ok(
      shape(box).every((s) => KEPT.includes(s.split('[')[0]!) && /^\w+\[(href,part)?\]$/.test(s)),
      shape(box).join(' '),
    );
    assert.ok(!box.innerHTML.includes('/probe/'), box.innerHTML);
    assert.match(text, /Ping.*Video.*Cell Two.*Object.*Styled/);
  });

  it('never carries SVG <set>/<animate> that would turn a link into javascript:', () => {
    const { box, text } = copyOf(
      '<svg><a href="#ok"><set attributeName="href" to="javascript:window.__pwned=1"/>' +
        '<animate attributeName="href" values="javascript:window.__pwned=1"/><text>Click me</text></a></svg>' +
        '<a href="#fine"><svg><set attributeName="href" to="javascript:x"/></svg>Fine</a>',
    );
    assert.deepEqual(shape(box), ['a[href,part]']);
    assert.equal(box.querySelector('a')!.getAttribute('href'), '#fine');
    assert.equal(text, 'Click me Fine');
  });

  it('shows a <slot> only as its text, so no original child is projected', () => {
    const { box, text } = copyOf('<slot></slot><slot name="x"><b>Fallback</b></slot><p>Answer</p>');
    assert.equal(box.querySelector('slot'), null);
    assert.deepEqual(shape(box), ['b[]', 'p[]']);
    assert.equal(text, 'Fallback Answer');
  });

  it('shows no script, style or template text', () => {
    const { text } = copyOf(
      '<p>Yes<script>window.x=1</script><style>p{}</style><template>T</template><noscript>N</noscript></p>',
    );
    assert.equal(text, 'Yes');
  });

  it('refuses javascript:, data: and other-site protocol-relative links, keeping their text', () => {
    const { box, copy } = copyOf(
      '<a href="javascript:alert(1)">One</a><a href=" JAVA\tSCRIPT:alert(1)">Two</a>' +
        '<a href="data:text/html,x">Three</a><a href="//other.example">Four</a><a href="\\\\other.example">Five</a><a>Six</a>',
    );
    assert.deepEqual(shape(box), ['a[]', 'a[]', 'a[]', 'a[]', 'a[]', 'a[]']);
    assert.equal(copy.refusedLinks.length, 5);
    assert.equal(box.textContent, 'OneTwoThreeFourFiveSix');
  });

  it('reads through the standard prototypes when form fields shadow DOM properties', () => {
    const source = markup(
      '<p>Before</p><form action="/steal"><input name="localName"><input name="childNodes">' +
        '<input name="cloneNode"><label>Inside the form</label></form><p>After</p>',
    );
    const form = source.querySelector('form')!;
    const field = form.querySelector('input')!;
    // What a browser does: each named field becomes an own property of the form.
    for (const name of [
      'localName',
      'childNodes',
      'cloneNode',
      'nodeType',
      'firstChild',
      'nextSibling',
      'namespaceURI',
      'getAttribute',
      'attributes',
      'textContent',
    ]) {
      shadow(form, name, field);
    }
    const { box, text } = copyOf(source);
    assert.deepEqual(shape(box), ['p[]', 'p[]', 'p[]']);
    assert.equal(box.querySelector('form, input'), null);
    assert.equal(text, 'BeforeInside the formAfter');
  });

  it('copies 10,000-deep nesting without recursion, keeping the text and our nesting shallow', () => {
    for (const tag of ['div', 'em', 'ul', 'span']) {
      const source = document.createElement('div');
      let at: HTMLElement = source;
      for (let i = 0; i < 10_000; i++) {
        const child = document.createElement(tag === 'ul' ? (i % 2 ? 'li' : 'ul') : tag);
        at.append(child);
        at = child;
      }
      at.append('Deep answer');
      const { box, text } = copyOf(source);
      assert.equal(text, 'Deep answer', tag);
      let depth = 0;
      for (let el = box.firstElementChild; el; el = el.firstElementChild) depth++;
      assert.ok(depth <= 16, `${tag}: ${depth} levels`);
    }
  });
});

describe('reading practice items', () => {
  it('takes the question as text only, from the first <summary>', () => {
    const { read } = items(
      '<details id="parking"><summary>Is there <b>parking</b>?<script>bad()</script><img src=x onerror="bad()"></summary><p>Yes.</p></details>',
    );
    assert.equal(read.length, 1);
    assert.equal(read[0]!.question, 'Is there parking?');
    assert.equal(read[0]!.text().trim(), 'Yes.');
  });

  it('drops an item that cannot be copied, with one warning, and keeps the rest', () => {
    const big = document.createElement('details');
    big.innerHTML = '<summary>Huge?</summary>';
    for (let i = 0; i <= MAX_NODES; i++) big.append(document.createElement('span'));
    const host = markup('<details id="one"><summary>One?</summary>1</details>');
    host.append(big);
    host.append(markup('<details id="three"><summary>Three?</summary>3</details>').firstChild!);
    const { read, warnings } = items(host);
    assert.deepEqual(
      read.map((item) => item.id),
      ['one', 'three'],
    );
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /light-DOM item 2 was left out: it has more than 20000 nodes/);
  });

  it('warns once for each refused link, naming the item and the href', () => {
    const { read, warnings } = items(
      '<details id="a"><summary>Fees?</summary><a href="javascript:alert(1)">Fees</a></details>',
    );
    assert.equal(read.length, 1);
    assert.equal(warnings.length, 1);
    assert.match(
      warnings[0]!,
      /a link in the item "Fees\?" has href "javascript:alert\(1\)"; it accepts an https:, http: or relative URL/,
    );
  });

  it('gives no item an id that collides with the ids the widget makes', () => {
    const { read, warnings } = items(
      '<details id="cost-button"><summary>Cost?</summary>x</details>' +
        '<details id="Has Spaces"><summary>Where is the panic button</summary>x</details>' +
        '<details><summary>你好</summary>x</details><details id="faq-parking"><summary>P?</summary>x</details>',
    );
    assert.deepEqual(
      read.map((item) => item.id),
      ['cost', 'where-is-the-panic-button-item', 'item-3', 'parking'],
    );
    assert.equal(warnings.length, 2);
    assert.match(warnings[0]!, /the item "Cost\?" has id "cost-button"; it accepts .*Using "cost" instead/);
  });

  it('keeps reading the other items when a form in an answer lies about its place in the tree', () => {
    const host = markup(
      '<details id="ok"><summary>OK?</summary><fieldset><input name="a">Text</fieldset></details>' +
        '<details id="after"><summary>After?</summary>Yes</details>',
    );
    // What <input name="nodeType">, <input name="nextSibling"> and so on do to a form in a
    // browser (happy-dom keeps forms behind a proxy that refuses new properties, so this is
    // another element; the browser tests use real forms).
    const form = host.querySelector('fieldset')!;
    shadow(form, 'nodeType', 3);
    shadow(form, 'nextSibling', null);
    shadow(form, 'firstChild', null);
    shadow(form, 'childNodes', []);
    const { read } = items(host);
    assert.deepEqual(
      read.map((item) => item.id),
      ['ok', 'after'],
    );
    assert.equal(read[0]!.text().trim(), 'Text');
  });
});
