/**
 * Registers an element once. Loading the module twice, or a tag another script already
 * took, never throws: the first definition stays.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && !(existing as { therapyWidgets?: boolean }).therapyWidgets) {
    console.warn(`<${tag}>: this tag is already defined by another script; keeping that definition.`);
  }
}
