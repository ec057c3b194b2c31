import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { composedParent, parseColor } from '../support/color.js';
import {
  addStyle,
  definedWidgets,
  documentedContract,
  mountWidget,
  partElements,
  type WidgetSpec,
} from '../support/widgets.js';

/** The parts the element documents (JSDoc `@csspart`, through custom-elements.json). */
async function promisedParts(spec: WidgetSpec): Promise<string[]> {
  const { parts } = await documentedContract();
  const own = parts[spec.tag];
  if (!own) throw new Error(`custom-elements.json does not describe <${spec.tag}> (stale manifest?)`);
  return own;
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

describe('theming: documented parts', () => {
  it('every element documents the common parts, except those that do not apply to it', async () => {
    const { commonParts, parts } = await documentedContract();
    expect(Object.keys(parts).sort()).to.deep.equal(
      definedWidgets()
        .map((w) => w.tag)
        .sort(),
    );
    // Parts every element exposes where it applies; a part absent from one element is listed
    // in that element's `notApplicable` with the reason.
    const common = ['heading', 'intro', 'button', 'link', 'crisis'];
    for (const spec of definedWidgets()) {
      for (const name of common) {
        const documented = parts[spec.tag]!.includes(name);
        expect(documented, `<${spec.tag}> documents "${name}" or says why not`).to.equal(
          !(name in spec.notApplicable),
        );
      }
    }
    expect(commonParts).to.include.members(
      common.filter((n) => definedWidgets().every((w) => !(n in w.notApplicable))),
    );
  });

  for (const spec of definedWidgets()) {
    it(`<${spec.tag}> renders every part it documents, and ::part() from the page styles each`, async () => {
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
      const documented = await promisedParts(spec);
      expect(documented, `<${spec.tag}> documents parts`).not.to.be.empty;
      expect([...exposedParts(el)].sort()).to.deep.equal([...documented].sort());
    });
  }
});
