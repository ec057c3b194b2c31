/** The version of therapy-widgets, from package.json (written by scripts/release-version.mjs). */
export const VERSION = '0.1.0';
