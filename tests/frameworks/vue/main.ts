import '../shared/listeners';
// The optional sheet that keeps the page from moving while the elements load.
import 'therapy-widgets/therapy-widgets.css';
import { createApp } from 'vue';
import { harness } from '../shared/page';
import App from './App.vue';

harness((target) => {
  const app = createApp(App);
  app.mount(target);
  return () => app.unmount();
});
