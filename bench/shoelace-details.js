// Shoelace's <sl-details>, for the 24-item comparison only: scripts/bench.mjs bundles this
// into one minified file, as the project's own module is, so both load the same way.
import '@shoelace-style/shoelace/dist/components/details/details.js';
