import '../shared/instrument';
// The optional sheet that keeps the page from moving while the elements load.
import 'therapy-widgets/therapy-widgets.css';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { harness } from '../shared/page';
import { App } from './App';

harness({
  mount(target) {
    const root = createRoot(target);
    root.render(<App />);
    return () => root.unmount();
  },
  hydrate(target) {
    const root = hydrateRoot(target, <App />);
    return () => root.unmount();
  },
});
