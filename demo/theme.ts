/** The theme playground page's entry. */
import { startThemePlayground } from './theme-app.js';

startThemePlayground(document);
