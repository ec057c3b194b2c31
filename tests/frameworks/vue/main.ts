import '../shared/instrument';
// The optional sheet that keeps the page from moving while the elements load.
import 'therapy-widgets/therapy-widgets.css';
import { createApp, createSSRApp, type App as VueApp } from 'vue';
import { harness } from '../shared/page';
import App from './App.vue';

const start = (app: VueApp, target: HTMLElement) => {
  app.mount(target);
  return () => app.unmount();
};

harness({
  mount: (target) => start(createApp(App), target),
  hydrate: (target) => start(createSSRApp(App), target),
});
