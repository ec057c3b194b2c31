// The page around each app: a Mount and an Unmount button outside the framework's root, which
// mount the app into #app again and unmount it with the framework's own API. It starts mounted.
export function harness(mount: (target: HTMLElement) => () => void): void {
  const button = (id: string, label: string): HTMLButtonElement => {
    const element = document.createElement('button');
    element.type = 'button';
    element.id = id;
    element.textContent = label;
    return element;
  };
  const mountButton = button('mount', 'Mount');
  const unmountButton = button('unmount', 'Unmount');
  const target = document.createElement('div');
  target.id = 'app';
  document.body.append(mountButton, unmountButton, target);

  let unmount: (() => void) | undefined = mount(target);
  mountButton.addEventListener('click', () => {
    unmount ??= mount(target);
  });
  unmountButton.addEventListener('click', () => {
    unmount?.();
    unmount = undefined;
  });
}
