import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { focusRings, lowContrastEdges, lowContrastText, smallTargets } from '../support/checks.js';
import { definedWidgets, mountWidget, settle, type WidgetSpec } from '../support/widgets.js';

/** The two host pages of the product contract: a white one with theme light, a dark one with theme dark. */
const HOSTS = [
  { theme: 'light', body: 'background: #ffffff; color: #000000' },
  { theme: 'dark', body: 'background: #121212; color: #e8e8e8' },
] as const;

let bodyStyle: string | null;
function paintBody(style: string): void {
  bodyStyle = document.body.getAttribute('style');
  document.body.setAttribute('style', style);
}
function restoreBody(): void {
  if (bodyStyle === null) document.body.removeAttribute('style');
  else document.body.setAttribute('style', bodyStyle);
}

/** The states worth reading: the fullest one, and the FAQ with search matches marked. */
async function states(spec: WidgetSpec, theme: string): Promise<LitElement[]> {
  const { el } = await mountWidget(spec, { attributes: { theme } });
  const shown = [el];
  if (spec.tag === 'therapy-faq') {
    const { el: searched } = await mountWidget(spec, { attributes: { theme }, plain: true });
    const input = searched.shadowRoot!.querySelector('input')!;
    input.value = 'session';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(searched);
    shown.push(searched);
  }
  return shown;
}

describe('theming: contrast and target size', () => {
  afterEach(restoreBody);

  for (const host of HOSTS) {
    for (const spec of definedWidgets()) {
      it(`<${spec.tag}> theme="${host.theme}" on a ${host.theme} page: text at least 4.5:1 (large 3:1), fields and state marks 3:1`, async () => {
        paintBody(host.body);
        for (const el of await states(spec, host.theme)) {
          const text = lowContrastText(el);
          expect(text.failures, `text in <${spec.tag}>`).to.deep.equal([]);
          expect(text.checked, 'texts read').to.be.at.least(8);
          expect(lowContrastEdges(el), `edges in <${spec.tag}>`).to.deep.equal([]);
        }
      });

      it(`<${spec.tag}> theme="${host.theme}": every keyboard stop shows its whole focus ring, at least 3:1`, async () => {
        paintBody(host.body);
        const { el } = await mountWidget(spec, { attributes: { theme: host.theme } });
        const rings = await focusRings(el);
        expect(rings.stops, 'keyboard stops').to.be.at.least(spec.tag === 'therapy-crisis' ? 4 : 8);
        expect(rings.failures).to.deep.equal([]);
      });
    }
  }

  for (const spec of definedWidgets()) {
    it(`<${spec.tag}>: every button, field, choice and link outside a sentence is at least 24×24 px`, async () => {
      for (const el of await states(spec, 'light')) expect(smallTargets(el)).to.deep.equal([]);
    });
  }
});
