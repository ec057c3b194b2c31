/**
 * The configurator: reads the form in demo/configurator.html, shows the snippet, and applies
 * the same plan to the real widgets in the live preview as the practice types. Stores and
 * sends nothing. The entry (configurator.ts) passes in the integrity hash read at build time.
 */
import { FIELDS, type Field } from '../src/core/settings.js';
import {
  CONFIG_ID,
  SETTING_ATTRIBUTES,
  embedPlan,
  jsonForScript,
  snippetHtml,
  type EmbedChoices,
  type EmbedPlan,
  type SettingAttribute,
  type WidgetTag,
} from './snippet.js';
import { bindTokenRows, offerFonts, previewStyle, readTokens, wireCopy } from './ui.js';

/** How each setting is checked: the elements' own parsers, so the hints match what they do. */
const CHECKS = new Map<string, Field<unknown>>(
  Object.values(FIELDS).map((field: Field<unknown>) => [field.attribute, field]),
);

type Control = HTMLInputElement | HTMLSelectElement | RadioNodeList;

/** What the form says, as the snippet module takes it. */
export function readChoices(form: HTMLFormElement, integrity: string | undefined): EmbedChoices {
  const value = (name: string): string => (form.elements.namedItem(name) as Control | null)?.value ?? '';
  const settings: Partial<Record<SettingAttribute, string>> = {};
  for (const name of SETTING_ATTRIBUTES) settings[name] = value(name);
  const elements = [...form.querySelectorAll<HTMLInputElement>('input[name="element"]:checked')].map(
    (box) => box.value as WidgetTag,
  );
  return {
    elements,
    scriptUrl: value('script-url'),
    integrity,
    settings,
    useConfigBlock: (form.elements.namedItem('use-config') as HTMLInputElement).checked,
    tokens: readTokens(form),
  };
}

/** Makes the preview match the plan: the same tags, attributes, settings block and CSS. */
export function applyPlan(host: HTMLElement, plan: EmbedPlan): void {
  const doc = host.ownerDocument;
  previewStyle(host).textContent = plan.css ?? '';

  let block = host.querySelector<HTMLScriptElement>(`script[type="application/json"]`);
  const json = plan.config ? jsonForScript(plan.config) : undefined;
  const configChanged = (block?.textContent ?? undefined) !== json;
  if (json === undefined) {
    block?.remove();
  } else if (configChanged) {
    if (!block) {
      block = doc.createElement('script');
      block.type = 'application/json';
      block.id = CONFIG_ID;
      host.prepend(block);
    }
    block.textContent = json;
  }

  const existing = [...host.querySelectorAll<HTMLElement>(':scope > [data-widget]')];
  const ordered = plan.tags.map(({ tag, attributes }) => {
    let el = existing.find((widget) => widget.localName === tag);
    if (!el) {
      el = doc.createElement(tag);
      el.dataset['widget'] = '';
    }
    const keep = new Set(attributes.map(([name]) => name));
    for (const name of [...SETTING_ATTRIBUTES, 'config']) if (!keep.has(name)) el.removeAttribute(name);
    for (const [name, value] of attributes) if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    return el;
  });
  for (const old of existing) if (!ordered.includes(old)) old.remove();
  // Page order, moving only what is out of place (moving an element resets what it shows).
  ordered.forEach((el, i) => {
    const before = ordered[i - 1];
    if (before) {
      if (before.nextElementSibling !== el) before.after(el);
    } else {
      const first = host.querySelector(':scope > [data-widget]');
      if (first !== el) host.insertBefore(el, first);
    }
    // The elements read the settings block when they update: a changed block needs one.
    if (configChanged) (el as HTMLElement & { requestUpdate?: () => void }).requestUpdate?.();
  });
}

/** Shows, under a field, why the widgets would leave its value out. */
function checkField(input: HTMLInputElement): void {
  const problem = input.ownerDocument.getElementById(`${input.id}-problem`);
  const field = CHECKS.get(input.name);
  if (!problem || !field) return;
  const value = input.value.trim();
  const bad = value !== '' && field.parse(value) === undefined;
  problem.hidden = !bad;
  problem.textContent = bad ? `The widgets will leave this out. They accept ${field.accepted}.` : '';
  if (bad) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

export interface Configurator {
  /** The snippet as shown. */
  snippet(): string;
}

/** Starts the configurator on the page's form. */
export function startConfigurator(doc: Document, integrity: string | undefined): Configurator {
  const form = doc.getElementById('configurator') as HTMLFormElement;
  const output = doc.getElementById('snippet') as HTMLTextAreaElement;
  const preview = doc.getElementById('preview') as HTMLElement;
  const note = doc.getElementById('sri-note') as HTMLElement;

  offerFonts(form);
  note.textContent = integrity
    ? 'The integrity hash matches this version of therapy-widgets.js. If you update the file, make a new snippet.'
    : 'No integrity hash yet, so the snippet has none (a made-up one would block the file): run npm run build to get the hash, then reload this page.';

  const update = (): void => {
    const plan = embedPlan(readChoices(form, integrity));
    output.value = snippetHtml(plan);
    applyPlan(preview, plan);
  };
  form.addEventListener('input', (event) => {
    const target = event.target as Element;
    if (target.localName === 'input') checkField(target as HTMLInputElement);
    update();
  });
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  bindTokenRows(form, update);
  wireCopy(doc, output);
  update();
  return { snippet: () => output.value };
}
