// With TEST_MODULE set (such as TEST_MODULE=dist/therapy-widgets.en.js), every test's
// `import '…/src/index.js'` loads that built file instead of the source, so the element suite
// runs against the minified module. Tests that import an element's class from src/ directly
// still get the source class.
import process from 'node:process';

export function distModulePlugin(file = process.env.TEST_MODULE) {
  return {
    name: 'therapy-widgets:dist-module',
    resolveImport({ source, context }) {
      if (!file || !source.startsWith('.')) return undefined;
      const path = new URL(source, `http://test${context.path}`).pathname;
      return /^\/src\/index\.(js|ts)$/.test(path) ? `/${file.replace(/^\//, '')}` : undefined;
    },
  };
}
