/**
 * Reading the page without trusting its names. A `<form>` exposes its fields as properties
 * (`form.localName` can be the field named "localName") and `document` exposes named images
 * and forms the same way (`document.getElementById` can be an `<img>`). These read through
 * the standard prototypes instead, which no name in the page can shadow. Each is looked up
 * on first use, so the module loads in any realm that has a DOM.
 */

type Proto = () => object;

/** The property on the standard prototype or the first of its own prototypes that has it. */
function standard(proto: object, name: string): PropertyDescriptor | undefined {
  for (let at: object | null = proto; at; at = Object.getPrototypeOf(at) as object | null) {
    const found = Object.getOwnPropertyDescriptor(at, name);
    if (found) return found;
  }
  return undefined;
}

function getter<T>(proto: Proto, name: string): (target: object) => T {
  let get: (() => unknown) | undefined;
  return (target) => {
    get ??= standard(proto(), name)?.get;
    if (!get) throw new TypeError(`this DOM has no standard ${name} getter`);
    return get.call(target) as T;
  };
}

function method<A extends unknown[], T>(proto: Proto, name: string): (target: object, ...args: A) => T {
  let call: ((...args: A) => unknown) | undefined;
  return (target, ...args) => {
    call ??= standard(proto(), name)?.value as ((...args: A) => unknown) | undefined;
    if (typeof call !== 'function') throw new TypeError(`this DOM has no standard ${name}()`);
    return call.apply(target, args) as T;
  };
}

const node = (): object => Node.prototype;
const element = (): object => Element.prototype;
const doc = (): object => Document.prototype;

export const HTML_NS = 'http://www.w3.org/1999/xhtml';

export const nodeType = getter<number>(node, 'nodeType');
export const firstChild = getter<Node | null>(node, 'firstChild');
export const nextSibling = getter<Node | null>(node, 'nextSibling');
export const ownerDocument = getter<Document | null>(node, 'ownerDocument');
export const characterData = getter<string>(() => CharacterData.prototype, 'data');
export const localName = getter<string>(element, 'localName');
export const namespaceURI = getter<string | null>(element, 'namespaceURI');
export const getAttribute = method<[string], string | null>(element, 'getAttribute');
export const documentElement = getter<Element | null>(doc, 'documentElement');
export const getElementById = method<[string], Element | null>(doc, 'getElementById');
export const createElement = method<[string], HTMLElement>(doc, 'createElement');
export const createTextNode = method<[string], Text>(doc, 'createTextNode');

/** The HTML element name of a node (`"p"`, `"details"`), or `undefined` for anything else. */
export function htmlName(target: Node): string | undefined {
  return nodeType(target) === 1 && namespaceURI(target) === HTML_NS ? localName(target) : undefined;
}

/** The data of a node's own Text children, joined: what a `<script>` holds ("child text content"). */
export function childText(parent: Node): string {
  let text = '';
  for (let child = firstChild(parent); child; child = nextSibling(child)) {
    if (nodeType(child) === 3) text += characterData(child);
  }
  return text;
}
