import '../shared/listeners';
// The optional sheet that keeps the page from moving while the elements load.
import 'therapy-widgets/therapy-widgets.css';
import { createRoot } from 'react-dom/client';
import { harness } from '../shared/page';
import { App } from './App';

harness((target) => {
  const root = createRoot(target);
  root.render(<App />);
  return () => root.unmount();
});
