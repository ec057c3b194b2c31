// The page around each app: a Mount and an Unmount button outside the framework's root, which
// mount the app into #app again and unmount it with the framework's own API. The app starts
// mounted: hydrated when the page came server-rendered (an #app already in the page), else
// rendered into a new #app.
export interface FrameworkApp {
  /** Renders the app into the empty target; returns its unmount. */
  mount(target: HTMLElement): () => void;
  /** Takes over the server-rendered markup in the target; returns its unmount. */
  hydrate(target: HTMLElement): () => void;
}

export function harness(app: FrameworkApp): void {
  const button = (id: string, label: string): HTMLButtonElement => {
    const element = document.createElement('button');
    element.type = 'button';
    element.id = id;
    element.textContent = label;
    return element;
  };
  const mountButton = button('mount', 'Mount');
  const unmountButton = button('unmount', 'Unmount');
  const rendered = document.querySelector<HTMLElement>('#app');
  const target = rendered ?? document.createElement('div');
  target.id = 'app';
  document.body.prepend(mountButton, unmountButton);
  document.body.append(target);

  let unmount: (() => void) | undefined = rendered ? app.hydrate(target) : app.mount(target);
  mountButton.addEventListener('click', () => {
    unmount ??= app.mount(target);
  });
  unmountButton.addEventListener('click', () => {
    unmount?.();
    unmount = undefined;
  });
}
