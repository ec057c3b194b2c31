// Test instrument, imported first by each app (never part of the examples): keeps the list of
// the event listeners in place, so the browser test can tell whether unmounting left one
// behind (listeners on nodes no longer in the document go with those nodes and are not
// counted), and every error and warning the page reports, hydration mismatches among them.
interface Registration {
  readonly target: EventTarget;
  readonly type: string;
  readonly listener: EventListenerOrEventListenerObject;
  readonly capture: boolean;
}

declare global {
  interface Window {
    /** One line per listener in place on the window, the document, a node in the document or any other target. */
    listenersInPlace(): string[];
    /** Each console.error and console.warn message, and each uncaught error, in order. */
    readonly pageProblems: string[];
    /** The widgets the server rendered, as they were before the app hydrated them. */
    readonly serverRendered: Element[];
  }
}

const registrations: Registration[] = [];
const proto = EventTarget.prototype;
const add = proto.addEventListener;
const remove = proto.removeEventListener;

const captureOf = (options?: boolean | EventListenerOptions): boolean =>
  typeof options === 'boolean' ? options : Boolean(options?.capture);

function find(
  target: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject,
  capture: boolean,
) {
  return registrations.findIndex(
    (r) => r.target === target && r.type === type && r.listener === listener && r.capture === capture,
  );
}

proto.addEventListener = function (this: EventTarget, type, listener, options) {
  add.call(this, type, listener, options);
  if (!listener) return;
  const capture = captureOf(options);
  // The browser ignores a second identical registration; so does the list.
  if (find(this, type, listener, capture) !== -1) return;
  const registration: Registration = { target: this, type, listener, capture };
  registrations.push(registration);
  const drop = (): void => {
    const index = registrations.indexOf(registration);
    if (index !== -1) registrations.splice(index, 1);
  };
  if (typeof options === 'object' && options.once) add.call(this, type, drop, { once: true, capture });
  if (typeof options === 'object' && options.signal) add.call(options.signal, 'abort', drop, { once: true });
};

proto.removeEventListener = function (this: EventTarget, type, listener, options) {
  remove.call(this, type, listener, options);
  if (!listener) return;
  const index = find(this, type, listener, captureOf(options));
  if (index !== -1) registrations.splice(index, 1);
};

function describe(target: EventTarget): string {
  if (target === window) return 'window';
  if (target === document) return 'document';
  if (target instanceof ShadowRoot) return `<${target.host.localName}> shadow root`;
  if (target instanceof Element) return `<${target.localName}${target.id ? `#${target.id}` : ''}>`;
  if (target instanceof MediaQueryList) return `matchMedia(${target.media})`;
  return target.constructor.name;
}

window.listenersInPlace = () =>
  registrations
    .filter((r) => !(r.target instanceof Node) || r.target.isConnected)
    .map((r) => `${describe(r.target)} ${r.type}${r.capture ? ' (capture)' : ''}`)
    .sort();

// Module scripts run after the page is parsed: server-rendered markup is already here.
Object.defineProperty(window, 'serverRendered', {
  value: [...document.querySelectorAll('#app therapy-guide, #app therapy-faq')],
});

const problems: string[] = [];
Object.defineProperty(window, 'pageProblems', { value: problems });
for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    problems.push(`console.${level}: ${args.map(String).join(' ')}`);
    original(...args);
  };
}
add.call(window, 'error', (event) => problems.push(`error: ${(event as ErrorEvent).message}`));
add.call(window, 'unhandledrejection', (event) => {
  problems.push(`unhandled rejection: ${String((event as PromiseRejectionEvent).reason)}`);
});

export {};
