// custom-elements-manifest analyzer settings for `npm run manifest`: Lit-aware, the elements'
// JSDoc as the only source. The plugins keep custom-elements.json to the public API (no
// private, protected, `#`/`_`-named, static or `@internal` members, no internal helpers) with
// each token's default, and write modules sorted by path (members keep their JSDoc order) so a build never reorders it.
import { readFileSync } from 'node:fs';

/** `var(--therapy-x, fallback)` → fallback, with nested brackets; the last rule wins. */
function fallbacks(text) {
  const found = new Map();
  for (const match of text.matchAll(/var\(\s*(--therapy-[\w-]+)\s*(,?)/g)) {
    let value = 'inherited';
    if (match[2] === ',') {
      let depth = 1;
      let i = match.index + match[0].length;
      const start = i;
      for (; i < text.length && depth > 0; i++) {
        if (text[i] === '(') depth++;
        else if (text[i] === ')') depth--;
      }
      value = text.slice(start, i - 1).trim();
    }
    found.set(match[1], [...(found.get(match[1]) ?? []), value]);
  }
  return found;
}

/**
 * Fills each `@cssprop`'s default when its JSDoc gives none (`@cssprop [--x=default]` wins):
 * the fallback the shared sheet uses in the light theme, and the dark theme's when it differs.
 */
function tokenDefaults(sheet = 'src/core/styles.ts') {
  return {
    name: 'therapy-token-defaults',
    packageLinkPhase({ customElementsManifest }) {
      const found = fallbacks(readFileSync(sheet, 'utf8'));
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        for (const property of declaration.cssProperties ?? []) {
          const values = found.get(property.name);
          if (property.default || !values) continue;
          // The dark theme's values come first in the sheet, the light (default) ones after.
          const light = values.at(-1);
          const dark = values.length > 1 ? values[0] : undefined;
          property.default = dark && dark !== light ? `${light} (dark theme: ${dark})` : light;
        }
      }
    },
  };
}

const hidden = (member) =>
  member.privacy === 'private' ||
  member.privacy === 'protected' ||
  member.static === true ||
  /^[#_]/.test(member.name ?? '');

/** Keeps the custom elements and their public members; drops helpers and empty modules. */
function publicApiOnly() {
  return {
    name: 'therapy-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.declarations = (module.declarations ?? []).filter((d) => d.customElement && d.tagName);
        for (const declaration of module.declarations) {
          const members = (declaration.members ?? []).filter((m) => !hidden(m));
          declaration.members = members;
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(
              (a) => !a.fieldName || members.some((m) => m.name === a.fieldName),
            );
          }
        }
        const kept = new Set(module.declarations.map((d) => d.name));
        module.exports = (module.exports ?? []).filter((e) => kept.has(e.declaration?.name ?? e.name));
      }
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (m) => m.declarations.length > 0,
      );
    },
  };
}

/** Sorts modules and their exports, so the output never depends on the order files are found. */
function stableOrder() {
  return {
    name: 'therapy-stable-order',
    packageLinkPhase({ customElementsManifest }) {
      const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
      customElementsManifest.modules.sort((a, b) => byText(a.path, b.path));
      for (const module of customElementsManifest.modules)
        module.exports?.sort((a, b) => byText(a.name, b.name));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/content/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [tokenDefaults(), publicApiOnly(), stableOrder()],
};
