import '../shared/listeners';
// The optional sheet that keeps the page from moving while the elements load.
import 'therapy-widgets/therapy-widgets.css';
import { mount, unmount } from 'svelte';
import { harness } from '../shared/page';
import App from './App.svelte';

harness((target) => {
  const app = mount(App, { target });
  return () => void unmount(app);
});
