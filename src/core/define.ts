/**
 * Registers an element once. Loading the module twice, or a tag another script already
 * took, never throws: the first definition stays. A second copy of another version gets one
 * warning for the page, not one per tag.
 */
interface Ours {
  readonly therapyWidgets?: boolean;
  readonly version?: string;
}

let versionWarned = false;

export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  const first = existing as Ours;
  if (existing !== element && !first.therapyWidgets) {
    console.warn(`<${tag}>: this tag is already defined by another script; keeping that definition.`);
  } else if (first.version !== (element as Ours).version && !versionWarned) {
    versionWarned = true;
    console.warn(
      `therapy-widgets ${(element as Ours).version ?? '(unknown)'} was loaded on a page that already has version ${first.version ?? '(unknown)'}; keeping ${first.version ?? 'that one'}. Load one copy only.`,
    );
  }
}
