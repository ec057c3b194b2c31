import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { composedParent, parseColor } from '../support/color.js';
import {
  addStyle,
  definedWidgets,
  mountWidget,
  partElements,
  productContract,
  type WidgetSpec,
} from '../support/widgets.js';

/** The parts PRODUCT.md promises on this element: the common ones that apply, and its own. */
async function promisedParts(spec: WidgetSpec): Promise<string[]> {
  const { commonParts, parts } = await productContract();
  const own = spec.product ? (parts[spec.product] ?? []) : [];
  return [...commonParts.filter((p) => !(p in spec.notApplicable)), ...own];
}

/** Every part name the element exposes to the page: its own, and those exported to it. */
function exposedParts(host: Element): Set<string> {
  const root = host.shadowRoot!;
  const names = new Set(
    [...root.querySelectorAll('[part]')].flatMap((el) => el.getAttribute('part')!.split(/\s+/)),
  );
  for (const inner of root.querySelectorAll('[exportparts]')) {
    for (const entry of inner.getAttribute('exportparts')!.split(',')) {
      const [from, to] = entry.split(':').map((s) => s.trim());
      if (exposedParts(inner).has(from!)) names.add(to ?? from!);
    }
  }
  return names;
}

interface ManifestPart {
  name: string;
  description?: string;
}

async function manifestParts(tag: string): Promise<ManifestPart[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: { tagName?: string; cssParts?: ManifestPart[] }[] }[];
  };
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!declaration) throw new Error(`custom-elements.json does not describe <${tag}> (stale manifest?)`);
  return declaration.cssParts ?? [];
}

describe('theming: documented parts', () => {
  it('PRODUCT.md lists the parts these tests check', async () => {
    const { commonParts, parts } = await productContract();
    expect(commonParts).to.deep.equal(['heading', 'intro', 'button', 'link', 'crisis']);
    expect(Object.keys(parts)).to.deep.equal(['FAQ', 'Guide', 'Confidentiality']);
    for (const spec of definedWidgets()) {
      for (const name of Object.keys(spec.notApplicable)) expect(commonParts).to.include(name);
    }
  });

  for (const spec of definedWidgets()) {
    it(`<${spec.tag}> renders every part PRODUCT.md promises, and ::part() from the page styles each`, async () => {
      const { el } = await mountWidget(spec);
      for (const name of await promisedParts(spec)) {
        const targets = partElements(el, name);
        expect(targets, `part "${name}" in <${spec.tag}>`).not.to.be.empty;
        const undo = addStyle(`${spec.tag}::part(${name}) { color: rgb(1, 2, 3); }`);
        try {
          for (const target of targets) {
            expect(
              parseColor(getComputedStyle(target).color),
              `::part(${name}) on <${target.localName}>`,
            ).to.deep.equal([1, 2, 3, 1]);
            // Not merely inherited from a styled ancestor: the part itself is selected.
            const parent = composedParent(target);
            expect(parent && parseColor(getComputedStyle(parent).color)).not.to.deep.equal([1, 2, 3, 1]);
          }
        } finally {
          undo();
        }
      }
      for (const name of Object.keys(spec.notApplicable)) {
        expect(partElements(el, name), `"${name}" does not apply to <${spec.tag}>`).to.be.empty;
      }
    });

    it(`<${spec.tag}> exposes exactly the parts custom-elements.json documents`, async () => {
      const { el } = await mountWidget(spec);
      // A part documented as "Not used" is named for symmetry with the other elements only.
      const documented = (await manifestParts(spec.tag))
        .filter((p) => !/^not used/i.test(p.description ?? ''))
        .map((p) => p.name);
      expect([...exposedParts(el)].sort()).to.deep.equal([...documented].sort());
    });
  }
});
