// The package's browser build has no types of its own under this path; it is the same API as
// the package entry, which does.
declare module '@guidepup/virtual-screen-reader/browser.js' {
  export * from '@guidepup/virtual-screen-reader';
}
