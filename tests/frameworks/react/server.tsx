// The app rendered on the server (build.mjs writes it into dist/react/server-rendered.html).
import { renderToString } from 'react-dom/server';
import { App } from './App';

export const render = async (): Promise<string> => renderToString(<App />);
