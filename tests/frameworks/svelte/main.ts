import '../shared/instrument';
// The optional sheet that keeps the page from moving while the elements load.
import 'therapy-widgets/therapy-widgets.css';
import { hydrate, mount, unmount } from 'svelte';
import { harness } from '../shared/page';
import App from './App.svelte';

harness({
  mount(target) {
    const app = mount(App, { target });
    return () => void unmount(app);
  },
  hydrate(target) {
    const app = hydrate(App, { target });
    return () => void unmount(app);
  },
});
