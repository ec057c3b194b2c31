// The app rendered on the server (build.mjs writes it into dist/svelte/server-rendered.html).
import { render as renderApp } from 'svelte/server';
import App from './App.svelte';

export const render = async (): Promise<string> => renderApp(App).body;
